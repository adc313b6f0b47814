package app.margin.ui.study;

import app.margin.store.CardStore;
import app.margin.store.StoreException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Card work off the FX thread, one piece at a time in the order asked, results and failures back on the FX
 * thread. The cards live in the annotation store's file and share its connection and lock, so this never races a
 * note being saved; it keeps the study window's own reviews and edits in order.
 */
public final class CardQueue {

    /** Work on the card store. */
    public interface Work<T> {
        T run(CardStore cards) throws StoreException;
    }

    private final Supplier<CardStore> cards;
    private final Executor background;
    private final Executor fx;
    private final Consumer<String> onProblem;
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    /**
     * @param cards      the card store now, or null while the notes database is not open
     * @param background where the work runs
     * @param fx         where results are delivered (the FX thread)
     * @param onProblem  told, on the FX thread, why a piece of work failed, in the reader's words
     */
    public CardQueue(Supplier<CardStore> cards, Executor background, Executor fx, Consumer<String> onProblem) {
        this.cards = cards;
        this.background = background;
        this.fx = fx;
        this.onProblem = onProblem;
    }

    /** Runs {@code work} after everything asked before it; {@code onResult} gets its result on the FX thread. */
    public <T> void run(Work<T> work, Consumer<T> onResult) {
        run(work, onResult, () -> { });
    }

    /** As {@link #run(Work, Consumer)}, and {@code onFailure} runs on the FX thread after a failure is reported. */
    public synchronized <T> void run(Work<T> work, Consumer<T> onResult, Runnable onFailure) {
        tail = tail.thenRunAsync(() -> {
            try {
                CardStore store = cards.get();
                if (store == null) {
                    throw new StoreException("Your notes database is not open, so study cards cannot be used.");
                }
                T result = work.run(store);
                fx.execute(() -> onResult.accept(result));
            } catch (Throwable e) { // the edge of the queue: report, and keep the queue going
                Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                        ? e.getCause() : e; // the store failed to open
                String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
                fx.execute(() -> {
                    onProblem.accept(message);
                    onFailure.run();
                });
            }
        }, background);
    }

    /** Waits until everything asked so far has run (closing, tests); false if it did not within the time. */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        CompletableFuture<Void> last;
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
