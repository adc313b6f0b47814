package app.margin.ui.queue;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work once, right after the next layout pass of a scene: for what must see the scene laid out at its new size
 * (a jump asked for before the new text is laid out, a popup whose content is still sizing itself). Asks for that
 * pulse, so it comes even when nothing else changes. On the FX thread.
 */
public final class AfterLayout {

    private AfterLayout() {
    }

    /** Runs {@code action} after the next layout pass of {@code scene}. */
    public static void run(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
