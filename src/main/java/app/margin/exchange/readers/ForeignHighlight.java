package app.margin.exchange.readers;

import java.time.Instant;
import java.util.Objects;

/**
 * One highlight, note or bookmark as another reader wrote it, before Margin has placed it. Only {@code text} (the
 * highlighted words) decides where it goes; chapter and location are hints for the reader and for messages.
 *
 * @param source   which reader's file it came from
 * @param kind     highlight (with or without a note), note without highlighted words, or bookmark
 * @param book     the book's title as the file gives it, or {@code ""}
 * @param author   the book's author as the file gives it, or {@code ""}
 * @param text     the highlighted words, or {@code ""} (a bookmark, a note on its own)
 * @param note     the reader's note, or {@code ""}
 * @param color    the colour as that reader names it ("yellow", "red", "builtin yellow"…), or {@code ""}
 * @param time     when it was made, or {@code null} when the file does not say
 * @param chapter  the chapter's title as the file gives it, or {@code ""}
 * @param location where that reader had it (Kindle location and page, a CFI, an XPointer), or {@code ""}
 * @param origin   where in the file it stands, for messages ("My Clippings.txt, line 40")
 */
public record ForeignHighlight(ReaderFormat source, Kind kind, String book, String author, String text, String note,
                               String color, Instant time, String chapter, String location, String origin) {

    /** What kind of mark it is. */
    public enum Kind { HIGHLIGHT, NOTE, BOOKMARK }

    public ForeignHighlight {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        book = clean(book);
        author = clean(author);
        text = clean(text);
        note = clean(note);
        color = clean(color);
        chapter = clean(chapter);
        location = clean(location);
        origin = clean(origin);
    }

    /** The same mark with {@code extra} as its note (a Kindle note joined to the highlight it belongs to). */
    public ForeignHighlight withNote(String extra) {
        String joined = note.isEmpty() ? clean(extra) : note + "\n\n" + clean(extra);
        return new ForeignHighlight(source, kind, book, author, text, joined, color, time, chapter, location, origin);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
