package app.margin.ui.study;

import app.margin.store.CardStore;
import app.margin.store.StoreException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import app.margin.ui.queue.StoreQueue;

/**
 * Card work, in order with everything else that touches the notes file: it goes through the one {@link StoreQueue}
 * (cards live in the same database as the notes), so a review never races a note being saved. Results and
 * failures come back on the FX thread.
 */
public final class CardQueue {

    /** Work on the card store. */
    public interface Work<T> {
        T run(CardStore cards) throws StoreException;
    }

    private final StoreQueue store;
    private final Executor fx;
    private final Consumer<String> onProblem;
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

    /**
     * @param store     the store's queue
     * @param fx        where results are delivered (the FX thread)
     * @param onProblem told, on the FX thread, why a piece of work failed, in the reader's words
     */
    public CardQueue(StoreQueue store, Executor fx, Consumer<String> onProblem) {
        this.store = store;
        this.fx = fx;
        this.onProblem = onProblem;
    }

    /** Runs {@code work} after everything asked before it; {@code onResult} gets its result on the FX thread. */
    public <T> void run(Work<T> work, Consumer<T> onResult) {
        run(work, onResult, () -> { });
    }

    /** As {@link #run(Work, Consumer)}, and {@code onFailure} runs on the FX thread after a failure is reported. */
    public synchronized <T> void run(Work<T> work, Consumer<T> onResult, Runnable onFailure) {
        CompletableFuture<T> done = store.run(StoreQueue.Kind.WRITE, s -> {
            if (s == null) {
                String reason = store.notOpenReason();
                throw new StoreException(reason != null ? reason
                        : "Your notes database is not open, so study cards cannot be used.");
            }
            return work.run(CardStore.of(s));
        });
        tail = done.whenComplete((result, error) -> fx.execute(() -> {
            if (error == null) {
                onResult.accept(result);
                return;
            }
            Throwable cause = app.margin.ui.queue.Failures.causeOf(error);
            onProblem.accept(cause.getMessage() == null ? cause.toString() : cause.getMessage());
            onFailure.run();
        }));
    }

    /** Waits until everything asked so far has run (closing, tests); false if it did not within the time. */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        CompletableFuture<?> last;
        synchronized (this) {
            last = tail;
        }
        try {
            last.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
