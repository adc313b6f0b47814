package app.margin.app;

import app.margin.model.ArticleLayout;
import app.margin.store.AnnotationStore;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.MainViewModel;
import app.margin.ui.shell.PositionKeeper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Closing Margin without losing anything: the window's state, the open note editor, over-long notes, the
 * reading position, the last queued writes, and text still being typed; what the database does not take
 * goes to {@link UnsavedWork}. Runs once, from {@code stop()} or from the shutdown hook.
 */
final class Closing {

    private final MainView view;
    private final MainViewModel viewModel;
    private final PositionKeeper positions;
    private final WindowKeeper window;
    private final Path dataDir;
    private final Clock clock;
    private final Supplier<AnnotationStore> store;
    private final ExecutorService background;
    private final AtomicBoolean closed;

    Closing(MainView view, MainViewModel viewModel, PositionKeeper positions, WindowKeeper window, Path dataDir,
            Clock clock, Supplier<AnnotationStore> store, ExecutorService background, AtomicBoolean closed) {
        this.view = view;
        this.viewModel = viewModel;
        this.positions = positions;
        this.window = window;
        this.dataDir = dataDir;
        this.clock = clock;
        this.store = store;
        this.background = background;
        this.closed = closed;
    }

    /** From {@code Application.stop()}, on the FX thread. */
    void onStop() {
        if (closed.compareAndSet(false, true)) {
            finishClose(prepareClose());
        }
    }

    /**
     * When the system ends Margin (SIGTERM at log-out or shutdown) {@code Application.stop()} is not called: this does its
     * work, so a note typed a moment ago is saved all the same.
     */
    void onShutdown() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<CompletableFuture<Void>> prepared = new CompletableFuture<>();
        Platform.runLater(() -> prepared.complete(prepareClose()));
        CompletableFuture<Void> position;
        try {
            position = prepared.get(3, TimeUnit.SECONDS);
        } catch (Exception e) {
            position = CompletableFuture.completedFuture(null);
        }
        finishClose(position);
    }

    /** On the FX thread: the window's state, the open note editor, over-long notes, the reading position. */
    private CompletableFuture<Void> prepareClose() {
        if (view == null) {
            return CompletableFuture.completedFuture(null);
        }
        window.save();
        view.popovers().hide();
        try {
            new UnsavedWork(dataDir, clock).keepDrafts(viewModel.annotations(), viewModel.reader().getLayout());
        } catch (IOException e) {
            System.err.println("margin: could not keep an over-long note's text: " + e.getMessage());
        }
        return positions.save();
    }

    /**
     * Saves note text typed but not yet handed to the store: when the system ends Margin the FX thread may
     * already be gone, so this goes to the store directly, after every queued write. False if it could not.
     */
    private boolean saveTyping() {
        AnnotationStore store = this.store.get();
        var typed = viewModel.annotations().typedButNotSaved();
        if (typed.isEmpty()) {
            return true;
        }
        if (store == null) {
            return false;
        }
        try {
            for (app.margin.model.Note n : typed) {
                store.saveNote(n);
            }
            return true;
        } catch (app.margin.store.StoreException e) {
            System.err.println("margin: " + e.getMessage());
            return false;
        }
    }

    /** Waits for the last writes; what the database did not take goes to a file. Then closes the store. */
    private void finishClose(CompletableFuture<Void> position) {
        if (view != null) {
            try {
                position.get(3, TimeUnit.SECONDS);
            } catch (Exception e) {
                System.err.println("margin: the reading position was not saved: " + e);
            }
            boolean saved = false;
            try {
                saved = viewModel.annotations().awaitSaved(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            saved &= saveTyping();
            ArticleLayout layout = viewModel.reader().getLayout();
            if (!saved && layout != null) {
                try {
                    new UnsavedWork(dataDir, clock).keepAnnotations(viewModel.annotations(), layout);
                } catch (IOException | app.margin.exchange.ExchangeException e) {
                    System.err.println("margin: could not keep the unsaved annotations: " + e.getMessage());
                }
            }
        }
        AnnotationStore store = this.store.get();
        if (store != null) {
            try {
                store.close();
            } catch (app.margin.store.StoreException e) {
                System.err.println("margin: " + e.getMessage());
            }
        }
        background.shutdown();
    }
}
