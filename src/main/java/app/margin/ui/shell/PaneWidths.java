package app.margin.ui.shell;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * The widths the reader gave the outline and the annotations panel, in pixels, and the dividers that follow
 * from them. Only the reader's own moves of a divider change a wanted width; a window made too small for it
 * narrows the pane for as long as it is that small, and the width comes back when the window grows again.
 */
final class PaneWidths {

    static final double OUTLINE_MIN = 160;
    static final double OUTLINE_MAX = 520;
    static final double PANEL_MIN = 240;
    static final double PANEL_MAX = 600;
    /** What the reading column keeps, at least, before the side panes give way. */
    static final double READER_MIN = 360;
    static final double DEFAULT_OUTLINE = 280;
    static final double DEFAULT_PANEL = 340;

    private final SplitPane split;
    private final BooleanSupplier panelShown;
    private double outline = DEFAULT_OUTLINE;
    private double panel = DEFAULT_PANEL;
    /** True from a press on a divider to the release that ends the drag. */
    private boolean dragging;

    PaneWidths(SplitPane split, BooleanSupplier panelShown) {
        this.split = split;
        this.panelShown = panelShown;
        split.widthProperty().addListener((obs, o, w) -> apply());
        // Only the reader's drag of a divider says how wide a pane should be: the split's own moves (a window
        // too small for the wanted widths, the first layout) say nothing about it.
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging = onDivider(e.getPickResult().getIntersectedNode()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging) {
                dragging = false;
                remember();
            }
        });
    }

    private boolean onDivider(Node node) {
        for (Node n = node; n != null && n != split; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /** Takes the dividers' places as the wanted widths. */
    private void remember() {
        double w = split.getWidth();
        double[] at = split.getDividerPositions();
        if (w <= 0) {
            return;
        }
        if (at.length > 0) {
            outline = clamp(at[0] * w, OUTLINE_MIN, OUTLINE_MAX);
        }
        if (at.length > 1 && panelShown.getAsBoolean()) {
            panel = clamp((1 - at[1]) * w, PANEL_MIN, PANEL_MAX);
        }
        apply();
    }

    double outlineWidth() {
        return outline;
    }

    double panelWidth() {
        return panel;
    }

    /** Sets the wanted widths (from the saved window state), clamped to sane ranges, and applies them. */
    void set(double outlineWidth, double panelWidth) {
        outline = clamp(outlineWidth, OUTLINE_MIN, OUTLINE_MAX);
        panel = clamp(panelWidth, PANEL_MIN, PANEL_MAX);
        apply();
    }

    /** Puts the dividers where the wanted widths go in the window's width now. */
    void apply() {
        double w = split.getWidth();
        if (w <= 0) {
            return;
        }
        boolean withPanel = panelShown.getAsBoolean() && split.getItems().size() > 2;
        double[] fit = fit(w, outline, withPanel ? panel : 0);
        if (withPanel) {
            split.setDividerPositions(fit[0] / w, (w - fit[1]) / w);
        } else {
            split.setDividerPositions(fit[0] / w);
        }
    }

    /**
     * The outline's and panel's widths in a window {@code width} wide: as wanted, unless the reading column would
     * fall below {@link #READER_MIN}; then the side panes give way in proportion, down to their minimums.
     */
    static double[] fit(double width, double outlineWanted, double panelWanted) {
        double o = clamp(outlineWanted, OUTLINE_MIN, OUTLINE_MAX);
        double p = panelWanted <= 0 ? 0 : clamp(panelWanted, PANEL_MIN, PANEL_MAX);
        double room = width - READER_MIN;
        if (o + p > room) {
            double scale = Math.max(0, room) / (o + p);
            o = Math.max(OUTLINE_MIN, o * scale);
            p = p == 0 ? 0 : Math.max(PANEL_MIN, p * scale);
        }
        return new double[] {o, p};
    }

    private static double clamp(double v, double min, double max) {
        return Double.isFinite(v) ? Math.max(min, Math.min(max, v)) : min;
    }
}
