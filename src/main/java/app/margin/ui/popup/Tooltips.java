package app.margin.ui.popup;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the mouse first reaches their node, not when the node is. A {@link Tooltip} is a popup
 * window with its own scene and skin: the first window has one per header button, find-bar button, outline badge
 * and section-note button, and making them all before the first frame was ~6 ms of the FX thread there (profiled).
 * The text is the node's accessible help straight away, so a screen reader has it before any hover.
 */
public final class Tooltips {

    private Tooltips() {
    }

    /** Gives {@code node} a tooltip with {@code text} once the mouse enters it. */
    public static void install(Node node, String text) {
        install(node, () -> text);
        if (node.getAccessibleHelp() == null) {
            node.setAccessibleHelp(text);
        }
    }

    /** As {@link #install(Node, String)}, the text worked out when the mouse first enters. */
    public static void install(Node node, Supplier<String> text) {
        EventHandler<MouseEvent> once = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = new Tooltip(text.get());
                // Installed while the mouse is entering: the tooltip's own handlers start its timer on the next move.
                if (node instanceof Control c) {
                    c.setTooltip(tip);
                } else {
                    Tooltip.install(node, tip);
                }
            }
        };
        node.addEventFilter(MouseEvent.MOUSE_ENTERED, once);
    }
}
