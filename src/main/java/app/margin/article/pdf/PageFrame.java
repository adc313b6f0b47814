package app.margin.article.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A page as a viewer shows it: its crop box turned clockwise by its rotation, {@code x} from the left edge and
 * {@code y} down from the top edge, in points. The glyphs' places, the painted boxes and the crops of figures are
 * all in this frame.
 */
record PageFrame(float left, float bottom, float right, float top, int rotation) {
    static PageFrame of(PDPage page) {
        PDRectangle box = page.getCropBox();
        return new PageFrame(box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY(),
                rotation(page));
    }

    /** A page's rotation as it is shown: 0, 90, 180 or 270 (degrees clockwise). */
    static int rotation(PDPage page) {
        int r = page.getRotation() % 360;
        r = r < 0 ? r + 360 : r;
        return r % 90 == 0 ? r : 0;
    }

    /** The shown {@code x} of the point ({@code ux}, {@code uy}) of user space. */
    float x(float ux, float uy) {
        return switch (rotation) {
            case 90 -> uy - bottom;
            case 180 -> right - ux;
            case 270 -> top - uy;
            default -> ux - left;
        };
    }

    /** The shown {@code y} of the point ({@code ux}, {@code uy}) of user space. */
    float y(float ux, float uy) {
        return switch (rotation) {
            case 90 -> ux - left;
            case 180 -> uy - bottom;
            case 270 -> right - ux;
            default -> top - uy;
        };
    }
}
