package app.margin.ui.queue;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The one way to do slow work off the FX thread and hear of its end on it: {@link #run} hands the work to the
 * app's worker threads, and {@link #answer} brings any future's outcome (a result, or whatever it threw, an
 * {@code Error} too) back to the FX thread. Nothing escapes a worker unreported: a failure that nobody asked to
 * hear is logged.
 */
public final class Background {

    private static final System.Logger LOG = System.getLogger("app.margin");

    private final Executor worker;
    private final Executor fx;

    /**
     * @param worker the app's worker threads (it owns them and shuts them down)
     * @param fx     runs code on the FX thread ({@code Platform::runLater} in the app, a direct executor in tests)
     */
    public Background(Executor worker, Executor fx) {
        this.worker = worker;
        this.fx = fx;
    }

    /** Runs {@code work} off the FX thread; its future completes with its result or whatever it threw. */
    public <T> CompletableFuture<T> supply(Callable<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                try {
                    future.complete(work.call());
                } catch (Throwable t) { // the edge of the worker: the failure goes to whoever answers
                    future.completeExceptionally(t);
                }
            });
        } catch (RuntimeException rejected) { // shut down while closing
            future.completeExceptionally(rejected);
        }
        return future;
    }

    /** Runs {@code work} off the FX thread, then {@code done} or {@code failed} on the FX thread. */
    public <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<? super Throwable> failed) {
        answer(supply(work), done, failed);
    }

    /** Runs {@code work} off the FX thread; a failure is logged, as nobody waits for it. */
    public void execute(Runnable work) {
        answer(supply(() -> {
            work.run();
            return null;
        }), ignored -> { }, Background::log);
    }

    /**
     * Calls {@code done} with the result of {@code stage}, or {@code failed} with its failure (out of its
     * {@code CompletionException} wrappers), on the FX thread.
     */
    public <T> void answer(CompletionStage<T> stage, Consumer<? super T> done, Consumer<? super Throwable> failed) {
        answerOn(fx, stage, done, failed);
    }

    /** Runs {@code task} on the FX thread. */
    public void onFx(Runnable task) {
        fx.execute(task);
    }

    /** The FX thread as an executor, for code that takes one. */
    public Executor fx() {
        return fx;
    }

    /** The worker threads as an executor, for code that takes one. */
    public Executor worker() {
        return worker;
    }

    /** As {@link #answer}, on any executor: the one place where a future's outcome is split in two. */
    static <T> void answerOn(Executor fx, CompletionStage<T> stage, Consumer<? super T> done,
            Consumer<? super Throwable> failed) {
        stage.whenComplete((result, error) -> fx.execute(() -> {
            if (error != null) {
                failed.accept(Failures.causeOf(error));
            } else {
                done.accept(result);
            }
        }));
    }

    private static void log(Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "background work failed", error);
    }
}
