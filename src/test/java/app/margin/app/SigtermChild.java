package app.margin.app;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.ui.shell.MainView;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * For {@link SigtermTest}: runs Margin headless on a data folder, makes a highlight and types its note into
 * the open editor (not yet saved: the save waits for a pause in typing), prints "READY", and waits to be
 * ended by the system.
 */
public final class SigtermChild {

    static final String TYPED = "typed a moment before the system ended Margin";

    private SigtermChild() {
    }

    public static void main(String[] args) throws Exception {
        Thread app = new Thread(() -> Application.launch(MarginApp.class, "--data-dir", args[0]), "app");
        app.start();
        MainView view = null;
        for (int i = 0; i < 600 && view == null; i++) {
            Thread.sleep(50);
            view = onFx(SigtermChild::findView);
        }
        MainView v = view;
        for (int i = 0; i < 600 && !onFx(() -> v.viewModel().annotations().loadedProperty().get()); i++) {
            Thread.sleep(50);
        }
        String id = onFx(() -> {
            ArticleLayout layout = v.viewModel().reader().getLayout();
            int block = layout.blockOf(Article.LEAD_SECTION_ID, 0);
            Note n = v.viewModel().annotations().addHighlight(block, 0, 12, HighlightColor.GREEN).orElseThrow();
            v.popovers().showEditor(n, 100, 100);
            v.popovers().editor().orElseThrow().textArea().setText(TYPED);
            return n.id();
        });
        System.out.println("READY " + id);
        System.out.flush();
        app.join();
    }

    private static MainView findView() {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof MainView mv
                    && mv.viewModel().reader().getLayout() != null) {
                return mv;
            }
        }
        return null;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                try {
                    result.complete(work.call());
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (IllegalStateException toolkitNotStarted) {
            return null;
        }
        return result.get(30, TimeUnit.SECONDS);
    }
}
