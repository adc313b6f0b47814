package app.margin.ui.shell;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps the split's dividers where the wanted pane widths ({@link PaneWidths}) go at every window size, and takes a
 * divider the reader drags as the new wanted width. The split's own moves (a window too small for the wanted widths,
 * the first layout) say nothing about how wide a pane should be.
 */
final class Dividers {

    private final SplitPane split;
    private final PaneWidths widths;
    private final BooleanSupplier panelShown;
    /** True from a press on a divider to the release that ends the drag. */
    private boolean dragging;

    Dividers(SplitPane split, PaneWidths widths, BooleanSupplier panelShown) {
        this.split = split;
        this.widths = widths;
        this.panelShown = panelShown;
        split.widthProperty().addListener((obs, o, w) -> apply());
        widths.outlineProperty().addListener((obs, o, w) -> apply());
        widths.panelProperty().addListener((obs, o, w) -> apply());
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging = onDivider(e.getPickResult().getIntersectedNode()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging) {
                dragging = false;
                widths.remember(split.getWidth(), split.getDividerPositions(), panelShown.getAsBoolean());
                apply(); // a width past its range snaps back to it
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

    /** Puts the dividers where the wanted widths go in the window's width now. */
    void apply() {
        double w = split.getWidth();
        if (w <= 0) {
            return;
        }
        PaneWidths.Layout fit = widths.layoutIn(w, panelShown.getAsBoolean());
        if (split.getItems().size() > 2) {
            split.setDividerPositions(fit.outline() / w, (w - fit.panel()) / w);
        } else {
            split.setDividerPositions(fit.outline() / w); // the panel closed, or floating over the page
        }
    }
}
