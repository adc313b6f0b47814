package app.margin.ui.queue;

import app.margin.store.AnnotationStore;
import app.margin.store.StoreException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The one owner of the store: every read and write of it — notes, bookmarks, positions, the library, import,
 * export, closing — runs here, one at a time on one thread, in the order it was asked for, so the order on
 * disk is the order of the reader's actions. Opening the store is its first task; what is asked for before
 * that waits for it. A {@link Throwable} in a task (an {@code OutOfMemoryError} too) fails only that task's
 * future, is logged to {@code app.margin}, and the queue goes on.
 */
public final class StoreQueue {

    /** Work with the store; {@code store} is null only for work asked for with {@link #run}. */
    public interface Op<T> {
        T run(AnnotationStore store) throws Exception;
    }

    /** Opens the store; runs on the queue's thread. */
    public interface Opener {
        AnnotationStore open() throws Exception;
    }

    /** Runs a task later (a retry); for the queue's own thread, {@link #create}. */
    public interface Scheduler {
        void schedule(long delayMillis, Runnable task);
    }

    /** Reads are dropped once closing starts; writes always run before the store closes. */
    public enum Kind { READ, WRITE }

    private enum State { WAITING, OPENING, READY }

    private static final System.Logger LOG = System.getLogger("app.margin");

    private final Executor worker;
    private final Scheduler scheduler;
    private final Runnable shutdown;
    private final Object lock = new Object();
    /** Tasks asked for before the store is ready, in order; guarded by {@link #lock}. */
    private final ArrayDeque<Task<?>> waiting = new ArrayDeque<>();
    private State state = State.WAITING;
    private Opener opener;
    private boolean closeAsked;
    private CompletableFuture<Void> closed;
    private volatile boolean closing;
    /** Touched only on the queue's thread, and read by tasks. */
    private volatile AnnotationStore store;
    private volatile String notOpen = "your notes database is not open yet.";

    private StoreQueue(Executor worker, Scheduler scheduler, Runnable shutdown) {
        this.worker = worker;
        this.scheduler = scheduler;
        this.shutdown = shutdown;
    }

    /** A queue with its own daemon thread, which {@link #close} ends. {@link #startOpening} opens the store. */
    public static StoreQueue create(Opener opener) {
        ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "margin-store");
            t.setDaemon(true);
            return t;
        });
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        StoreQueue queue = new StoreQueue(thread,
                (delay, task) -> {
                    try {
                        thread.schedule(task, delay, TimeUnit.MILLISECONDS);
                    } catch (RejectedExecutionException closedAlready) {
                        // Closed: nothing is retried any more.
                    }
                },
                thread::shutdown);
        queue.opener = opener;
        return queue;
    }

    /**
     * A queue over a store that is opened elsewhere, its tasks run by {@code worker} (for tests and tools:
     * {@code Runnable::run} runs them at once). Retries are not scheduled.
     */
    public static StoreQueue over(CompletableFuture<AnnotationStore> store, Executor worker) {
        return over(store, worker, (delay, task) -> { });
    }

    /** As {@link #over(CompletableFuture, Executor)}, with retries handed to {@code scheduler}. */
    public static StoreQueue over(CompletableFuture<AnnotationStore> store, Executor worker, Scheduler scheduler) {
        StoreQueue queue = new StoreQueue(worker, scheduler, () -> { });
        synchronized (queue.lock) {
            queue.state = State.OPENING;
        }
        store.whenComplete((s, error) -> queue.opened(s, error));
        return queue;
    }

    /** Opens the store, ahead of everything asked for so far. Once only; later calls do nothing. */
    public void startOpening() {
        synchronized (lock) {
            if (state == State.WAITING && opener != null) {
                openNow();
            }
        }
    }

    /** Called with the lock held. */
    private void openNow() {
        Opener o = opener;
        state = State.OPENING;
        execute(() -> {
            AnnotationStore s = null;
            Throwable error = null;
            try {
                s = o.open();
            } catch (Throwable t) {
                error = t;
            }
            opened(s, error);
        });
    }

    private void opened(AnnotationStore s, Throwable error) {
        if (error != null) {
            Throwable cause = Failures.causeOf(error);
            notOpen = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            if (!(cause instanceof StoreException)) {
                LOG.log(System.Logger.Level.WARNING, "the notes database could not be opened", cause);
            }
        }
        store = s;
        synchronized (lock) {
            state = State.READY;
            while (!waiting.isEmpty()) {
                dispatch(waiting.poll());
            }
        }
    }

    /** Why the store is not open, in the reader's words; for work that runs without it. */
    public String notOpenReason() {
        return notOpen;
    }

    /** True once {@link #close} was called. */
    public boolean isClosing() {
        return closing;
    }

    /** Runs {@code op} with the store, after everything asked for before it. Fails if the store is not open. */
    public <T> CompletableFuture<T> submit(Kind kind, Op<T> op) {
        return enqueue(new Task<>(this, kind, true, op));
    }

    /**
     * Runs {@code op} in order with the store's work, with the store or, when it could not be opened, with
     * null: for writes that keep what they could not save, and for files that must follow the store's order.
     */
    public <T> CompletableFuture<T> run(Kind kind, Op<T> op) {
        return enqueue(new Task<>(this, kind, false, op));
    }

    /**
     * Runs {@code op} with the store, after everything asked for before it, then {@code done} with its result or
     * {@code failed} with why it failed (the store not open, closing, or what {@code op} threw) on {@code fx}:
     * the one way for the FX side to ask the store and hear back.
     */
    public <T> void call(Kind kind, Op<T> op, Executor fx, Consumer<? super T> done,
            Consumer<? super Throwable> failed) {
        Background.answerOn(fx, submit(kind, op), done, failed);
    }

    /** Replaces the store with what {@code swap} makes of it (a restored backup), in order with the rest. */
    public CompletableFuture<AnnotationStore> swap(Op<AnnotationStore> swap) {
        return submit(Kind.WRITE, current -> {
            AnnotationStore next = swap.run(current);
            store = next;
            return next;
        });
    }

    /** Runs {@code task} after {@code delayMillis} (a retry); it may then ask the queue for work. */
    public void later(long delayMillis, Runnable task) {
        if (!closing) {
            scheduler.schedule(delayMillis, task);
        }
    }

    private <T> CompletableFuture<T> enqueue(Task<T> task) {
        synchronized (lock) {
            if (closeAsked) {
                task.future.completeExceptionally(new StoreException("Margin is closing."));
            } else if (state == State.READY) {
                dispatch(task);
            } else {
                waiting.add(task);
            }
        }
        return task.future;
    }

    private void dispatch(Task<?> task) {
        if (!execute(task::run)) {
            task.future.completeExceptionally(new StoreException("Margin is closing."));
        }
    }

    private boolean execute(Runnable r) {
        try {
            worker.execute(r);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /**
     * Closes the store after every write asked for so far; reads still waiting are dropped, and nothing is
     * taken after this. If no write waits for a store that is not open yet (never opened, or still opening),
     * returns at once (false if the store is still opening). Otherwise waits at most {@code timeoutMillis} (the
     * store may still be opening) and says whether it closed; a write not run in time is the caller's to keep.
     */
    public boolean close(long timeoutMillis) {
        CompletableFuture<Void> done;
        synchronized (lock) {
            if (!closeAsked) {
                closeAsked = true;
                closing = true;
                closed = new CompletableFuture<>();
                Task<Void> closeTask = new Task<>(this, Kind.WRITE, false, s -> {
                    closeStore();
                    return null;
                });
                closeTask.future.whenComplete((v, e) -> closed.complete(null));
                boolean writesWait = waiting.stream().anyMatch(t -> t.kind == Kind.WRITE);
                if (state == State.WAITING && !writesWait) {
                    waiting.forEach(t -> t.future.completeExceptionally(new StoreException("Margin is closing.")));
                    waiting.clear();
                    closed.complete(null);
                    shutdown.run();
                } else {
                    if (state == State.WAITING && opener != null) {
                        openNow();
                    }
                    if (state == State.READY) {
                        dispatch(closeTask);
                    } else {
                        waiting.add(closeTask);
                        if (!writesWait) {
                            // Still opening, and nothing waits to be written: no reason to wait. The store closes
                            // if it opens before the process ends; an open cut short is as safe as a kill.
                            return false;
                        }
                    }
                }
            }
            done = closed;
        }
        try {
            done.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void closeStore() {
        AnnotationStore s = store;
        store = null;
        try {
            if (s != null) {
                s.close();
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "the notes database did not close cleanly", t);
        } finally {
            shutdown.run();
        }
    }

    /** The store for a task now running, or null when it is not open; read on the queue's thread. */
    AnnotationStore current() {
        return store;
    }

    /** Why the store is not open, for a task that needs it. */
    String notOpenMessage() {
        return notOpen;
    }
}
