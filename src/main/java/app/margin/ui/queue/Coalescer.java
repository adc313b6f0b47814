package app.margin.ui.queue;

import java.util.concurrent.Executor;

/**
 * Turns a burst of requests (scrolling, typing, a batch of changes) into one run of {@code action} on the next
 * turn of the FX thread: one pending flag, one hand-over. Used on the FX thread only.
 */
public final class Coalescer {

    private final Executor fx;
    private final Runnable action;
    private boolean pending;

    /**
     * @param fx     runs code on the FX thread later ({@code Platform::runLater} in the app)
     * @param action what a burst of requests comes to
     */
    public Coalescer(Executor fx, Runnable action) {
        this.fx = fx;
        this.action = action;
    }

    /** Asks for one run of the action; requests before it runs come to that same run. */
    public void request() {
        if (pending) {
            return;
        }
        pending = true;
        fx.execute(() -> {
            pending = false;
            action.run();
        });
    }

    /** True while a run has been asked for and has not started yet. */
    public boolean isPending() {
        return pending;
    }
}
