package app.margin.ui.study;

import app.margin.store.CardStore;
import app.margin.store.StoreException;
import app.margin.ui.queue.StoreQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Card work, in order with everything else that touches the notes file: it goes through the one {@link StoreQueue}
 * (cards live in the same database as the notes), so a review never races a note being saved, and closing the
 * queue writes a review still waiting before the file closes. Results and failures come back on the FX thread
 * ({@link StoreQueue#call}).
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
        CompletableFuture<Void> answered = new CompletableFuture<>();
        store.call(StoreQueue.Kind.WRITE, s -> work.run(CardStore.of(s)), fx, result -> {
            try {
                onResult.accept(result);
            } finally {
                answered.complete(null);
            }
        }, cause -> {
            try {
                onProblem.accept(cause.getMessage() == null ? cause.toString() : cause.getMessage());
                onFailure.run();
            } finally {
                answered.completeExceptionally(cause);
            }
        });
        tail = answered;
    }

    /**
     * Waits until everything asked so far has run and been answered on the FX thread (tests; not on the FX thread);
     * false if it did not within the time, or the last of it failed.
     */
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
