package app.margin.ui;

import app.margin.TestArticles;
import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * How long the reading pane takes to show the bundled article with 10,000 highlights: from asking for the
 * article until the frame with every highlight drawn. Not a unit test. Run it headless with:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -cp target/classes:target/test-classes:$(cat cp.txt) app.margin.ui.PaneBenchmark
 * </pre>
 *
 * or without the -D options under a real display. The store's own figures (load all, add one) come from
 * {@code app.margin.store.StoreBenchmark}.
 */
public final class PaneBenchmark {

    static final int NOTES = 10_000;

    private PaneBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("margin-pane-benchmark");
        Article article = TestArticles.bundled();
        ArticleLayout layout = ArticleLayout.of(article);
        seed(dir, layout);
        AnnotationStore store = StoreOpener.open(dir, Clock.systemUTC()).store();
        var background = Executors.newFixedThreadPool(2);
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            MainViewModel vm = new MainViewModel(new AnnotationsViewModel(CompletableFuture.completedFuture(store),
                    background, Platform::runLater, Clock.systemUTC()));
            MainView view = TestArticles.mainView(vm, dir, background);
            Stage stage = new Stage();
            Scene scene = new Scene(view, 1200, 800);
            scene.getStylesheets().add(PaneBenchmark.class.getResource("/css/margin.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            long start = System.nanoTime();
            vm.showArticle(article);
            long[] loaded = {0};
            scene.addPostLayoutPulseListener(() -> {
                if (loaded[0] == 0 && vm.annotations().notes().size() == NOTES) {
                    loaded[0] = System.nanoTime();
                    Platform.requestNextPulse();
                } else if (loaded[0] != 0 && done.getCount() > 0) {
                    long end = System.nanoTime();
                    System.out.printf(Locale.ROOT, "pane with %,d highlights: notes in the view model after %.1f ms, "
                            + "drawn after %.1f ms%n", NOTES, (loaded[0] - start) / 1e6, (end - start) / 1e6);
                    done.countDown();
                }
            });
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            System.out.println("pane benchmark: the highlights were not drawn within 120 s");
        }
        Platform.exit();
        background.shutdownNow();
        store.close();
        System.exit(0);
    }

    /** 10,000 highlights of 3 to 40 characters at random places of the article's paragraphs. */
    private static void seed(Path dir, ArticleLayout layout) throws Exception {
        List<Block> paragraphs = layout.blocks().stream().filter(Block::isParagraph).toList();
        Random random = new Random(42);
        HighlightColor[] colours = HighlightColor.values();
        try (AnnotationStore store = StoreOpener.open(dir, Clock.systemUTC()).store()) {
            for (int i = 0; i < NOTES; i++) {
                Block b = paragraphs.get(random.nextInt(paragraphs.size()));
                int start = random.nextInt(b.text().length() - 41);
                int end = start + 3 + random.nextInt(38);
                Instant now = Instant.now();
                store.saveNote(new Note(UUID.randomUUID().toString(), layout.article().id(), "bench",
                        NoteKind.HIGHLIGHT, Anchor.passage(b.sectionId(), b.paragraphIndex(), b.text(), start, end),
                        colours[i % colours.length], i % 3 == 0 ? "note " + i : "", List.of(), now, now));
            }
        }
    }
}
