package app.margin.ui.shell;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * The widths the reader gave the outline and the annotations panel, in pixels, and how they fit a window. Only the
 * reader's own moves of a divider change a wanted width ({@link #remember}); a window made too small for it narrows
 * the pane for as long as it is that small ({@link #fit}), and the width comes back when the window grows again.
 * {@link Dividers} puts the split's dividers where these say. In a window too narrow for the text's measure beside
 * the panel, the panel floats over the page instead of squeezing it ({@link #layout}).
 */
final class PaneWidths {

    static final double OUTLINE_MIN = 160;
    static final double OUTLINE_MAX = 520;
    static final double PANEL_MIN = 240;
    static final double PANEL_MAX = 600;
    /** What the reading column keeps, at least, before the outline alone gives way. */
    static final double READER_MIN = 360;
    /**
     * What the reading column keeps beside the annotations panel before it gives way: a text line of ~60 characters
     * (560 px at the default size) with the page's side margins and the scroll bar. The outline gives way first,
     * then the panel.
     */
    static final double READER_COMFORT = 650;
    static final double DEFAULT_OUTLINE = 280;
    static final double DEFAULT_PANEL = 340;

    private final ReadOnlyDoubleWrapper outline = new ReadOnlyDoubleWrapper(this, "outline", DEFAULT_OUTLINE);
    private final ReadOnlyDoubleWrapper panel = new ReadOnlyDoubleWrapper(this, "panel", DEFAULT_PANEL);

    /** The outline's wanted width. */
    ReadOnlyDoubleProperty outlineProperty() {
        return outline.getReadOnlyProperty();
    }

    /** The panel's wanted width. */
    ReadOnlyDoubleProperty panelProperty() {
        return panel.getReadOnlyProperty();
    }

    double outlineWidth() {
        return outline.get();
    }

    double panelWidth() {
        return panel.get();
    }

    /** Sets the wanted widths (from the saved window state), clamped to sane ranges. */
    void set(double outlineWidth, double panelWidth) {
        outline.set(clamp(outlineWidth, OUTLINE_MIN, OUTLINE_MAX));
        panel.set(clamp(panelWidth, PANEL_MIN, PANEL_MAX));
    }

    /**
     * Takes the dividers' places (fractions of {@code width}, as a split gives them) as the wanted widths: the
     * first divider's for the outline, the second's for the panel when it is shown.
     */
    void remember(double width, double[] dividers, boolean panelShown) {
        if (width <= 0) {
            return;
        }
        if (dividers.length > 0) {
            outline.set(clamp(dividers[0] * width, OUTLINE_MIN, OUTLINE_MAX));
        }
        if (dividers.length > 1 && panelShown) {
            panel.set(clamp((1 - dividers[1]) * width, PANEL_MIN, PANEL_MAX));
        }
    }

    /** Where the panes go in a window: the outline's width, the panel's, and whether the panel floats over the page. */
    record Layout(double outline, double panel, boolean panelFloats) {}

    /** Where the outline and (when {@code withPanel}) the panel go in a window {@code width} wide. */
    Layout layoutIn(double width, boolean withPanel) {
        return layout(width, outline.get(), withPanel ? panel.get() : 0);
    }

    /**
     * Whether the panel, shown in a window {@code width} wide, floats over the page's right edge: docked, even with
     * the outline and the panel at their minimums, it would leave the text less than {@link #READER_COMFORT}.
     */
    static boolean panelFloats(double width) {
        return width < OUTLINE_MIN + PANEL_MIN + READER_COMFORT;
    }

    /**
     * The panes in a window {@code width} wide: docked as {@link #fit} says, or, in a window too narrow for that
     * ({@link #panelFloats}), the panel at its wanted width floating over the page, and the outline giving way to
     * keep the text's measure as it does beside a docked panel.
     */
    static Layout layout(double width, double outlineWanted, double panelWanted) {
        if (panelWanted > 0 && panelFloats(width)) {
            double o = Math.max(OUTLINE_MIN, Math.min(clamp(outlineWanted, OUTLINE_MIN, OUTLINE_MAX),
                    width - READER_COMFORT));
            double p = Math.min(clamp(panelWanted, PANEL_MIN, PANEL_MAX), Math.max(PANEL_MIN, width - o));
            return new Layout(o, p, true);
        }
        double[] fit = fit(width, outlineWanted, panelWanted);
        return new Layout(fit[0], fit[1], false);
    }

    /**
     * The outline's and panel's widths in a window {@code width} wide: as wanted, unless the reading column would
     * fall below what it keeps. With the panel shown that is {@link #READER_COMFORT}, and the outline gives way first,
     * down to its minimum, then the panel, down to its own; with the outline alone, only {@link #READER_MIN}, so an
     * outline the reader widened stays as wide as they made it.
     */
    static double[] fit(double width, double outlineWanted, double panelWanted) {
        double o = clamp(outlineWanted, OUTLINE_MIN, OUTLINE_MAX);
        double p = panelWanted <= 0 ? 0 : clamp(panelWanted, PANEL_MIN, PANEL_MAX);
        double room = width - (p > 0 ? READER_COMFORT : READER_MIN);
        if (o + p > room) {
            o = Math.max(OUTLINE_MIN, room - p);
        }
        if (p > 0 && o + p > room) {
            p = Math.max(PANEL_MIN, room - o);
        }
        return new double[] {o, p};
    }

    private static double clamp(double v, double min, double max) {
        return Double.isFinite(v) ? Math.max(min, Math.min(max, v)) : min;
    }
}
