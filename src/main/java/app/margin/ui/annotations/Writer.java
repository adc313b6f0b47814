package app.margin.ui.annotations;

import app.margin.model.Note;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreException;
import app.margin.ui.queue.Background;
import app.margin.ui.queue.StoreQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Hands the annotations' store work to the {@link StoreQueue}, strictly in the order it was asked for, and
 * reports on the FX thread whether everything is committed. A write that fails, whatever it throws, is kept
 * in memory and tried again before the next one and every {@value #RETRY_MILLIS} ms until saving works, so
 * a change is never silently dropped.
 */
final class Writer {

    static final long RETRY_MILLIS = 5_000;

    interface Write {
        void run(AnnotationStore store) throws StoreException;
    }

    interface Read<T> {
        T run(AnnotationStore store) throws StoreException;
    }

    private static final System.Logger LOG = System.getLogger("app.margin");

    private final StoreQueue queue;
    private final Background background;
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(this, "saveState",
            SaveState.SAVED);
    /** Writes not committed yet, in order; touched only on the queue's thread. */
    private final Deque<Write> retry = new ArrayDeque<>();
    /** Writes asked for and not yet committed; read from any thread (closing). */
    private final AtomicInteger uncommitted = new AtomicInteger();
    /** Writes whose outcome the FX thread has not heard yet. */
    private int pending;
    private boolean retryScheduled;

    Writer(StoreQueue queue, Background background) {
        this.queue = queue;
        this.background = background;
    }

    StoreQueue queue() {
        return queue;
    }

    /** Replaces the store with what {@code swap} makes of it (a restored backup), in order with the writes. */
    void swapStore(AnnotationsViewModel.StoreSwap swap, Consumer<AnnotationStore> onSwapped, Consumer<String> onError) {
        background.answer(queue.swap(swap::apply), onSwapped, error -> onError.accept(describe(error)));
    }

    ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** Called on the FX thread. */
    void write(Write op) {
        pending++;
        saveState.set(SaveState.SAVING);
        background.answer(enqueue(op), failure -> {
            pending--;
            outcome(failure);
        }, error -> {
            pending--;
            outcome(describe(error));
        });
    }

    /**
     * Saves notes as typed but not yet handed to the store, when Margin closes: from any thread, after every
     * write asked for so far, without telling the FX thread (which may be gone).
     */
    void writeOnClose(Collection<Note> notes) {
        for (Note n : notes) {
            enqueue(store -> store.saveNote(n));
        }
    }

    private CompletableFuture<String> enqueue(Write op) {
        uncommitted.incrementAndGet();
        return queue.run(StoreQueue.Kind.WRITE, store -> {
            retry.addLast(op);
            return store == null ? queue.notOpenReason() : drain(store);
        });
    }

    /** On the queue's thread: commits the kept writes in order; what failed, or null when all are committed. */
    private String drain(AnnotationStore store) {
        while (!retry.isEmpty()) {
            try {
                retry.peekFirst().run(store);
                retry.removeFirst();
                uncommitted.decrementAndGet();
            } catch (Throwable t) {
                if (!(t instanceof StoreException)) {
                    LOG.log(System.Logger.Level.WARNING, "a change could not be saved", t);
                }
                return describe(t);
            }
        }
        return null;
    }

    /** On the FX thread. */
    private void outcome(String failure) {
        if (failure != null) {
            SaveState failed = SaveState.failed(failure);
            if (!failed.equals(saveState.get())) {
                // The same failure again (a retry) is no news: the notice the reader dismissed stays away.
                saveState.set(failed);
            }
            retryLater();
        } else if (pending == 0 && saveState.get().kind() != SaveState.Kind.SAVED) {
            saveState.set(SaveState.SAVED);
        }
    }

    private void retryLater() {
        if (retryScheduled) {
            return;
        }
        retryScheduled = true;
        queue.later(RETRY_MILLIS, () -> background.answer(queue.run(StoreQueue.Kind.WRITE,
                store -> store == null ? queue.notOpenReason() : drain(store)), failure -> {
                    retryScheduled = false;
                    outcome(failure);
                }, error -> {
                    retryScheduled = false;
                    // Only closing refuses the retry (drain catches what a write throws): nothing is retried then.
                    if (!queue.isClosing()) {
                        LOG.log(System.Logger.Level.WARNING, "retrying unsaved changes failed", error);
                    }
                }));
    }

    /** Changes asked for and not yet committed; safe from any thread. */
    int uncommitted() {
        return uncommitted.get();
    }

    /** Reads from the store in order with the writes, delivering the result on the FX thread. */
    <T> void read(Read<T> op, Consumer<T> onResult) {
        queue.call(StoreQueue.Kind.READ, op::run, background.fx(), onResult, error -> {
            if (!queue.isClosing()) {
                saveState.set(new SaveState(SaveState.Kind.FAILED, describe(error)));
            }
        });
    }

    /** What went wrong, in the reader's words. */
    static String describe(Throwable error) {
        Throwable t = app.margin.ui.queue.Failures.causeOf(error);
        if (t instanceof OutOfMemoryError) {
            return "Margin ran out of memory while saving.";
        }
        if (t instanceof StoreException && t.getMessage() != null) {
            return t.getMessage();
        }
        return "saving failed (" + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()) + ").";
    }
}
