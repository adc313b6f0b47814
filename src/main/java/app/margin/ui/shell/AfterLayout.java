package app.margin.ui.shell;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs work once the window has been laid out after a jump: a jump asked for before the new text is laid out is made
 * in that layout pass, and moves the caret, so a selection made before it would be lost.
 */
final class AfterLayout {

    private AfterLayout() {
    }

    /** Runs {@code action} on {@code fx} after the next layout pass of {@code node}'s scene; at once without one. */
    static void run(Node node, Executor fx, Runnable action) {
        Scene scene = node.getScene();
        if (scene == null) {
            action.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            fx.execute(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
