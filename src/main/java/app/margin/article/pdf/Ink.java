package app.margin.article.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.util.Matrix;

/**
 * Where a page draws glyphs in fonts of mathematics that say no letter (TeX's cmex ∑, ∫ and big delimiters often
 * have no Unicode map, so they are no glyph of the text): their outlines' bounds on the page as shown, which a
 * display equation's crop takes in ({@link Equations#inked}). At most {@link Graphics#MAX_BOXES} a page.
 */
final class Ink {
    private final PageFrame frame;
    private final List<Graphics.Box> boxes = new ArrayList<>();

    Ink(PageFrame frame) {
        this.frame = frame;
    }

    /** Notes a glyph: {@code bounds} in glyph space, through the font's matrix and the text rendering matrix. */
    void glyph(Matrix rendering, Matrix font, Rectangle2D bounds) {
        if (boxes.size() >= Graphics.MAX_BOXES || bounds.isEmpty()) {
            return;
        }
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (double[] c : new double[][] {{bounds.getMinX(), bounds.getMinY()}, {bounds.getMaxX(), bounds.getMinY()},
                {bounds.getMinX(), bounds.getMaxY()}, {bounds.getMaxX(), bounds.getMaxY()}}) {
            java.awt.geom.Point2D.Float g = font.transformPoint((float) c[0], (float) c[1]);
            java.awt.geom.Point2D.Float u = rendering.transformPoint(g.x, g.y);
            float x = frame.x(u.x, u.y);
            float y = frame.y(u.x, u.y);
            if (!Float.isFinite(x) || !Float.isFinite(y)) {
                return;
            }
            x0 = Math.min(x0, x);
            y0 = Math.min(y0, y);
            x1 = Math.max(x1, x);
            y1 = Math.max(y1, y);
        }
        boxes.add(new Graphics.Box(x0, y0, x1, y1, Graphics.Kind.FILL, 1));
    }

    List<Graphics.Box> boxes() {
        return boxes;
    }
}
