package app.margin.app;

import app.margin.article.ArticleImporter;
import app.margin.article.ArticleReader;
import app.margin.library.Library;
import app.margin.model.study.Scheduler;
import app.margin.ui.annotations.AnnotationExchange;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.library.LibraryViewModel;
import app.margin.ui.queue.Background;
import app.margin.ui.queue.StoreQueue;
import app.margin.ui.search.SearchCatchUp;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.MainViewModel;
import app.margin.ui.shell.Notice;
import app.margin.ui.shell.PositionKeeper;
import app.margin.ui.study.CardQueue;
import app.margin.ui.study.Study;
import app.margin.ui.theme.ThemedWindows;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Wires Margin together: options, the worker threads, the article, the store, the window. The order in which
 * things start is {@link StartUp}'s; opening the store is {@link StoreOpening}'s; closing is {@link Closing}'s.
 */
public final class MarginApp extends Application {

    private final Clock clock = Clock.systemUTC();
    private Options options;
    private Path dataDir;
    /** The app's worker threads: its own, shut down by {@link Closing}. */
    private ExecutorService workers;
    /** The one way to the worker threads and back to the FX thread. */
    private Background background;
    private ArticleReader articleReader;
    private WindowState window;
    private Library library;
    private StoreOpening storeOpening;
    private StoreQueue queue;
    private StartUp startUp;
    /** Files handed over by later launches of Margin; null with --smoke or when the socket could not be made. */
    private LaterLaunches laterLaunches;
    private MainView view;
    /** Made once the window is built; until then closing has nothing to keep. */
    private volatile Closing closing;

    @Override
    public void init() throws Exception {
        SmokeProbe.mark("init");
        options = Options.parse(getParameters().getRaw());
        dataDir = options.resolveDataDir(System.getenv(), Path.of(System.getProperty("user.home")));
        workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "margin-background");
            t.setDaemon(true);
            return t;
        });
        background = new Background(workers, Platform::runLater);
        if (!options.smoke()) {
            laterLaunches = LaterLaunches.listen(dataDir, new InstanceChannel.Request(options.article(),
                    options.link()), background, System.out, () -> System.exit(0)).orElse(null);
        }
        TerminationSignals.install(this::closeOnSignal);
        background.execute(() -> LogFile.configure(dataDir));
        storeOpening = new StoreOpening(dataDir, clock);
        queue = StoreQueue.create(storeOpening::open);
        articleReader = new ArticleReader();
        window = WindowState.load(dataDir);
        startUp = new StartUp(options.article(), window, background, queue, storeOpening::heldElsewhere);
        BundledArticle bundled = startUp.readBundled(articleReader);
        library = new Library(dataDir, articleReader, bundled::get, clock);
        startUp.readStartArticle(new ArticleSource(new ArticleImporter(articleReader), library, bundled::get));
    }

    @Override
    public void start(Stage stage) {
        SmokeProbe.mark("start");
        QuietRendererRejection.install(() -> {
            Closing c = closing;
            return c != null && c.hasStarted();
        });
        MainViewModel viewModel = new MainViewModel(new AnnotationsViewModel(queue, background.worker(),
                background.fx(), clock));
        LibraryViewModel libraryViewModel = new LibraryViewModel(library, new ArticleImporter(articleReader), queue,
                background.worker(), background.fx(),
                viewModel.libraryViewer(() -> view.readerView().area().requestFocus()),
                p -> viewModel.showNotice(Notice.problem(p)),
                m -> viewModel.showNotice(Notice.info(m)));
        AnnotationExchange exchange = new AnnotationExchange(viewModel.annotations(), background.worker(),
                background.fx(), clock.withZone(ZoneId.systemDefault()), m -> viewModel.showNotice(Notice.info(m)),
                p -> viewModel.showNotice(Notice.problem(p)), () -> libraryArticles(library));
        view = new MainView(viewModel, background, libraryViewModel, exchange);
        view.readerView().setBrowser(address -> getHostServices().showDocument(address));
        PositionKeeper positions = new PositionKeeper(viewModel.reader(), queue, background.fx());
        wireStudy(viewModel);
        SearchCatchUp searchCatchUp = new SearchCatchUp(library, queue, background.worker());
        view.later().setLibrarySearch(queue, searchCatchUp);
        viewModel.settings().apply(window.reading());

        Scene scene = startUp.pageFirst(view, stylesheet());
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.setScene(scene);
        // Dialogs, popovers, menus and tooltips are their own scenes: they follow the window's stylesheet and theme.
        ThemedWindows.install(stage, viewModel.settings().themeProperty(), scene.getStylesheets().get(0));
        new CloseWithUnsaved(viewModel.annotations(), dataDir.resolve(UnsavedWork.FOLDER)).install(stage);
        WindowKeeper windowKeeper = new WindowKeeper(window, stage, view, viewModel, dataDir);
        windowKeeper.apply();
        windowKeeper.track();
        closing = new Closing(view, viewModel, positions, windowKeeper, dataDir, clock, queue, background, workers);
        Runtime.getRuntime().addShutdownHook(new Thread(closing::onShutdown, "margin-shutdown"));
        if (options.smoke()) {
            new SmokeProbe(scene, view).install();
        }
        // A margin:// link given at start is followed once the start article is shown and the store is opening.
        startUp.show(new StartUp.Frame(stage, view, viewModel, windowKeeper), () -> {
            searchCatchUp.start();
            options.link().ifPresent(view.later()::openLink);
        });

        if (laterLaunches != null) {
            laterLaunches.deliverTo(stage, libraryViewModel::openFile, view.later()::openLink);
        }
        StoreNotices notices = new StoreNotices(viewModel, windowKeeper, dataDir, clock, background,
                StartUp::messageOf);
        notices.afterRestore(searchCatchUp::start);
        notices.watchUnreadableRows(viewModel.annotations(), queue);
        storeOpening.answerTo(background, notices);
    }

    /** Study cards live in the notes file: card work waits for it to open, and follows a restored backup. */
    private void wireStudy(MainViewModel viewModel) {
        CardQueue cards = new CardQueue(queue, background.fx(), p -> viewModel.showNotice(Notice.problem(p)));
        // The study day starts at the hour the reading settings say (4 am unless changed), in the local time zone.
        Supplier<Scheduler> scheduler = () -> new Scheduler(new app.margin.model.study.DayBoundary(
                java.time.ZoneId.systemDefault(), viewModel.settings().dayStartsAtProperty().get()));
        Study study = new Study(cards, scheduler, clock, viewModel.settings(),
                () -> viewModel.reader().getLayout() == null ? null : viewModel.reader().getLayout().article(),
                stylesheet(), m -> viewModel.showNotice(Notice.info(m)));
        // A session opened from the Library reads its article's section titles in the background; an unreadable
        // article leaves its section-note cards asking with their note.
        study.setSectionTitlesOf((id, done) -> background.run(
                () -> app.margin.exchange.AnkiExport.sectionTitles(library.open(id)), done, failed -> { }));
        view.later().setStudy(study);
    }

    private String stylesheet() {
        return getClass().getResource("/css/margin.css").toExternalForm();
    }

    /**
     * On the FX thread. Card work still being written (a review, a new card) is a write in the store's queue:
     * closing the queue runs it before the file closes, so nothing here waits for it.
     */
    @Override
    public void stop() {
        if (laterLaunches != null) {
            laterLaunches.close();
        }
        if (view != null && view.later().study() != null) {
            view.later().study().close();
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

    /** The library's readable articles, which another reader's books are matched to by title; read when asked. */
    private static java.util.List<app.margin.exchange.readers.LibraryArticle> libraryArticles(Library library)
            throws java.io.IOException {
        java.util.List<app.margin.exchange.readers.LibraryArticle> out = new java.util.ArrayList<>();
        for (app.margin.library.LibraryEntry entry : library.entries(java.util.Map.of())) {
            if (entry.problem() == null) {
                out.add(new app.margin.exchange.readers.LibraryArticle(entry.id(), entry.title(), "",
                        () -> library.open(entry)));
            }
        }
        return out;
    }
}
