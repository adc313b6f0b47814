package app.margin.article;

import app.margin.article.PictureFiles.PictureException;
import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import com.github.weisj.jsvg.geometry.size.FloatSize;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.ResourcePolicy;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.renderer.awt.NullPlatformSupport;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Draws SVG pictures with JSVG into a {@link BufferedImage}, for the page ({@code ui.reader.SvgPictures}) and the
 * PDF study sheet. Only those two name this class, and only for a picture {@link PictureFiles#isSvg} says is an SVG
 * drawing, so JSVG's classes load when one is first shown, never at start.
 *
 * <p>An SVG is a document that can point elsewhere; Margin reads nothing but its bytes:
 * <ul>
 *   <li>entities and internal DTD subsets (entity expansion, "billion laughs", external entities) are refused before
 *       parsing; a plain {@code <!DOCTYPE svg PUBLIC …>} line, as older editors write, is blanked out, so its DTD is
 *       never fetched (JSVG's StAX parser has DTDs, entity replacement and external entities off as well);</li>
 *   <li>images, {@code use} and other references are resolved under JSVG's {@link ResourcePolicy#DENY_EXTERNAL}:
 *       only {@code data:} content embedded in the document is drawn, never a file or an address on the network;</li>
 *   <li>scripts are not run (JSVG has no script engine); animation is drawn at its start;</li>
 *   <li>nesting, {@code use} depth and the number of paths are held to JSVG's default {@link DocumentLimits}; the
 *       file is at most {@link #MAX_BYTES}, the drawing at most {@link PictureFiles#MAX_PIXELS};</li>
 *   <li>a compressed SVG (svgz) and UTF-16 or UTF-32 text are refused, as the checks above read bytes as ASCII.</li>
 * </ul>
 */
public final class SvgDrawings {
    /** The largest SVG file drawn. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    /** The size of a drawing opened large whose document gives none. */
    static final int DEFAULT_WIDTH = 1024;
    static final int DEFAULT_HEIGHT = 768;
    /** The longest side of a drawing opened large. */
    public static final int MAX_SIDE = 4096;

    private SvgDrawings() {}

    /**
     * The picture drawn at {@code width} × {@code height} device pixels, or at the document's own size (bounded)
     * when they are 0; the drawing keeps its proportions inside that box, as the document's viewBox asks.
     */
    public static BufferedImage draw(byte[] bytes, double width, double height) throws PictureException {
        SVGDocument document = parse(guarded(bytes));
        int[] size = pixels(document, width, height);
        BufferedImage canvas = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            document.renderWithPlatform(NullPlatformSupport.INSTANCE, g, new ViewBox(0, 0, size[0], size[1]));
        } catch (RuntimeException e) {
            throw new PictureException("a damaged SVG drawing");
        } finally {
            g.dispose();
        }
        return canvas;
    }

    private static SVGDocument parse(byte[] bytes) throws PictureException {
        LoaderContext context = LoaderContext.builder()
                .externalResourcePolicy(ResourcePolicy.DENY_EXTERNAL)
                .documentLimits(DocumentLimits.DEFAULT)
                .build();
        SVGDocument document;
        try {
            // No base address: a relative reference has nothing to resolve against
            document = new SVGLoader().load(new ByteArrayInputStream(bytes), null, context);
        } catch (RuntimeException e) {
            document = null;
        }
        if (document == null) {
            throw new PictureException("a damaged SVG drawing");
        }
        return document;
    }

    private static int[] pixels(SVGDocument document, double width, double height) throws PictureException {
        double w = width;
        double h = height;
        if (w < 1 || h < 1) {
            FloatSize own = document.size();
            w = own.width >= 1 ? own.width : DEFAULT_WIDTH;
            h = own.height >= 1 ? own.height : DEFAULT_HEIGHT;
            double scale = Math.min(1, MAX_SIDE / Math.max(w, h));
            w *= scale;
            h *= scale;
        }
        int iw = (int) Math.max(1, Math.round(w));
        int ih = (int) Math.max(1, Math.round(h));
        PictureFiles.checkSize(new int[] {iw, ih});
        return new int[] {iw, ih};
    }

    /**
     * The bytes to parse: refused when they declare entities or an internal DTD subset, are compressed, are not an
     * ASCII-compatible encoding, or are too large; a plain DOCTYPE declaration blanked out.
     */
    static byte[] guarded(byte[] bytes) throws PictureException {
        if (bytes.length > MAX_BYTES) {
            throw new PictureException("an SVG drawing larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        if (bytes.length > 1 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            throw new PictureException("a compressed SVG drawing (svgz), which Margin does not draw");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new PictureException("an SVG drawing in UTF-16 or UTF-32, which Margin does not draw");
            }
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1); // one char a byte: offsets are byte offsets
        if (text.contains("<!ENTITY")) {
            throw new PictureException("an SVG drawing that declares entities, which Margin does not read");
        }
        int doctype = text.indexOf("<!DOCTYPE");
        if (doctype < 0) {
            return bytes;
        }
        int end = text.indexOf('>', doctype);
        if (end < 0 || text.indexOf('[', doctype) >= 0 && text.indexOf('[', doctype) < end
                || text.indexOf("<!DOCTYPE", doctype + 1) >= 0) {
            throw new PictureException("an SVG drawing with its own DTD, which Margin does not read");
        }
        byte[] out = bytes.clone();
        java.util.Arrays.fill(out, doctype, end + 1, (byte) ' ');
        return out;
    }
}
