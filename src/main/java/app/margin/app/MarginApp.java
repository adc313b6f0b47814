package app.margin.app;

import app.margin.article.ArticleException;
import app.margin.article.ArticleReader;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.MainViewModel;
import app.margin.ui.shell.Notice;
import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Wires Margin together: options, the background executor, the article, the window. Reading the
 * article starts in {@link #init()}, before the window is built, so it overlaps building the UI.
 */
public final class MarginApp extends Application {

    private Options options;
    private ExecutorService background;
    private ArticleReader articleReader;
    private CompletableFuture<ArticleSource.Loaded> startArticle;

    @Override
    public void init() throws Exception {
        options = Options.parse(getParameters().getRaw());
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "margin-background");
            t.setDaemon(true);
            return t;
        });
        articleReader = new ArticleReader();
        ArticleSource source = new ArticleSource(articleReader);
        startArticle = CompletableFuture.supplyAsync(() -> {
            try {
                return source.load(options.article());
            } catch (ArticleException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, background);
    }

    @Override
    public void start(Stage stage) {
        MainViewModel viewModel = new MainViewModel();
        MainView view = new MainView(viewModel, openArticle(viewModel));
        Scene scene = new Scene(view, 1100, 760);
        scene.getStylesheets().add(getClass().getResource("/css/margin.css").toExternalForm());
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.setScene(scene);
        if (options.smoke()) {
            new SmokeProbe(scene, view).install();
        }
        stage.show();
        startArticle.whenCompleteAsync((loaded, error) -> {
            if (error != null) {
                viewModel.showNotice(Notice.problem(messageOf(error)));
                return;
            }
            viewModel.showArticle(loaded.article());
            loaded.problem().ifPresent(p -> viewModel.showNotice(Notice.problem(p)));
            view.readerView().area().requestFocus();
        }, Platform::runLater);
    }

    private java.util.function.Consumer<File> openArticle(MainViewModel viewModel) {
        return file -> {
            Task<app.margin.model.Article> task = new Task<>() {
                @Override
                protected app.margin.model.Article call() throws ArticleException {
                    return articleReader.read(file.toPath());
                }
            };
            task.setOnSucceeded(e -> {
                viewModel.dismissNotice();
                viewModel.showArticle(task.getValue());
            });
            task.setOnFailed(e -> viewModel.showNotice(Notice.problem(messageOf(task.getException()))));
            background.execute(task);
        };
    }

    private static String messageOf(Throwable error) {
        Throwable t = error;
        while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ArticleException ae) {
            return ae.userMessage();
        }
        return "Margin could not open the article: " + t.getMessage();
    }

    @Override
    public void stop() {
        background.shutdown();
    }
}
