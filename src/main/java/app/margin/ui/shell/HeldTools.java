package app.margin.ui.shell;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The tools left out of the window's first frame: the header's buttons, the outline and the status bar's items but
 * the section's name. Their CSS, skins, layout and drawing (a dozen stroked icons, and the outline's tree with a row
 * for each line of its height) made the first frame about 100 ms later (measured under Xvfb, 12 interleaved rounds).
 * The header (of fixed height), the outline's place (its width and background) and the status bar (its height set by
 * the section's name) are there meanwhile, so the page does not move when the tools come.
 */
final class HeldTools {

    private final Pane header;
    private final Pane statusBar;
    private final Pane outlineSlot;
    private final Node outline;
    /** The header's and status bar's items held back; null when shown. */
    private List<Node> heldHeader;
    private List<Node> heldStatus;

    HeldTools(Pane header, Pane statusBar, Pane outlineSlot, Node outline) {
        this.header = header;
        this.statusBar = statusBar;
        this.outlineSlot = outlineSlot;
        this.outline = outline;
    }

    /** Takes the tools out; nothing when they are out already. */
    void holdBack() {
        if (heldHeader != null) {
            return;
        }
        heldHeader = List.copyOf(header.getChildren());
        header.getChildren().clear();
        ObservableList<Node> status = statusBar.getChildren();
        heldStatus = List.copyOf(status.subList(1, status.size()));
        status.remove(1, status.size()); // the section's name stays: it sets the bar's height
        outlineSlot.getChildren().clear();
    }

    /** Brings the tools in; nothing when none are held back. */
    void show() {
        if (heldHeader == null) {
            return;
        }
        header.getChildren().setAll(heldHeader);
        statusBar.getChildren().addAll(heldStatus);
        heldHeader = null;
        heldStatus = null;
        outlineSlot.getChildren().setAll(outline);
    }

    boolean shown() {
        return heldHeader == null;
    }
}
