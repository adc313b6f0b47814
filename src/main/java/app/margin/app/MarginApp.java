package app.margin.app;

import app.margin.article.ArticleException;
import app.margin.article.ArticleImporter;
import app.margin.article.ArticleReader;
import app.margin.library.Library;
import app.margin.model.Article;
import app.margin.store.AnnotationStore;
import app.margin.store.OpenResult;
import app.margin.store.StoreOpener;
import app.margin.ui.annotations.AnnotationExchange;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.library.LibraryViewModel;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.MainViewModel;
import app.margin.ui.shell.Notice;
import app.margin.ui.queue.StoreQueue;
import app.margin.ui.reader.ReaderDocument;
import app.margin.ui.shell.PositionKeeper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Wires Margin together: options, the background executor, the article, the store, the window.
 * Reading the article and opening the store start in {@link #init()}, in parallel with each other and
 * with building the window; nothing waits for the store before the first frame.
 */
public final class MarginApp extends Application {

    private final Clock clock = Clock.systemUTC();
    private Options options;
    private Path dataDir;
    private ExecutorService background;
    private ArticleReader articleReader;
    private WindowState window;
    private Library library;
    private CompletableFuture<Article> bundledArticle;
    private ArticleSource source;
    private CompletableFuture<Opening> startArticle;
    /** A long book's first chapters, ready to show while the rest of it is read; never completed for others. */
    private final CompletableFuture<ReaderDocument> beginning = new CompletableFuture<>();
    /** Whether the whole start article has been shown (after it, its beginning no longer is). */
    private boolean presented;
    /** Whether its beginning has been shown (once: before the window shows, or after). */
    private boolean beginningPresented;
    private CompletableFuture<OpenResult> storeOpening;
    private MainViewModel viewModel;
    private MainView view;
    private PositionKeeper positions;
    private Stage stage;
    private WindowKeeper windowKeeper;
    /** Files handed over by later launches of Margin; null with --smoke or when the socket could not be made. */
    private LaterLaunches laterLaunches;
    private LibraryViewModel libraryViewModel;
    private app.margin.ui.study.CardQueue cards;
    private StoreQueue queue;
    /** Made once the window is built; until then closing has nothing to keep. */
    private volatile Closing closing;
    /** What the last run kept in files, found (and moved aside) while the store opens. */
    private volatile Optional<String> keptWork = Optional.empty();
    /** A damaged database found at an earlier start that the reader has not yet restored or dismissed. */
    private volatile Optional<DamageNotice.Remembered> unresolvedDamage = Optional.empty();

    @Override
    public void init() throws Exception {
        SmokeProbe.mark("init");
        options = Options.parse(getParameters().getRaw());
        dataDir = options.resolveDataDir(System.getenv(), Path.of(System.getProperty("user.home")));
        if (!options.smoke()) {
            laterLaunches = LaterLaunches.listen(dataDir, options.article()).orElse(null);
        }
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "margin-background");
            t.setDaemon(true);
            return t;
        });
        TerminationSignals.install(this::closeOnSignal);
        background.execute(() -> LogFile.configure(dataDir));
        queue = StoreQueue.create(this::openStoreNow);
        articleReader = new ArticleReader();
        window = WindowState.load(dataDir);
        bundledArticle = CompletableFuture.supplyAsync(() -> {
            try {
                return articleReader.readBundled(ArticleSource.BUNDLED);
            } catch (ArticleException e) {
                throw new CompletionException(e);
            }
        }, background);
        library = new Library(dataDir, articleReader, bundledArticle::join, clock);
        source = new ArticleSource(new ArticleImporter(articleReader), library, bundledArticle::join);
        // Not chained after the bundled article: a file asked for is read alongside it, on the second thread.
        // Laid out and made into the pane's text there too: for a long book that is a fifth of a second the FX
        // thread would otherwise spend before its first frame.
        startArticle = CompletableFuture.supplyAsync(() -> {
            ArticleSource.Loaded loaded = source.load(options.article(), Optional.ofNullable(window.lastArticle()),
                    this::offerBeginning);
            SmokeProbe.mark("read");
            return new Opening(loaded, ReaderDocument.of(loaded.article()));
        }, background);
        storeOpening = new CompletableFuture<>();
    }

    /**
     * Opens the store, as the store queue's first task. Started once the first frame is on screen: sqlite-jdbc's
     * first open (it unpacks its native library) would otherwise compete for the CPU with painting it.
     */
    private AnnotationStore openStoreNow() throws app.margin.store.StoreException {
        try {
            OpenResult result = StoreOpener.open(dataDir, clock);
            keptWork = new UnsavedWork(dataDir, clock).announce();
            DamageNotice damage = new DamageNotice(dataDir);
            if (result.problemKind().orElse(null) == app.margin.store.StoreException.Kind.DAMAGED) {
                try {
                    damage.remember(result.problem().orElseThrow(), result.newestGoodBackup());
                } catch (java.io.IOException e) {
                    System.getLogger("app.margin").log(System.Logger.Level.WARNING,
                            "The damaged-database message could not be kept for the next start: " + e.getMessage());
                }
                unresolvedDamage = Optional.empty();
            } else if (result.problem().isEmpty()) {
                unresolvedDamage = damage.recall();
            }
            storeOpening.complete(result);
            return result.store();
        } catch (app.margin.store.StoreException | RuntimeException | Error e) {
            storeOpening.completeExceptionally(e);
            throw e;
        }
    }

    @Override
    public void start(Stage primaryStage) {
        SmokeProbe.mark("start");
        stage = primaryStage;
        quietRendererRejectionWhileClosing();
        viewModel = new MainViewModel(new AnnotationsViewModel(queue, background, Platform::runLater, clock));
        libraryViewModel = new LibraryViewModel(library, new ArticleImporter(articleReader), queue,
                background, Platform::runLater, viewModel.libraryViewer(() -> view.readerView().area().requestFocus()),
                p -> viewModel.showNotice(Notice.problem(p)),
                m -> viewModel.showNotice(Notice.info(m)));
        AnnotationExchange exchange = new AnnotationExchange(viewModel.annotations(), background, Platform::runLater,
                clock.withZone(java.time.ZoneId.systemDefault()), m -> viewModel.showNotice(Notice.info(m)),
                p -> viewModel.showNotice(Notice.problem(p)));
        view = new MainView(viewModel, background, libraryViewModel, exchange);
        positions = new PositionKeeper(viewModel.reader(), queue, Platform::runLater);
        wireStudy();
        app.margin.ui.search.SearchCatchUp searchCatchUp = new app.margin.ui.search.SearchCatchUp(library, queue,
                background);
        view.setLibrarySearch(queue, searchCatchUp);
        viewModel.settings().apply(window.reading());
        // The page first: the header's buttons, the outline's entries and the status bar's items come once it is
        // on screen (below, after the first frame).
        view.holdBackTools();
        SmokeProbe.mark("scene");
        Scene scene = new Scene(view, window.width(), window.height());
        scene.getStylesheets().add(getClass().getResource("/css/margin.css").toExternalForm());
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.setScene(scene);
        // Dialogs, popovers, menus and tooltips are their own scenes: they follow the window's stylesheet and theme.
        app.margin.ui.theme.ThemedWindows.install(stage, viewModel.settings().themeProperty(),
                scene.getStylesheets().get(0));
        new CloseWithUnsaved(viewModel.annotations(), dataDir.resolve(UnsavedWork.FOLDER)).install(stage);
        windowKeeper = new WindowKeeper(window, stage, view, viewModel, dataDir);
        windowKeeper.apply();
        windowKeeper.track();
        closing = new Closing(view, viewModel, positions, windowKeeper, dataDir, clock, queue, background);
        Runtime.getRuntime().addShutdownHook(new Thread(closing::onShutdown, "margin-shutdown"));
        if (options.smoke()) {
            new SmokeProbe(scene, view).install();
        }
        // The pulse after the one that laid the text out (or found there is none to lay out): its frame is drawn.
        Pulses.afterNextPulse(scene,
                () -> viewModel.reader().getLayout() != null || startArticle.isCompletedExceptionally(), () -> {
            view.showTools();
            queue.startOpening();
            searchCatchUp.start(); // queued after the opening: articles from before the search go into it
        });
        // Reading the article (started in init()) has nearly always finished by now: then it goes in before
        // show(), so the first CSS and layout pass already has the text instead of laying the window out twice.
        boolean ready = startArticle.isDone();
        if (ready) {
            startArticle.whenComplete(this::present);
        } else if (beginning.isDone()) {
            presentBeginning(beginning.join());
        }
        // The native window is first painted in the scene's fill, before JavaFX draws anything: the theme's
        // background (read from the stylesheet, now that CSS is applied) instead of a blank white window.
        javafx.scene.paint.Paint firstPaint = view.themeBackground();
        if (firstPaint != null) {
            scene.setFill(firstPaint);
        }
        stage.show();
        SmokeProbe.mark("show");
        // Keys go to the page from the start (Page Down, Ctrl+D): asked before the window showed, the focus went to
        // the outline, the first control that takes it, and Page Down moved its selection instead of the page.
        view.readerView().area().requestFocus();
        if (!ready) {
            // In this order on the FX thread: a beginning that comes at all comes before the whole book.
            beginning.thenAcceptAsync(this::presentBeginning, Platform::runLater);
            startArticle.whenCompleteAsync(this::present, Platform::runLater);
        }
        if (laterLaunches != null) {
            laterLaunches.deliverTo(stage, libraryViewModel::openFile);
        }
        StoreNotices notices = new StoreNotices(viewModel, windowKeeper, dataDir, clock, background, MarginApp::messageOf);
        notices.afterRestore(searchCatchUp::start);
        storeOpening.whenCompleteAsync((result, error) -> {
            if (error != null) {
                notices.failed(error, kindOf(error));
            } else {
                notices.opened(result, unresolvedDamage, keptWork);
            }
        }, Platform::runLater);
    }

    /** Study cards live in the notes file: card work waits for it to open, and follows a restored backup. */
    private void wireStudy() {
        cards = new app.margin.ui.study.CardQueue(queue, Platform::runLater,
                p -> viewModel.showNotice(Notice.problem(p)));
        view.setStudy(new app.margin.ui.study.Study(cards, new app.margin.model.study.Scheduler(), clock,
                viewModel.settings(), () -> viewModel.reader().getLayout() == null ? null
                        : viewModel.reader().getLayout().article(),
                getClass().getResource("/css/margin.css").toExternalForm(),
                m -> viewModel.showNotice(Notice.info(m))));
    }


    /** The article the window opens with, read and made ready to show. */
    private record Opening(ArticleSource.Loaded loaded, ReaderDocument document) {}

    /**
     * On a reading thread: a long book's first chapters, to be shown while the rest is read. Not when the book is
     * the one read last and it reopens at its saved place: then the whole book is waited for, to open there.
     */
    private void offerBeginning(Article first) {
        if (first.id().equals(window.lastArticle()) && window.lastSection() != null) {
            return;
        }
        beginning.complete(ReaderDocument.of(first));
    }

    private void presentBeginning(ReaderDocument first) {
        if (presented || beginningPresented) {
            return;
        }
        beginningPresented = true;
        viewModel.showBeginning(first);
        view.readerView().area().requestFocus();
    }

    private void present(Opening opening, Throwable error) {
        presented = true;
        if (error != null) {
            // Reading the article failed as a whole (out of memory, say): the bundled one is shown instead.
            System.getLogger("app.margin").log(System.Logger.Level.WARNING, "the article could not be opened", error);
            Article bundled = bundledArticle.isCompletedExceptionally() ? null : bundledArticle.getNow(null);
            if (bundled != null) {
                viewModel.showArticle(bundled);
            }
            viewModel.showNotice(Notice.problem(messageOf(error)));
            return;
        }
        ArticleSource.Loaded loaded = opening.loaded();
        if (!viewModel.showArticle(opening.document())) {
            Article bundled = bundledArticle.getNow(null);
            if (bundled != null && bundled != loaded.article()) {
                Notice tooLarge = viewModel.noticeProperty().get();
                viewModel.showArticle(bundled);
                viewModel.showNotice(tooLarge);
            }
            return;
        }
        windowKeeper.returnToLastPlace(loaded.article());
        SmokeProbe.mark("shown");
        loaded.problem().ifPresent(p -> viewModel.showNotice(Notice.problem(p)));
        view.readerView().area().requestFocus();
        if (loaded.toKeep()) {
            // In the store's queue, which starts after the first frame: the copy never delays the first page.
            queue.run(app.margin.ui.queue.StoreQueue.Kind.WRITE, s -> source.keep(loaded, options.article().orElseThrow()))
                    .thenAcceptAsync(notice -> notice.ifPresent(viewModel::showNotice), Platform::runLater);
        }
    }

    private static app.margin.store.StoreException.Kind kindOf(Throwable error) {
        return app.margin.ui.queue.Failures.causeOf(error) instanceof app.margin.store.StoreException se ? se.kind() : null;
    }

    private static String messageOf(Throwable error) {
        Throwable t = app.margin.ui.queue.Failures.causeOf(error);
        if (t instanceof ArticleException ae) {
            return ae.userMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return "The article is too large to open in the memory Margin has ("
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB).";
        }
        return t.getMessage();
    }

    @Override
    public void stop() {
        if (laterLaunches != null) {
            laterLaunches.close();
        }
        if (view != null && view.study() != null) {
            view.study().close();
        }
        if (cards != null) {
            try {
                cards.awaitIdle(2000); // a review or new card still being written goes in before the file closes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Closing c = closing;
        if (c != null) {
            c.onStop();
        }
    }

    /** On the signal's thread; before the window is built there is nothing to keep. */
    private void closeOnSignal() {
        if (laterLaunches != null) {
            laterLaunches.close();
        }
        Closing c = closing;
        if (c != null) {
            c.onSignal();
        }
    }

    /**
     * After a signal, once Margin has closed, the JVM exits and JavaFX's shutdown hook stops the renderer while the FX
     * thread may still run a pulse (the tools coming in just after the window shows, say): the frame it hands over is
     * rejected. That rejection, once closing has begun, is the toolkit going away, not a fault: it is logged, not
     * printed as a stack trace (seen once in CI's early-close run). Anything else goes to the handler there was.
     */
    private void quietRendererRejectionWhileClosing() {
        Thread fx = Thread.currentThread();
        Thread.UncaughtExceptionHandler previous = fx.getUncaughtExceptionHandler();
        fx.setUncaughtExceptionHandler((thread, e) -> {
            Closing c = closing;
            if (c != null && c.hasStarted() && e instanceof java.util.concurrent.RejectedExecutionException) {
                System.getLogger("app.margin").log(System.Logger.Level.INFO,
                        "a frame was drawn as the toolkit went away after closing: " + e.getMessage());
                return;
            }
            previous.uncaughtException(thread, e);
        });
    }

}
