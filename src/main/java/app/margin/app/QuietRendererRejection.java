package app.margin.app;

import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;

/**
 * The FX thread's uncaught-exception handler while Margin closes. After a signal, once Margin has closed, the JVM
 * exits and JavaFX's shutdown hook stops the renderer and drops its graphics pipeline while the FX thread may still
 * run a pulse or a task (the tools coming in just after the window shows, say): the frame it hands over is rejected,
 * or a scene made then finds no pipeline. Either, once closing has begun, is the toolkit going away, not a fault:
 * it is logged, not printed as a stack trace (each seen once in CI's early-close run). Anything else goes to the
 * handler there was.
 */
final class QuietRendererRejection {

    private QuietRendererRejection() {
    }

    /** Installs the handler on the current thread (the FX thread); {@code closing} says whether closing has begun. */
    static void install(BooleanSupplier closing) {
        Thread fx = Thread.currentThread();
        fx.setUncaughtExceptionHandler(handler(closing, fx.getUncaughtExceptionHandler()));
    }

    static Thread.UncaughtExceptionHandler handler(BooleanSupplier closing, Thread.UncaughtExceptionHandler previous) {
        return (thread, e) -> {
            if (closing.getAsBoolean() && toolkitGoingAway(e)) {
                System.getLogger("app.margin").log(System.Logger.Level.INFO,
                        "the FX thread ran on as the toolkit went away after closing: " + e);
                return;
            }
            previous.uncaughtException(thread, e);
        };
    }

    /** A frame rejected by a stopped renderer, or the graphics pipeline already gone. */
    static boolean toolkitGoingAway(Throwable e) {
        if (e instanceof RejectedExecutionException) {
            return true;
        }
        return e instanceof NullPointerException && e.getMessage() != null
                && e.getMessage().contains("com.sun.prism.GraphicsPipeline.getPipeline()");
    }
}
