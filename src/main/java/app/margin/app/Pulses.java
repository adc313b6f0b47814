package app.margin.app;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Waiting on the FX thread for a frame: JavaFX tells when a pulse has laid the scene out, not when it is drawn. */
final class Pulses {

    private Pulses() {
    }

    /**
     * Runs {@code action} once, after the layout of the pulse that follows the first one after whose layout
     * {@code condition} holds. By then that pulse's frame has been handed to the renderer (it may still be drawing:
     * the next pulse waits for it before it syncs).
     */
    static void afterNextPulse(Scene scene, BooleanSupplier condition, Runnable action) {
        Runnable[] listener = new Runnable[1];
        boolean[] met = {false};
        listener[0] = () -> {
            if (met[0]) {
                scene.removePostLayoutPulseListener(listener[0]);
                action.run();
            } else if (condition.getAsBoolean()) {
                met[0] = true;
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
