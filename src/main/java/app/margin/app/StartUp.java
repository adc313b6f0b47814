package app.margin.app;

import app.margin.article.ArticleException;
import app.margin.article.ArticleReader;
import app.margin.ui.queue.Background;
import app.margin.ui.queue.Failures;
import app.margin.ui.queue.StoreQueue;
import app.margin.ui.reader.ReaderDocument;
import app.margin.ui.shell.ArticleOpening;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.MainViewModel;
import app.margin.ui.shell.Notice;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;

/**
 * The order of Margin's start, in one place. Nothing waits for what it does not need:
 * <ol>
 * <li>In {@code init} (the launcher thread): the article to open is read on a worker thread
 *     ({@link #readStartArticle}; the bundled one only when it is that article, {@link #readBundled}), alongside
 *     building the window; a long book's beginning is offered as soon as its first chapters are read.</li>
 * <li>In {@code start} (the FX thread): the page alone ({@link #pageFirst}: the tools are held back); the article
 *     goes in before the window shows if it has been read by then; the window shows ({@link #show}).</li>
 * <li>An article not read by then follows: a long book's beginning first, when it comes at all, then the whole
 *     book. The rest of the book is read once the beginning's first frame is drawn ({@link StartArticle}).</li>
 * <li>After the first frame: the tools, then the store opens (the store queue's first task), then the library
 *     search catches up (queued after the opening, so articles from before the search go into it).</li>
 * <li>Once the store has opened, or failed to: what the reader should hear of it ({@link StoreOpening}).</li>
 * </ol>
 */
final class StartUp {

    /** The window being started: its stage, its view, its view model and the place it keeps. */
    record Frame(Stage stage, MainView view, MainViewModel viewModel, WindowKeeper place) {
    }

    private static final System.Logger LOG = System.getLogger("app.margin");

    private final Optional<Path> requested;
    private final WindowState window;
    private final Background background;
    private final StoreQueue queue;
    /** Whether another Margin holds the data folder (asked in the store's queue, after the opening). */
    private final BooleanSupplier heldElsewhere;
    private final StartArticle reading;
    private BundledArticle bundled;
    /** How long the window waits, at most, for the article (or a book's beginning) before it shows without it. */
    static final long FIRST_PAGE_WAIT_MS = 60;
    private Frame frame;
    /**
     * The start article's open, asked for as the window is made (before any file the reader opens there): a file
     * opened while a long book is still read at start stays on screen when the book comes.
     */
    private ArticleOpening start;
    /** Whether the whole start article has been shown (after it, its beginning no longer is). */
    private boolean presented;
    /** Whether its beginning has been shown (once: before the window shows, or after). */
    private boolean beginningPresented;

    /**
     * @param requested the file asked for on the command line, if any
     * @param window    the window's state as the last run left it (the article read last and where)
     * @param heldElsewhere whether another Margin holds the data folder: this window then keeps no library copy
     */
    StartUp(Optional<Path> requested, WindowState window, Background background, StoreQueue queue,
            BooleanSupplier heldElsewhere) {
        this.heldElsewhere = heldElsewhere;
        this.requested = requested;
        this.window = window;
        this.background = background;
        this.queue = queue;
        this.reading = new StartArticle(requested, window, background);
    }

    /**
     * 1. The bundled article, what is shown when nothing else can be: read on a worker thread now when it is the
     * article to show, else only when it is needed ({@link BundledArticle}).
     */
    BundledArticle readBundled(ArticleReader reader) {
        bundled = new BundledArticle(() -> reader.readBundled(ArticleSource.BUNDLED), background);
        if (requested.isEmpty() && window.lastArticle() == null) {
            bundled.soon();
        }
        return bundled;
    }

    /** 1. Reads the article to open, on the other worker thread, alongside the bundled one ({@link StartArticle}). */
    void readStartArticle(ArticleSource articles) {
        reading.read(articles);
    }

    /**
     * 2. The scene with the page alone: the header's buttons, the outline's entries and the status bar's items come
     * once it is on screen ({@link #show}).
     */
    Scene pageFirst(MainView view, String stylesheet) {
        view.holdBackTools();
        SmokeProbe.mark("scene");
        Scene scene = new Scene(view, window.width(), window.height());
        scene.getStylesheets().add(stylesheet);
        return scene;
    }

    /**
     * 2.–4. Shows the window, with the article in it if it has been read; an article read later follows, its
     * beginning first. After the first frame: the tools, the store, then {@code catchUpSearch}.
     */
    void show(Frame shown, Runnable catchUpSearch) {
        frame = shown;
        start = shown.viewModel().opening();
        CompletableFuture<StartArticle.Opening> startArticle = reading.whole();
        CompletableFuture<ReaderDocument> beginning = reading.beginning();
        MainView view = shown.view();
        Scene scene = view.getScene();
        // The pulse after the one that laid the text out (or found there is none to lay out): its frame is drawn.
        Pulses.afterNextPulse(scene,
                () -> shown.viewModel().reader().getLayout() != null || startArticle.isCompletedExceptionally(), () -> {
            reading.firstFrameDrawn();
            view.showTools();
            queue.startOpening();
            catchUpSearch.run(); // queued after the opening
        });
        // Reading the article has nearly always finished by now: then it goes in before show(), so the first CSS and
        // layout pass already has the text instead of laying the window out twice. A book's beginning is often a
        // moment away: it is waited for, a little.
        reading.waitBriefly(FIRST_PAGE_WAIT_MS);
        SmokeProbe.mark("waited");
        boolean ready = startArticle.isDone();
        if (ready) {
            presentNow();
        } else if (beginning.isDone()) {
            presentBeginning(beginning.join());
        }
        SmokeProbe.mark("placed");
        // The native window is first painted in the scene's fill, before JavaFX draws anything: the theme's
        // background (read from the stylesheet, now that CSS is applied) instead of a blank white window.
        Paint firstPaint = view.themeBackground();
        if (firstPaint != null) {
            scene.setFill(firstPaint);
        }
        shown.stage().show();
        SmokeProbe.mark("show");
        // Keys go to the page from the start (Page Down, Ctrl+D): asked before the window showed, the focus went to
        // the outline, the first control that takes it, and Page Down moved its selection instead of the page.
        view.readerView().area().requestFocus();
        if (!ready) {
            // In this order on the FX thread: a beginning that comes at all comes before the whole book.
            background.answer(beginning, this::presentBeginning, never -> { });
            background.answer(startArticle, this::present, this::presentFailure);
        }
    }

    private void presentBeginning(ReaderDocument first) {
        if (presented || beginningPresented) {
            return;
        }
        beginningPresented = true;
        if (start.showBeginning(first)) {
            frame.place().returnToLastPlace(first.layout().article()); // the whole book keeps the line shown
            frame.view().readerView().area().requestFocus();
        }
    }

    /** The article, read by now, put in at once (before the window shows). */
    private void presentNow() {
        StartArticle.Opening opening;
        try {
            opening = reading.whole().join();
        } catch (CompletionException e) {
            presentFailure(Failures.causeOf(e));
            return;
        }
        try {
            present(opening);
        } catch (RuntimeException e) { // the window still shows, as it did when this ran in a future's stage
            LOG.log(System.Logger.Level.ERROR, "the article could not be shown", e);
        }
    }

    private void present(StartArticle.Opening opening) {
        presented = true;
        MainViewModel viewModel = frame.viewModel();
        ArticleSource.Loaded loaded = opening.loaded();
        boolean shown = start.showArticle(opening.document());
        if (!shown && !start.superseded()) { // it does not fit in memory
            Notice tooLarge = viewModel.noticeProperty().get();
            bundled.whenRead(fallback -> {
                if (fallback != loaded.article()) {
                    start.showArticle(fallback);
                    viewModel.showNotice(tooLarge);
                }
            }, unreadable -> { });
            return;
        }
        if (shown) { // else a file the reader opened since is on screen; this one is only kept
            if (!beginningPresented) { // else the beginning went there, and the reader may have moved on since
                frame.place().returnToLastPlace(loaded.article());
            }
            SmokeProbe.mark("shown");
            loaded.problem().ifPresent(p -> ProblemsAtStart.show(viewModel, Notice.problem(p)));
            frame.view().readerView().area().requestFocus();
        }
        if (loaded.toKeep()) {
            // In the store's queue, which starts after the first frame: the copy never delays the first page. A
            // failure there is the queue's to log. A window that only reads (another Margin has the folder) writes
            // nothing there, not even the copy.
            background.answer(queue.run(StoreQueue.Kind.WRITE, s -> heldElsewhere.getAsBoolean()
                            ? Optional.<Notice>empty() : reading.source().keep(loaded, requested.orElseThrow(), s)),
                    notice -> notice.ifPresent(n -> ProblemsAtStart.show(viewModel, n)), loggedByTheQueue -> { });
        }
    }

    /** Reading the article failed as a whole (out of memory, say): the bundled one is shown instead. */
    private void presentFailure(Throwable error) {
        presented = true;
        LOG.log(System.Logger.Level.WARNING, "the article could not be opened", error);
        Notice problem = Notice.problem(messageOf(error));
        bundled.whenRead(fallback -> {
            start.showArticle(fallback); // not over a file the reader opened since
            start.end();
            frame.viewModel().showNotice(problem);
        }, unreadable -> {
            start.end();
            frame.viewModel().showNotice(problem);
        });
    }

    /** A failure in the reader's words. */
    static String messageOf(Throwable error) {
        Throwable t = Failures.causeOf(error);
        if (t instanceof ArticleException ae) {
            return ae.userMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return "The article is too large to open in the memory Margin has ("
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB).";
        }
        return t.getMessage();
    }
}
