package app.margin.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Mouse events the headless robot does not raise, delivered as the window would: Monocle's headless robot sends no
 * context-menu event for a right click, and its pointer does not enter a node it is already over.
 */
final class Pointer {

    private Pointer() {
    }

    /** A right click's context-menu request on {@code node} (call on the FX thread). */
    static void requestContextMenu(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, b.getHeight() / 2,
                b.getMinX() + 20, b.getCenterY(), false, null));
    }

    /** The mouse entering {@code node} (call on the FX thread): what makes a lazily given tooltip. */
    static void enter(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        node.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, b.getWidth() / 2, b.getHeight() / 2,
                b.getCenterX(), b.getCenterY(), MouseButton.NONE, 0, false, false, false, false, false, false,
                false, false, false, false, null));
    }
}
