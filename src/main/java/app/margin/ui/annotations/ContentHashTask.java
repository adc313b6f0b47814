package app.margin.ui.annotations;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * An article's content hash, worked out once, off the FX thread: when its annotations have been read, or when
 * a new annotation first needs it, whichever comes first. Nobody waits on the FX thread for the answer to come
 * back, so this takes the worker threads themselves, not the {@code Background} runner: whoever needs the hash
 * joins it, and when the worker threads are gone (closing) works it out at once.
 */
final class ContentHashTask {

    private final Supplier<String> compute;
    private final Executor background;
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    ContentHashTask(Supplier<String> compute, Executor background) {
        this.compute = compute;
        this.background = background;
    }

    static ContentHashTask known(String hash) {
        ContentHashTask task = new ContentHashTask(() -> hash, Runnable::run);
        task.start();
        return task;
    }

    void start() {
        if (started.compareAndSet(false, true)) {
            Runnable work = () -> {
                try {
                    result.complete(compute.get());
                } catch (RuntimeException | Error e) { // whoever joins hears of it
                    result.completeExceptionally(e);
                }
            };
            try {
                background.execute(work);
            } catch (RejectedExecutionException closing) {
                work.run(); // closing: whoever needs the hash (a note made as the window closes) still gets it
            }
        }
    }

    /** The hash; waits for it in the moment after opening a long book. */
    String join() {
        start();
        return result.join();
    }
}
