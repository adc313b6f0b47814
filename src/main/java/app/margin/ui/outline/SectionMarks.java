package app.margin.ui.outline;

/** What the outline shows beside a section: how many bookmarks, section notes and highlights it has. */
public record SectionMarks(int bookmarks, int sectionNotes, int highlights) {
    public static final SectionMarks NONE = new SectionMarks(0, 0, 0);

    public boolean isEmpty() {
        return bookmarks == 0 && sectionNotes == 0 && highlights == 0;
    }

    public SectionMarks plus(SectionMarks o) {
        return new SectionMarks(bookmarks + o.bookmarks, sectionNotes + o.sectionNotes, highlights + o.highlights);
    }
}
