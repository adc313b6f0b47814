package app.margin.ui.reader;

/**
 * The zoom a small page opens at. A slide (a beamer frame is 128 × 96 mm) or a pocket-sized page drawn at its printed
 * size filled a third of the window's width, in its top left corner; a viewer shows it across the window. A page
 * that fills less than three quarters of the view's width at its printed size opens at the largest zoom step at
 * which it still fits across; a page as wide as a letter or A4 sheet opens at its printed size, as before.
 */
final class OriginalPageFit {
    /** A page narrower than this share of the view is small. */
    static final double SMALL = 0.75;
    /** The room kept beside the page, as a share of the view's width. */
    private static final double ROOM = 0.04;

    private OriginalPageFit() {
    }

    /**
     * The zoom step for a page {@code pageWidth} pixels wide at its printed size in a view {@code viewWidth} pixels
     * wide: 1 unless the page is small.
     */
    static double zoomFor(double pageWidth, double viewWidth) {
        if (pageWidth <= 0 || viewWidth <= 0 || pageWidth >= SMALL * viewWidth) {
            return 1;
        }
        double fits = viewWidth * (1 - ROOM) / pageWidth;
        double zoom = 1;
        for (double step : OriginalPageZoom.STEPS) {
            if (step > zoom && step <= fits) {
                zoom = step;
            }
        }
        return zoom;
    }
}
