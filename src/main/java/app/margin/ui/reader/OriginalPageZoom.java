package app.margin.ui.reader;

import app.margin.article.pdf.PageDrawing;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * The original page's zoom: its steps, the step beside the one shown, and the size an image pixel of the page shown
 * takes on the screen at it (a page drawn at another zoom, or at fewer pixels than asked, shows at the size the zoom
 * asks for until its new drawing comes).
 */
final class OriginalPageZoom {
    /** The zoom steps, as browsers and PDF viewers have them; 1 is the page at its printed size on the screen. */
    static final double[] STEPS = {0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3};

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    /** Screen pixels (at scale 1) an image pixel of the page shown takes at the zoom: its size follows the zoom. */
    private final ReadOnlyDoubleWrapper viewScale = new ReadOnlyDoubleWrapper(1);

    double get() {
        return zoom.get();
    }

    /** The next step larger ({@code direction} 1) or smaller (-1) than the zoom, or the zoom at the last step. */
    double step(int direction) {
        double now = zoom.get();
        double to = now;
        for (double z : STEPS) {
            if (direction > 0 && z > now + 1e-6) {
                return z;
            }
            if (direction < 0 && z < now - 1e-6) {
                to = z;
            }
        }
        return to;
    }

    /** Sets the zoom; false when it is the zoom already. */
    boolean set(double wanted) {
        if (wanted == zoom.get()) {
            return false;
        }
        zoom.set(wanted);
        return true;
    }

    /** Sizes the page {@code drawn} as the zoom asks. */
    void scale(OriginalPageViewModel.Drawn drawn) {
        viewScale.set(scaleOf(drawn));
    }

    /** The size an image pixel of {@code drawn} takes on the screen at the zoom. */
    double scaleOf(OriginalPageViewModel.Drawn drawn) {
        return PageDrawing.POINTS_TO_PIXELS * zoom.get() / drawn.pixelsPerPoint();
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty viewScaleProperty() {
        return viewScale.getReadOnlyProperty();
    }
}
