package app.margin.ui.annotations;

import app.margin.store.AnnotationStore;
import app.margin.store.StoreException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Runs store operations off the FX thread, strictly in the order they were asked for, and reports on
 * the FX thread whether everything is committed. An operation that fails is kept and tried again
 * before the next one, so a change is never silently dropped.
 */
final class Writer {

    interface Write {
        void run(AnnotationStore store) throws StoreException;
    }

    interface Read<T> {
        T run(AnnotationStore store) throws StoreException;
    }

    private volatile AnnotationStore store;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(this, "saveState",
            SaveState.SAVED);
    /** Failed writes awaiting a retry; touched only on the background chain. */
    private final Deque<Write> retry = new ArrayDeque<>();
    private CompletableFuture<Void> tail;
    private int pending;
    /** Why the store could not be opened, in the reader's words; set once on the background chain. */
    private volatile String notOpen = "your notes database is not open.";

    /**
     * @param storeReady the store, possibly still opening; operations wait for it. If it fails to open,
     *                   every operation reports that failure and is kept for a retry after {@link #replaceStore}.
     */
    Writer(CompletableFuture<AnnotationStore> storeReady, Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        this.tail = storeReady.handle((s, error) -> {
            store = s;
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                notOpen = cause.getMessage();
            }
            return null;
        });
    }

    /** Replaces the store with what {@code swap} makes of it (a restored backup), in order with the writes. */
    void swapStore(AnnotationsViewModel.StoreSwap swap, Consumer<AnnotationStore> onSwapped, Consumer<String> onError) {
        tail = tail.thenRunAsync(() -> {
            try {
                AnnotationStore next = swap.apply(store);
                store = next;
                fx.execute(() -> onSwapped.accept(next));
            } catch (StoreException | RuntimeException e) {
                fx.execute(() -> onError.accept(e.getMessage()));
            }
        }, background);
    }

    ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** Called on the FX thread. */
    void write(Write op) {
        pending++;
        saveState.set(SaveState.SAVING);
        tail = tail.thenRunAsync(() -> {
            String failure = runWithRetries(op);
            fx.execute(() -> finished(failure));
        }, background);
    }

    private String runWithRetries(Write op) {
        retry.addLast(op);
        if (store == null) {
            return notOpen;
        }
        while (!retry.isEmpty()) {
            try {
                retry.peekFirst().run(store);
                retry.removeFirst();
            } catch (StoreException | RuntimeException e) {
                return e.getMessage();
            }
        }
        return null;
    }

    private void finished(String failure) {
        pending--;
        if (failure != null) {
            saveState.set(SaveState.failed(failure));
        } else if (pending == 0) {
            saveState.set(SaveState.SAVED);
        }
    }

    /** Reads from the store in order with the writes, delivering the result on the FX thread. */
    <T> void read(Read<T> op, Consumer<T> onResult) {
        tail = tail.thenRunAsync(() -> {
            try {
                if (store == null) {
                    throw new StoreException(notOpen);
                }
                T result = op.run(store);
                fx.execute(() -> onResult.accept(result));
            } catch (StoreException | RuntimeException e) {
                fx.execute(() -> saveState.set(new SaveState(SaveState.Kind.FAILED, e.getMessage())));
            }
        }, background);
    }

    boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        try {
            tail.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return retry.isEmpty();
        } catch (ExecutionException e) {
            return false;
        } catch (TimeoutException e) {
            return false;
        }
    }
}
