package app.margin.ui;

import app.margin.TestArticles;
import app.margin.article.ArticleReader;
import app.margin.model.Article;
import app.margin.store.StoreOpener;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.MainViewModel;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * For {@link LargestArticleTest}, in a JVM with the shipped heap: writes two articles as large as the loader
 * accepts (32 MiB, as many paragraphs as allowed), reads each with the real loader and shows it in the window,
 * the second while the first is open. Prints "OPENED" and exits 0 if both were shown, else exits 1.
 */
public final class LargestArticleChild {

    private LargestArticleChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        ArticleReader reader = new ArticleReader();
        Path first = writeLargest(dir.resolve("first.json"), "first", reader.limits());
        Path second = writeLargest(dir.resolve("second.json"), "second", reader.limits());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        var store = StoreOpener.open(dir.resolve("data"), Clock.systemUTC()).store();
        MainViewModel vm = onFx(() -> new MainViewModel(new AnnotationsViewModel(
                CompletableFuture.completedFuture(store), Runnable::run, Platform::runLater, Clock.systemUTC())));
        onFx(() -> {
            MainView view = TestArticles.mainView(vm, dir.resolve("data"), Runnable::run);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1000, 700));
            stage.show();
            return null;
        });
        boolean ok = true;
        for (Path file : new Path[] {first, second}) {
            Article article = reader.read(file);
            boolean shown = onFx(() -> vm.showArticle(article));
            // Two pulses: the pane lays the new text out and paints it.
            onFx(() -> null);
            onFx(() -> null);
            boolean showing = onFx(() -> vm.reader().getLayout().article().id().equals(article.id()));
            Runtime rt = Runtime.getRuntime();
            long used = rt.totalMemory() - rt.freeMemory();
            System.gc();
            System.out.printf("%s: shown %s, heap used %d MiB (%d MiB live after a GC) of %d MiB%n", article.id(),
                    shown && showing, used >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            ok &= shown && showing;
        }
        System.out.println(ok ? "OPENED" : "NOT OPENED");
        System.out.flush();
        Runtime.getRuntime().halt(ok ? 0 : 1);
    }

    /** An article at the limits: 32 MiB, and as many paragraphs and headings as allowed. */
    static Path writeLargest(Path file, String id, ArticleReader.Limits limits) throws Exception {
        int perSection = 999;
        int sections = limits.maxParagraphs() / (perSection + 1);
        int paragraphs = sections * perSection;
        int length = (int) ((limits.maxFileBytes() - 64L * 1024) / paragraphs) - 4;
        String words = "the reader studies what she reads and keeps notes in the margin of every page ";
        StringBuilder p = new StringBuilder();
        while (p.length() < length) {
            p.append(words);
        }
        String text = p.substring(0, length - 1) + ".";
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"schemaVersion\":1,\"id\":\"" + id + "\",\"title\":\"" + id + "\",\"lead\":[],\"sections\":[");
            for (int s = 0; s < sections; s++) {
                out.write((s == 0 ? "" : ",") + "{\"id\":\"s" + s + "\",\"title\":\"Section " + s + "\",\"paragraphs\":[");
                for (int i = 0; i < perSection; i++) {
                    out.write((i == 0 ? "\"" : ",\n\"") + text + "\"");
                }
                out.write("]}");
            }
            out.write("],\"truncated\":false}");
        }
        return file;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }
}
