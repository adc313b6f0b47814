package app.margin.article.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF's pages as the PDF draws them (PDFBox's renderer), for the original-page view and for a scanned PDF's page
 * pictures, and where quoted words stand on a page ({@link PageWords}). One document open for as long as the view
 * shows it; its methods take turns (PDFBox's document is not thread-safe). Each page's drawing is unpacked and
 * counted before it is drawn, so a decompression bomb ends in an {@link IOException}, not in minutes of work.
 */
public final class PageDrawing implements AutoCloseable {
    /** The most bytes a page's drawing may unpack to before it is drawn, as for reading its text. */
    static final long MAX_CONTENT = 64L << 20;
    /** The most pixels a drawn page may have: 4,000 × 3,000. */
    public static final long MAX_PIXELS = 12_000_000L;
    /** Points in an inch: PDF's unit. */
    static final float POINTS = 72f;
    /** A screen's pixels (at scale 1, 96 a CSS inch) a point takes. */
    public static final double POINTS_TO_PIXELS = 96.0 / 72.0;

    /** A rectangle over one line of a quote, in pixels of the drawn page; {@code quote} is its index in the list. */
    public record Box(int quote, double x, double y, double width, double height) {}

    private final PDDocument document;
    private final PDFRenderer renderer;
    private final List<String> labels;

    private PageDrawing(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
        this.labels = PdfLayout.labels(document, document.getNumberOfPages());
    }

    /** Opens the document with the same memory limit as reading its text. */
    public static PageDrawing open(Path file) throws IOException {
        PDDocument document = Loader.loadPDF(file.toFile(), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(PdfLayout.DEFAULTS.maxMemory()).streamCache);
        return new PageDrawing(document);
    }

    /** How many pages the document has (counted when it was opened: no wait for a page being drawn). */
    public int pageCount() {
        return labels.size();
    }

    /** Every page's label, by index: the document's own ("iv", "12") or 1, 2, 3… */
    public List<String> labels() {
        return labels;
    }

    /**
     * The index of the page labelled {@code label}: by the document's page labels when it has them, else (or when
     * none matches) the label read as a page number, 1 for the first; -1 when there is no such page.
     */
    public synchronized int indexOf(String label) {
        if (label == null || label.isBlank()) {
            return -1;
        }
        String wanted = label.strip();
        try {
            PDPageLabels own = document.getDocumentCatalog().getPageLabels();
            if (own != null) {
                Map<String, Integer> byLabel = own.getPageIndicesByLabels();
                Integer at = byLabel.get(wanted);
                if (at != null && at >= 0 && at < pageCount()) {
                    return at;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Damaged labels: the number as printed below.
        }
        try {
            int n = Integer.parseInt(wanted);
            return n >= 1 && n <= pageCount() ? n - 1 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The page's width and height in points (its crop box, what is drawn). */
    public synchronized float[] size(int index) {
        PDRectangle box = document.getPage(index).getCropBox();
        return new float[] {box.getWidth(), box.getHeight()};
    }

    /** The page drawn at {@code dpi}, or at less when that would pass {@link #MAX_PIXELS}. */
    public synchronized BufferedImage render(int index, float dpi) throws IOException {
        PDPage page = document.getPage(index);
        ContentSize.check(page, MAX_CONTENT, () -> { });
        return renderer.renderImageWithDPI(index, bounded(size(index), dpi), ImageType.RGB);
    }

    /** The page's width and height in points as it is shown: its crop box, turned by its rotation. */
    public synchronized float[] shownSize(int index) {
        float[] size = size(index);
        return document.getPage(index).getRotation() % 180 != 0 ? new float[] {size[1], size[0]} : size;
    }

    /**
     * A part of the page drawn at {@code dpi}, or at less when that would pass {@link #MAX_PIXELS}: {@code x, y}
     * from the shown page's top-left corner, in points, as {@link #shownSize} measures it; the caller checks that
     * the part lies on the page.
     */
    public synchronized BufferedImage crop(int index, float x, float y, float width, float height, float dpi)
            throws IOException {
        PDPage page = document.getPage(index);
        ContentSize.check(page, MAX_CONTENT, () -> { });
        float scale = bounded(new float[] {width, height}, dpi) / POINTS;
        int w = Math.max(1, Math.round(width * scale));
        int h = Math.max(1, Math.round(height * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.setBackground(java.awt.Color.WHITE);
            g.clearRect(0, 0, w, h);
            g.translate(-x * scale, -y * scale);
            renderer.renderPageToGraphics(index, g, scale, scale);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The scale {@link #render} draws at for {@code dpi}, in pixels a point. */
    public synchronized float scale(int index, float dpi) {
        return bounded(size(index), dpi) / POINTS;
    }

    /** Where each quote stands on the page, in pixels of the page drawn at {@code dpi}. */
    public synchronized List<Box> find(int index, List<String> quotes, float dpi) throws IOException {
        return PageWords.find(document, index, quotes, scale(index, dpi));
    }

    /** The page drawn at {@code dpi} (bounded) as PNG bytes. */
    public byte[] png(int index, float dpi) throws IOException {
        BufferedImage image = render(index, dpi);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Part of the page (see {@link #crop}) as PNG bytes. */
    public byte[] cropPng(int index, float x, float y, float width, float height, float dpi) throws IOException {
        BufferedImage image = crop(index, x, y, width, height, dpi);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static float bounded(float[] size, float dpi) {
        double pixels = (double) size[0] * size[1] * (dpi / POINTS) * (dpi / POINTS);
        return pixels <= MAX_PIXELS ? dpi : (float) (dpi * Math.sqrt(MAX_PIXELS / pixels));
    }

    @Override
    public synchronized void close() throws IOException {
        document.close();
    }
}
