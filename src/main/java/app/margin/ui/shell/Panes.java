package app.margin.ui.shell;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The split under the header: outline | reading column | annotations panel. The outline and the panel come and go as
 * the {@link FrameViewModel} says, and the dividers follow the widths the reader gave them ({@link Dividers}). In a
 * window too narrow for the text's measure beside the panel, the panel floats over the page's right edge, with a
 * shadow, instead of squeezing the text; it docks again when the window is wide enough.
 */
final class Panes {

    private final StackPane root = new StackPane();
    private final SplitPane split = new SplitPane();
    /** Holds the panel while it floats over the page. */
    private final StackPane floating = new StackPane();
    private final FrameViewModel frame;
    private final Region outline;
    private final Supplier<? extends Node> panel;
    private final Runnable beforeResize;
    private final Dividers dividers;
    /** The panel once it was first shown; not made before. */
    private Node shownPanel;

    /**
     * @param panel        the panel, made when first asked for
     * @param beforeResize runs before the page widens or narrows (keeps the top line in view)
     */
    Panes(FrameViewModel frame, Region outline, Node readingColumn, Supplier<? extends Node> panel,
          Runnable beforeResize) {
        this.frame = frame;
        this.outline = outline;
        this.panel = panel;
        this.beforeResize = beforeResize;
        this.dividers = new Dividers(split, frame.widths(), frame::isPanelShown);
        split.getItems().addAll(outline, readingColumn);
        split.setDividerPositions(0.24);
        // The dividers follow the wanted pane widths at every window size; the split only scales.
        outline.setMinWidth(140);
        floating.getStyleClass().add("floating-panel");
        floating.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane.setAlignment(floating, Pos.CENTER_RIGHT);
        root.getChildren().add(split);
        root.widthProperty().addListener((obs, o, w) -> {
            frame.setWidth(w.doubleValue());
            sizeFloating();
        });
        frame.widths().panelProperty().addListener((obs, o, w) -> sizeFloating());
        frame.outlineVisibleProperty().addListener((obs, was, shown) -> follow());
        frame.panelVisibleProperty().addListener((obs, was, shown) -> follow());
        frame.panelFloatingProperty().addListener((obs, was, floats) -> follow());
    }

    /** The split, with the panel floating over it when it floats. */
    Region root() {
        return root;
    }

    SplitPane split() {
        return split;
    }

    /** Puts the dividers where the wanted widths go in the window's width now. */
    void applyWidths() {
        dividers.apply();
    }

    /** Puts the outline and the panel in the split (or the panel over it), or takes them out, as the frame says. */
    private void follow() {
        boolean outlineShown = frame.outlineVisibleProperty().get();
        boolean panelShown = frame.panelVisibleProperty().get();
        boolean floats = frame.panelFloatingProperty().get();
        boolean docked = panelShown && !floats;
        if (outlineShown != split.getItems().contains(outline)
                || docked != (shownPanel != null && split.getItems().contains(shownPanel))) {
            beforeResize.run(); // the page widens or narrows: a floating panel leaves it as it is
        }
        if (outlineShown != split.getItems().contains(outline)) {
            if (outlineShown) {
                split.getItems().add(0, outline);
            } else {
                split.getItems().remove(outline);
            }
        }
        if (panelShown && shownPanel == null) {
            shownPanel = panel.get();
        }
        if (shownPanel != null) {
            place(docked, panelShown && floats);
        }
        sizeFloating();
        dividers.apply(); // the panes come back at the widths the reader gave them
    }

    private void place(boolean docked, boolean floats) {
        if (!docked) {
            split.getItems().remove(shownPanel);
        }
        if (!floats) {
            floating.getChildren().remove(shownPanel);
            root.getChildren().remove(floating);
        }
        if (docked && !split.getItems().contains(shownPanel)) {
            split.getItems().add(shownPanel);
        }
        if (floats && !floating.getChildren().contains(shownPanel)) {
            floating.getChildren().add(shownPanel);
            root.getChildren().add(floating);
        }
    }

    /** The floating panel's width: the reader's, as far as the window allows. */
    private void sizeFloating() {
        double w = root.getWidth();
        if (w > 0) {
            floating.setPrefWidth(frame.widths().layoutIn(w, true).panel());
        }
    }
}
