package app.margin.app;

import app.margin.model.ArticleLayout;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.queue.Background;
import app.margin.ui.queue.StoreQueue;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.MainViewModel;
import app.margin.ui.shell.PositionKeeper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closing Margin without losing anything and without waiting: the window's state, the open note editor,
 * over-long notes, the reading position, text still being typed and the last queued writes; what the database
 * does not take in time goes to {@link UnsavedWork}. Runs once: from {@code stop()} on the FX thread, from a
 * termination signal (SIGTERM at log-out), which hands it to the FX thread while the toolkit still runs, or
 * from the shutdown hook. Off the FX thread it reads only what was noted on the FX thread as it changed.
 */
final class Closing {

    /** How long closing waits for the store's queue (it may still be opening the store). */
    static final long STORE_WAIT_MILLIS = 600;
    /** How long a signal waits for the FX thread to take the close before closing without it. */
    static final long FX_WAIT_MILLIS = 250;

    private static final System.Logger LOG = System.getLogger("app.margin");

    private final MainView view;
    private final MainViewModel viewModel;
    private final PositionKeeper positions;
    private final WindowKeeper window;
    private final Path dataDir;
    private final Clock clock;
    private final StoreQueue queue;
    private final Background background;
    /** The app's worker threads, shut down once closing is done. */
    private final ExecutorService workers;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch taken = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile long startedAt;

    Closing(MainView view, MainViewModel viewModel, PositionKeeper positions, WindowKeeper window, Path dataDir,
            Clock clock, StoreQueue queue, Background background, ExecutorService workers) {
        this.view = view;
        this.viewModel = viewModel;
        this.positions = positions;
        this.window = window;
        this.dataDir = dataDir;
        this.clock = clock;
        this.queue = queue;
        this.background = background;
        this.workers = workers;
    }

    /** From {@code Application.stop()}, or handed over by {@link #onSignal}: on the FX thread. */
    void onStop() {
        if (take()) {
            try {
                window.save();
                view.popovers().hide();
                keepDrafts();
                positions.save();
                finish();
            } finally {
                finished.countDown();
            }
        }
    }

    /**
     * A termination signal, on the signal's thread: the close runs on the FX thread, before the toolkit goes
     * away; if the FX thread does not take it at once (busy, or already gone), it runs here from what was
     * noted. Returns once closing is done or has had its time.
     */
    void onSignal() {
        try {
            background.onFx(this::onStop);
        } catch (IllegalStateException toolkitGone) {
            // Closing runs here below.
        }
        awaitQuietly(taken, FX_WAIT_MILLIS);
        onShutdown();
    }

    /** From the shutdown hook, or a signal the FX thread did not take: reads no FX-thread state. */
    void onShutdown() {
        if (take()) {
            try {
                window.saveLatest();
                keepDrafts();
                positions.saveLatestOnClose();
                finish();
            } finally {
                finished.countDown();
            }
        } else {
            awaitQuietly(finished, STORE_WAIT_MILLIS + 400);
        }
    }

    /** Whether closing has begun (from any thread). */
    boolean hasStarted() {
        return started.get();
    }

    private boolean take() {
        boolean first = started.compareAndSet(false, true);
        if (first) {
            startedAt = System.nanoTime();
        }
        taken.countDown();
        return first;
    }

    private void keepDrafts() {
        AnnotationsViewModel annotations = viewModel.annotations();
        try {
            new UnsavedWork(dataDir, clock).keepDrafts(annotations, annotations.closingSnapshot().layout());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not keep an over-long note's text", e);
            System.err.println("margin: could not keep an over-long note's text: " + e.getMessage());
        }
    }

    /**
     * Text still being typed joins the queue; the queue runs what it holds and closes the store, for a short
     * while at most. Only changes that are really not committed then go to a file.
     */
    private void finish() {
        AnnotationsViewModel annotations = viewModel.annotations();
        annotations.saveTypingOnClose();
        boolean closed = queue.close(STORE_WAIT_MILLIS);
        ArticleLayout layout = annotations.closingSnapshot().layout();
        if (annotations.unsavedChanges() > 0 && layout != null) {
            try {
                new UnsavedWork(dataDir, clock).keepAnnotations(annotations, layout);
            } catch (IOException | app.margin.exchange.ExchangeException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not keep the unsaved annotations", e);
                System.err.println("margin: could not keep the unsaved annotations: " + e.getMessage());
            }
        } else if (!closed) {
            LOG.log(System.Logger.Level.INFO, "closed while the notes database was still opening; nothing was"
                    + " waiting to be saved");
        }
        workers.shutdown();
        LOG.log(System.Logger.Level.INFO, "closed in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt)
                + " ms" + (closed ? "" : " (the notes database was still opening)"));
    }

    private static void awaitQuietly(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
