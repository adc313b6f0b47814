package app.margin.article.pdf;

import java.util.List;

/**
 * A PDF with no text layer (a scanned document): no glyphs on any page. It opens as pictures of its pages; this says
 * how many there are, their labels and their sizes.
 */
public final class NoTextLayer extends PdfUnreadable {
    private static final long serialVersionUID = 1L;

    private final transient List<String> labels;
    private final transient List<float[]> sizes;

    NoTextLayer(List<String> labels, List<float[]> sizes) {
        super("it has no text layer (a scanned PDF?): Margin cannot show its text yet");
        this.labels = List.copyOf(labels);
        this.sizes = List.copyOf(sizes);
    }

    /** Every page's label, by index: the document's own or 1, 2, 3… */
    public List<String> labels() {
        return labels;
    }

    /** Every page's media box in points, width and height, by index (as many as the page tree holds). */
    public List<float[]> sizes() {
        return sizes;
    }
}
