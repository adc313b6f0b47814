package app.margin.ui.reader;

import app.margin.article.PictureFiles.PictureException;
import app.margin.article.SvgDrawings;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * SVG pictures on the page: drawn by {@link SvgDrawings} (JSVG, with its guards against documents that point
 * elsewhere) at the size shown, then copied into a {@link WritableImage} by its pixel writer, as the packaged
 * runtime has no {@code javafx.swing}. Only {@link PictureFigures#decode} names this class, and only for an SVG
 * picture, so JSVG loads when a page first shows one.
 */
final class SvgPictures {
    private SvgPictures() {}

    /** The picture drawn at {@code width} × {@code height} device pixels, or at its own size when they are 0. */
    static Image draw(byte[] bytes, double width, double height) throws PictureException {
        BufferedImage canvas = SvgDrawings.draw(bytes, width, height);
        int w = canvas.getWidth();
        int h = canvas.getHeight();
        WritableImage image = new WritableImage(w, h);
        int[] argb = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), argb, 0, w);
        return image;
    }
}
