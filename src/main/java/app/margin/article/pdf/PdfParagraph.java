package app.margin.article.pdf;

/**
 * One paragraph of a PDF's running text, in reading order, and where it starts.
 *
 * @param text  its words, lines joined (hyphenated line ends joined)
 * @param page  the 0-based index of the page it starts on
 * @param x     the left end of its first line, in points from the page's left edge
 * @param y     the top of its first line, in points down from the page's top edge
 * @param size  the type size of most of its letters
 * @param bold  whether it is set in bold throughout
 * @param kind  body text, a caption, or a heading (with {@code level} 1 for the largest)
 * @param level a heading's level, 1 to 6; 0 for the other kinds
 */
public record PdfParagraph(String text, int page, float x, float y, float size, boolean bold, Kind kind, int level) {
    public enum Kind { TEXT, CAPTION, HEADING }

    PdfParagraph as(Kind newKind, int newLevel) {
        return new PdfParagraph(text, page, x, y, size, bold, newKind, newLevel);
    }
}
