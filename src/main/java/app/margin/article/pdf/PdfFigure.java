package app.margin.article.pdf;

/**
 * A figure or table of a PDF page, to be shown as a picture cut from the drawn page: the page's 0-based index and
 * the crop, in points of the page as shown ({@code x} from its crop box's left edge, {@code y} down from its top),
 * and the words drawn inside it that left the text (a table's cells row by row, a figure's labels: see
 * {@link FigureText}), "" when none.
 */
public record PdfFigure(int page, float x, float y, float width, float height, String text) {
    public PdfFigure {
        text = text == null ? "" : text;
    }

    /** A crop whose words are all in the text (a display equation's). */
    public PdfFigure(int page, float x, float y, float width, float height) {
        this(page, x, y, width, height, "");
    }
}
