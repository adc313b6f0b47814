package app.margin.ui.queue;

import app.margin.store.AnnotationStore;
import app.margin.store.StoreException;
import java.util.concurrent.CompletableFuture;

/** One piece of work asked of the {@link StoreQueue}, and the edge of the queue's worker where it runs. */
final class Task<T> {

    private static final System.Logger LOG = System.getLogger("app.margin");

    final StoreQueue.Kind kind;
    final CompletableFuture<T> future = new CompletableFuture<>();
    private final StoreQueue queue;
    private final boolean needsStore;
    private final StoreQueue.Op<T> op;

    Task(StoreQueue queue, StoreQueue.Kind kind, boolean needsStore, StoreQueue.Op<T> op) {
        this.queue = queue;
        this.kind = kind;
        this.needsStore = needsStore;
        this.op = op;
    }

    /** The edge of the worker: nothing escapes, whatever it throws. */
    void run() {
        if (kind == StoreQueue.Kind.READ && queue.isClosing()) {
            future.completeExceptionally(new StoreException("Margin is closing."));
            return;
        }
        try {
            AnnotationStore s = queue.current();
            if (needsStore && s == null) {
                throw new StoreException(queue.notOpenMessage());
            }
            future.complete(op.run(s));
        } catch (Throwable t) {
            if (!(t instanceof StoreException)) {
                LOG.log(System.Logger.Level.WARNING, "a task of the notes database failed", t);
            }
            future.completeExceptionally(t);
        }
    }
}
