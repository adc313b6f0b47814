package app.margin;

import app.margin.article.ArticleException;
import app.margin.article.ArticleReader;
import app.margin.model.Article;
import app.margin.model.Section;
import java.util.ArrayList;
import java.util.List;

/** Articles for tests: the bundled one, and small made-up ones. */
public final class TestArticles {
    public static final String BUNDLED = "/articles/us-russia-military-talks.json";

    private TestArticles() {
    }

    public static Article bundled() {
        try {
            return new ArticleReader().readBundled(BUNDLED);
        } catch (ArticleException e) {
            throw new AssertionError(e.userMessage(), e);
        }
    }

    /** The main window's view for tests, with a library in {@code dataDir} and work run where it is asked. */
    public static app.margin.ui.shell.MainView mainView(app.margin.ui.shell.MainViewModel vm, java.nio.file.Path dataDir,
            java.util.concurrent.Executor background) {
        var library = new app.margin.library.Library(dataDir, new ArticleReader(), TestArticles::bundled,
                java.time.Clock.systemUTC());
        var libraryViewModel = new app.margin.ui.library.LibraryViewModel(library,
                new app.margin.article.ArticleImporter(),
                app.margin.ui.queue.StoreQueue.over(java.util.concurrent.CompletableFuture.completedFuture(null),
                        background),
                background, javafx.application.Platform::runLater, vm.libraryViewer(() -> { }),
                p -> vm.showNotice(app.margin.ui.shell.Notice.problem(p)),
                m -> vm.showNotice(app.margin.ui.shell.Notice.info(m)));
        var exchange = new app.margin.ui.annotations.AnnotationExchange(vm.annotations(), background,
                javafx.application.Platform::runLater, java.time.Clock.systemUTC(),
                m -> vm.showNotice(app.margin.ui.shell.Notice.info(m)),
                p -> vm.showNotice(app.margin.ui.shell.Notice.problem(p)));
        return new app.margin.ui.shell.MainView(vm,
                new app.margin.ui.queue.Background(background, javafx.application.Platform::runLater), libraryViewModel,
                exchange);
    }

    /**
     * A main window for view tests, set in {@code stage} and not yet shown: a fresh notes store and library in
     * folders of their own under {@code dataDir}, work run where it is asked, Margin's stylesheet, 1000×700.
     */
    public static app.margin.ui.shell.MainView mainWindow(javafx.stage.Stage stage, java.nio.file.Path dataDir)
            throws app.margin.store.StoreException, java.io.IOException {
        var store = java.util.concurrent.CompletableFuture.completedFuture(app.margin.store.StoreOpener.open(
                java.nio.file.Files.createTempDirectory(dataDir, "d"), java.time.Clock.systemUTC()).store());
        var vm = new app.margin.ui.shell.MainViewModel(new app.margin.ui.annotations.AnnotationsViewModel(store,
                Runnable::run, javafx.application.Platform::runLater, java.time.Clock.systemUTC()));
        var view = mainView(vm, java.nio.file.Files.createTempDirectory(dataDir, "lib"), Runnable::run);
        javafx.scene.Scene scene = new javafx.scene.Scene(view, 1000, 700);
        scene.getStylesheets().add(TestArticles.class.getResource("/css/margin.css").toExternalForm());
        stage.setScene(scene);
        return view;
    }

    /** A small article file's JSON: one section with one paragraph. */
    public static String json(String id, String title) {
        return "{\"schemaVersion\": 1, \"id\": \"" + id + "\", \"title\": \"" + title + "\", \"lead\": [],"
                + " \"sections\": [{\"id\": \"s\", \"title\": \"S\", \"paragraphs\": [\"Text of " + title
                + ".\"]}], \"truncated\": false}";
    }

    /** An article of {@code sections} sections with {@code paragraphs} paragraphs each. */
    public static Article synthetic(int sections, int paragraphs) {
        List<Section> list = new ArrayList<>();
        for (int s = 0; s < sections; s++) {
            List<String> ps = new ArrayList<>();
            for (int p = 0; p < paragraphs; p++) {
                ps.add("Section " + s + " paragraph " + p + ". Lorem ipsum dolor sit amet, consectetur "
                        + "adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.");
            }
            list.add(new Section("s" + s, "Heading " + s, ps, List.of()));
        }
        return new Article("synthetic", "Synthetic", null, null, null, List.of("Lead."), list, false);
    }
}
