package app.margin.article.pdf;

/**
 * A figure or table of a PDF page, to be shown as a picture cut from the drawn page: the page's 0-based index and
 * the crop, in points of the page as shown ({@code x} from its crop box's left edge, {@code y} down from its top).
 */
public record PdfFigure(int page, float x, float y, float width, float height) {}
