package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds paragraphs from a page's columns: lines on one baseline are joined, and a new paragraph starts where
 * {@link Breaks} says, or at a display equation or a code listing ({@link Displays}, {@link Listings}). A paragraph
 * that a column or page break interrupts (it ends its column without a full stop, and the next column's first line
 * does not start a paragraph, see {@link Breaks#continues}) goes on in the next column, past footnotes in smaller
 * type, which follow it. A hyphen at a line's end before a word in lower case is left as {@link Hyphens#MARK}, for
 * {@link Hyphens} to join ("impor-" "tant" → "important") or keep ("cross-" "referencing").
 */
final class Paragraphs {
    /** A line of a column: the fragments on one baseline ({@code parts}, left to right), joined. */
    record Line(float x0, float x1, float y, float size, boolean bold, String text,
                List<Fragment.Shift> shifts, int math, int words, List<Fragment> parts) {}

    private final List<PdfParagraph> out = new ArrayList<>();
    /** Small type met while a paragraph waits to go on in the next column (footnotes): put after it. */
    private final List<PdfParagraph> held = new ArrayList<>();
    private final float body;
    /** The paragraph being built (null when none), and whether its lines are a code listing ({@link Listings}). */
    private Draft draft;
    private boolean code;
    private boolean continuable;
    /**
     * How far the last line of the paragraph being built sits in from its column's left edge; that column's width (0
     * when it has one line), and its page; whether small type other than notes under that line came after it.
     */
    private float lastIndent;
    private float lastWidth;
    private int lastPage;
    private boolean strayBetween;
    /** The listing being built goes on from the one the page before ended with: one listing, joined. */
    private boolean listingGoesOn;
    /** The left edge of the column being read, and of the one the paragraph being built started in. */
    private float regionLeft;
    private float startLeft;
    /** How far the last listing's leftmost line sat in from its column's edge (a listing going on keeps it). */
    private float listingIndent;
    /** The display equations (see {@link Displays}). */
    private final Displays displays;
    /** Whether the column before was set with hanging indents (see {@link Columns#hanging}). */
    private boolean wasHanging;
    /** Whether the first page's title block is looked at ({@link TitleBlock}): not in a column of notes held over. */
    private final boolean front;
    /** Whether the paragraph being built is an author's lines in the title block. */
    private boolean author;
    /** A back-of-book index's pages, and the level of the index entry being built (0 when it is none). */
    private final IndexEntries index = new IndexEntries();
    private int entry;

    /** @param body the body type's size: a column in smaller type does not interrupt a paragraph */
    Paragraphs(float body) {
        this(body, true);
    }

    private Paragraphs(float body, boolean front) {
        this.body = body;
        this.displays = new Displays(body);
        this.front = front;
    }

    /** Adds one page's columns, in reading order. */
    void page(int index, List<ReadingOrder.Region> regions) {
        page(index, regions, List.of());
    }

    /** The same, with the ink of the page's glyphs that say no letter (see {@link Displays#ink}). */
    void page(int index, List<ReadingOrder.Region> regions, List<Graphics.Box> ink) {
        displays.ink(ink);
        List<List<Line>> read = new ArrayList<>(regions.size());
        for (ReadingOrder.Region region : regions) {
            read.add(Columns.lines(region.fragments()));
        }
        List<List<Line>> columns = Contents.lines(read);
        TitleBlock.Mark[][] authors = front && index == 0 ? TitleBlock.authors(regions, columns, body) : null;
        IndexEntries.Mark[][] entries = this.index.marks(regions, columns);
        for (int r = 0; r < regions.size(); r++) {
            ReadingOrder.Region region = regions.get(r);
            float left = Displays.columnLeft(regions, r);
            regionLeft = left;
            List<Line> lines = columns.get(r);
            float pitch = Columns.pitch(lines);
            boolean[] listing = Listings.of(lines, left, pitch,
                    continuable && draft != null && !Breaks.endsSentence(draft.text));
            boolean authorLines = authors != null && TitleBlock.any(authors[r]);
            if (continuable && draft != null && small(lines) && !listing[0] && !authorLines) {
                // Notes at the foot of the page the paragraph's last line is on, below it; or something else.
                strayBetween |= index != lastPage || lines.get(0).y() < draft.last.y();
                held.addAll(apart(index, region));
                continue;
            }
            if (continuable && draft != null && Breaks.caption(lines.get(0).text()) && lastWidth >= 15 * body
                    && (index != lastPage || lines.get(0).y() < draft.last.y())) {
                // A figure's or table's caption at the top of the next column, the paragraph (of a column of prose,
                // not a table's) going on under it.
                List<PdfParagraph> caption = apart(index, region);
                if (caption.stream().allMatch(p -> p.kind() == PdfParagraph.Kind.CAPTION)) {
                    held.addAll(caption);
                    continue;
                }
            }
            boolean hanging = Columns.hanging(lines, region, wasHanging);
            wasHanging = hanging;
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                TitleBlock.Mark mark = authors == null ? TitleBlock.Mark.NONE : authors[r][i];
                if (mark != TitleBlock.Mark.NONE) {
                    author(index, line, mark);
                    continue;
                }
                if (entries[r][i].step() != IndexEntries.Step.NONE) {
                    entry(index, line, entries[r][i]);
                    continue;
                }
                if (equation(index, lines, i, left)) {
                    continue;
                }
                Line previous = i > 0 ? lines.get(i - 1) : null;
                boolean starts;
                if (author) {
                    starts = true; // the line after an author's lines in the title block
                } else if (previous == null) {
                    starts = listing[i] || code || !(continuable && draft != null && Breaks.continues(
                            new Breaks.Open(draft.text, draft.first, draft.last, lastIndent, lastWidth, draft.lines,
                            !strayBetween && (index != lastPage || line.y() < draft.last.y())), line, region,
                            hanging));
                } else if (listing[i] || listing[i - 1]) {
                    // A listing's lines go on, whatever their indent, until a gap or a line of text.
                    starts = listing[i] != listing[i - 1] || Math.abs(line.size() - previous.size()) > 0.9f
                            || line.y() - previous.y() > Math.max(1.3f * pitch, pitch + 0.3f * line.size());
                } else {
                    starts = Breaks.between(previous, line, region, pitch, hanging, draft.first, draft.text,
                            draft.lines, body);
                }
                if (starts) {
                    // Over a page break, or a column break at the column's foot (regions side by side with text under
                    // them are a table of code: luatex.pdf's \\edef lines beside their values).
                    boolean nextColumn = previous == null && code && draft != null && listing[i] && r > 0
                            && Listings.goesOnInNextColumn(regions, columns, r, draft.last,
                                    draft.page == index ? draft.first.y() : Float.POSITIVE_INFINITY, body);
                    boolean goesOn = nextColumn || previous == null && r == 0 && code && draft != null
                            && index != draft.page && listing[i];
                    flush();
                    start(index, line);
                    if (nextColumn) {
                        startLeft = Listings.nextColumnLeft(regions, r);
                    }
                    code = listing[i];
                    listingGoesOn = goesOn;
                } else {
                    draft.append(line, displays.open());
                }
            }
            continuable = draft != null && !draft.caption && !code && !author && entry == 0 && !displays.open()
                    && !Breaks.endsSentence(draft.text)
                    && draft.last.x1() > region.x1() - 0.1f * (region.x1() - region.x0());
            lastIndent = draft == null ? 0 : draft.last.x0() - region.x0();
            lastWidth = lines.size() > 1 ? region.x1() - region.x0() : 0;
            lastPage = index;
            strayBetween = false;
        }
    }

    /** A column read on its own, apart from the paragraph being built (which goes on after it). */
    private List<PdfParagraph> apart(int index, ReadingOrder.Region region) {
        Paragraphs column = new Paragraphs(body, false);
        column.page(index, List.of(region));
        return column.finish();
    }

    List<PdfParagraph> finish() {
        flush();
        return out;
    }

    /** The display equations among the paragraphs {@link #finish} gave, with where to cut them from their page. */
    java.util.Map<PdfParagraph, PdfFigure> equations() {
        return displays.crops();
    }

    /**
     * Takes a line into a display equation when it starts one or goes on in the one being built (see
     * {@link Equations}); ends the display at a line that is not one. Returns whether the line was taken.
     */
    private boolean equation(int index, List<Line> lines, int at, float left) {
        Line line = lines.get(at);
        switch (displays.step(lines, at, left)) {
            case GOES_ON -> {
                draft.append(line, true);
                displays.grow(line);
            }
            case STARTS -> {
                flush();
                start(index, line);
                displays.begin(line);
            }
            case ENDS -> {
                flush();
                start(index, line); // the text after a display starts anew
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean small(List<Line> lines) {
        for (Line line : lines) {
            if (line.size() > body - 0.9f) {
                return false;
            }
        }
        return !lines.isEmpty();
    }

    /** An author's line in the title block: the first starts the author's paragraph, the next go on in it. */
    private void author(int index, Line line, TitleBlock.Mark mark) {
        if (mark == TitleBlock.Mark.STARTS || !author) {
            flush();
            start(index, line);
            author = true;
        } else if (mark == TitleBlock.Mark.RUNS_ON) {
            draft.append(line, displays.open());
        } else {
            draft.text.append(" · ");
            draft.add(line);
        }
    }

    /** A line of a back-of-book index: it starts an entry, or goes on in the one above (see {@link IndexEntries}). */
    private void entry(int index, Line read, IndexEntries.Mark mark) {
        Line line = IndexLines.leaders(read);
        if (mark.step() != IndexEntries.Step.GOES_ON || draft == null || entry == 0) {
            flush();
            start(index, line);
            entry = mark.step() == IndexEntries.Step.HEAD ? 0 : Math.max(1, mark.depth());
        } else {
            draft.append(IndexLines.leadersJoined(draft.text, line), displays.open());
        }
    }

    private void start(int index, Line line) {
        draft = new Draft(index, line);
        startLeft = regionLeft;
        code = false;
        author = false;
    }

    private void flush() {
        Draft d = draft;
        if (d != null && (author || entry > 0)) { // an author's lines, or an entry of an index
            out.add(d.made(author ? PdfParagraph.Kind.AUTHOR : PdfParagraph.Kind.ITEM, author ? 0 : entry));
        } else if (d != null && !d.text.isEmpty() && displays.open()) {
            displays.close(out, d.built, d.page, d.first);
        } else if (d != null && code && !Listings.justified(d.built)) {
            listingIndent = Listings.add(out, listingGoesOn, d.built, d.page, d.first, startLeft, listingIndent);
        } else if (d != null && !d.text.isEmpty()
                && !displays.numbersAfter(out, d.text.toString(), d.built, d.extent.figure(d.page), d.first.size())) {
            PdfParagraph p = d.made(d.caption ? PdfParagraph.Kind.CAPTION : PdfParagraph.Kind.TEXT, 0);
            displays.noteNumbers(p, d.built, d.extent.figure(d.page));
            out.add(p);
        }
        out.addAll(held);
        held.clear();
        draft = null;
        code = false;
        continuable = false;
        listingGoesOn = false;
        author = false;
        entry = 0;
    }
}
