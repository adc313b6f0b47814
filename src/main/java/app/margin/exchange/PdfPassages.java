package app.margin.exchange;

import app.margin.article.PictureFiles;
import app.margin.article.SvgDrawings;
import app.margin.model.Picture;
import app.margin.model.Span;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A highlight's passage as the PDF sheet sets it: its emphasis, code and outside links as XHTML, and the picture of
 * a highlighted figure, embedded in the document as a {@code data:} URI so openhtmltopdf reads nothing else.
 */
final class PdfPassages {
    /** The widest a picture is set: the A4 column (210 mm less 48 mm of margins), in points. */
    static final double COLUMN_PT = 459;
    /** The tallest a picture is set, so it and its passage fit on one page. */
    static final double MAX_HEIGHT_PT = 340;

    private PdfPassages() {}

    /** The passage's words as XHTML with its marks ({@link MarkedHtml}). */
    static String marked(String text, List<Span> spans) {
        return MarkedHtml.marked(text, spans, PdfStudySheet::esc);
    }

    private static String attribute(String value) {
        return PdfStudySheet.esc(value).replace("\"", "&quot;");
    }

    /**
     * A highlighted figure's picture as an {@code img} sized to fit the column, or a line saying why it is not
     * shown: the picture is read as the page reads it (never the network, never outside the book or the page's
     * folder, bounded in bytes and pixels), PNG and JPEG as they are, an SVG drawing drawn at its own size, and other
     * formats Java can decode, as PNG.
     */
    static String figure(Picture picture, String base) {
        String alt = picture.alt().isBlank() ? "Picture" : picture.alt();
        try {
            byte[] bytes = PictureFiles.read(base, picture);
            BufferedImage drawn = null;
            int[] size = null;
            String type = null;
            if (PictureFiles.isSvg(picture.source(), bytes)) {
                drawn = SvgDrawings.draw(bytes, 0, 0); // at its own size, with the page's guards
            } else {
                size = PictureFiles.size(bytes);
                PictureFiles.checkSize(size);
                type = jpeg(bytes) ? "image/jpeg" : png(bytes) ? "image/png" : null;
                if (type == null || size == null) {
                    drawn = ImageIO.read(new ByteArrayInputStream(bytes));
                    if (drawn == null) {
                        throw new PictureFiles.PictureException("damaged or in a format the sheet cannot draw");
                    }
                }
            }
            if (drawn != null) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(drawn, "png", png);
                bytes = png.toByteArray();
                size = new int[] {drawn.getWidth(), drawn.getHeight()};
                type = "image/png";
            }
            double[] pt = shownSize(size[0], size[1]);
            return "<p class=\"figure\"><img src=\"data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes)
                    + "\" alt=\"" + attribute(alt) + "\" style=\"width: " + fmt(pt[0]) + "pt; height: " + fmt(pt[1])
                    + "pt;\"/></p>\n";
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? "it cannot be read" : e.getMessage();
            return "<p class=\"figure-missing\">" + PdfStudySheet.esc(alt + " (picture not shown: " + why + ")")
                    + "</p>\n";
        }
    }

    /** A picture's width and height in points: CSS pixels at 0.75 pt, no wider than the column nor too tall. */
    static double[] shownSize(int width, int height) {
        double w = Math.max(1, width) * 0.75;
        double h = Math.max(1, height) * 0.75;
        double scale = Math.min(1, Math.min(COLUMN_PT / w, MAX_HEIGHT_PT / h));
        return new double[] {w * scale, h * scale};
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static boolean png(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean jpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }

}
