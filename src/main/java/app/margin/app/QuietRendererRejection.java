package app.margin.app;

import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;

/**
 * The FX thread's uncaught-exception handler while Margin closes. After a signal, once Margin has closed, the JVM
 * exits and JavaFX's shutdown hook stops the renderer while the FX thread may still run a pulse (the tools coming in
 * just after the window shows, say): the frame it hands over is rejected. That rejection, once closing has begun, is
 * the toolkit going away, not a fault: it is logged, not printed as a stack trace (seen once in CI's early-close
 * run). Anything else goes to the handler there was.
 */
final class QuietRendererRejection {

    private QuietRendererRejection() {
    }

    /** Installs the handler on the current thread (the FX thread); {@code closing} says whether closing has begun. */
    static void install(BooleanSupplier closing) {
        Thread fx = Thread.currentThread();
        Thread.UncaughtExceptionHandler previous = fx.getUncaughtExceptionHandler();
        fx.setUncaughtExceptionHandler((thread, e) -> {
            if (closing.getAsBoolean() && e instanceof RejectedExecutionException) {
                System.getLogger("app.margin").log(System.Logger.Level.INFO,
                        "a frame was drawn as the toolkit went away after closing: " + e.getMessage());
                return;
            }
            previous.uncaughtException(thread, e);
        });
    }
}
