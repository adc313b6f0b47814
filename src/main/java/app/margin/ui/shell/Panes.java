package app.margin.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The split under the header: outline | reading column | annotations panel. The outline and the panel come and go as
 * the {@link FrameViewModel} says, and the dividers follow the widths the reader gave them ({@link Dividers}).
 */
final class Panes {

    private final SplitPane split = new SplitPane();
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
        frame.outlineVisibleProperty().addListener((obs, was, shown) -> follow());
        frame.panelVisibleProperty().addListener((obs, was, shown) -> follow());
    }

    SplitPane split() {
        return split;
    }

    /** Puts the dividers where the wanted widths go in the window's width now. */
    void applyWidths() {
        dividers.apply();
    }

    /** Puts the outline and the panel in the split, or takes them out, as the frame says. */
    private void follow() {
        beforeResize.run();
        boolean outlineShown = frame.outlineVisibleProperty().get();
        if (outlineShown != split.getItems().contains(outline)) {
            if (outlineShown) {
                split.getItems().add(0, outline);
            } else {
                split.getItems().remove(outline);
            }
        }
        boolean panelShown = frame.panelVisibleProperty().get();
        if (panelShown && (shownPanel == null || !split.getItems().contains(shownPanel))) {
            shownPanel = panel.get();
            split.getItems().add(shownPanel);
        } else if (!panelShown && shownPanel != null) {
            split.getItems().remove(shownPanel);
        }
        dividers.apply(); // the panes come back at the widths the reader gave them
    }
}
