package app.margin.article.pdf;

import app.margin.model.Span;
import java.util.List;

/**
 * One paragraph of a PDF's running text, in reading order, and where it starts.
 *
 * @param text   its words, lines joined (hyphenated line ends joined)
 * @param page   the 0-based index of the page it starts on
 * @param x      the left end of its first line, in points from the page's left edge
 * @param y      the top of its first line, in points down from the page's top edge
 * @param size   the type size of most of its letters
 * @param bold   whether it is set in bold throughout
 * @param kind   body text, a caption, a heading (with {@code level} 1 for the largest), a footnote, an entry of a
 *               list of references or of a back-of-book index (see {@link IndexEntries}), a display equation
 *               (shown as a picture, {@link PdfText#figure}), or a code listing (its lines one a line, indented as
 *               set: see {@link Listings}), or an author's lines in a
 *               paper's title block, joined by " · ", or a line of the title block alone, a name or a date under the
 *               title (see {@link TitleBlock})
 * @param level  a heading's level, 1 to 6; an index entry's, 1 for an entry, 2 or 3 for a sub-entry; 0 for the others
 * @param spans  runs of its text: {@link Span.Style#SUPERSCRIPT} where it is set raised and smaller,
 *               {@link Span.Style#SUBSCRIPT} where lowered and smaller, {@link Span.Style#NOTE_REF} where a raised
 *               run is the mark of a footnote (see {@link Footnotes}), {@link Span.Style#LINK} over a citation
 *               and under the document's own links (see {@link PdfLinks})
 * @param id     a footnote's element id ({@code "fn-p3-1"}), a reference's, or the id the document's links to it
 *               lead to ({@code "p19-412"}, see {@link LinkTargets}; on a heading, its section's), else {@code null}
 * @param marker a footnote's mark ("1", "†") or a reference's number ("[12]", "12."), else {@code null}
 */
public record PdfParagraph(String text, int page, float x, float y, float size, boolean bold, Kind kind, int level,
                           List<Span> spans, String id, String marker) {
    public enum Kind { TEXT, CAPTION, HEADING, NOTE, ITEM, EQUATION, CODE, AUTHOR }

    public PdfParagraph {
        spans = List.copyOf(spans);
    }

    /**
     * As a record's own: every component alike. Written out because a record's generated equals and hashCode are
     * linked through method handles at their first call (~11 ms on the installed runtime, which a long document's
     * first pages waited for).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PdfParagraph p && page == p.page && Float.compare(x, p.x) == 0
                && Float.compare(y, p.y) == 0 && Float.compare(size, p.size) == 0 && bold == p.bold
                && kind == p.kind && level == p.level && java.util.Objects.equals(text, p.text)
                && spans.equals(p.spans) && java.util.Objects.equals(id, p.id)
                && java.util.Objects.equals(marker, p.marker);
    }

    /** From its page, place and text: equal paragraphs have them equal (see {@link #equals}). */
    @Override
    public int hashCode() {
        int h = page;
        h = 31 * h + Float.hashCode(x);
        h = 31 * h + Float.hashCode(y);
        return 31 * h + java.util.Objects.hashCode(text);
    }

    public PdfParagraph(String text, int page, float x, float y, float size, boolean bold, Kind kind, int level) {
        this(text, page, x, y, size, bold, kind, level, List.of(), null, null);
    }

    PdfParagraph as(Kind newKind, int newLevel) {
        return new PdfParagraph(text, page, x, y, size, bold, newKind, newLevel, spans, id, marker);
    }

    PdfParagraph withText(String newText) {
        return new PdfParagraph(newText, page, x, y, size, bold, kind, level, spans, id, marker);
    }

    PdfParagraph withSpans(List<Span> newSpans) {
        return new PdfParagraph(text, page, x, y, size, bold, kind, level, newSpans, id, marker);
    }

    /**
     * This paragraph as an entry of a list of references: {@code rest} its text, {@code number} its marker,
     * {@code entryId} what citations of it link to.
     */
    PdfParagraph asItem(String rest, String number, String entryId) {
        return new PdfParagraph(rest, page, x, y, size, bold, Kind.ITEM, 0, List.of(), entryId, number);
    }
}
