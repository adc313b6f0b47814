package app.margin.ui;

import app.margin.TestArticles;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Section;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.find.FindViewModel;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The reader with a 10 MB article (2,000 sections, 50,000 paragraphs): time from asking for the article to
 * the first painted text, time per find keystroke (100 queries typed letter by letter; median and p99,
 * from the keystroke to the frame with the hits drawn), and time to jump to the last section.
 * Not a unit test. Run it headless with:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -cp target/classes:target/test-classes:$(cat cp.txt) app.margin.ui.LargeArticleBenchmark
 * </pre>
 */
public final class LargeArticleBenchmark {

    static final int SECTIONS = 2_000;
    static final int PARAGRAPHS_PER_SECTION = 25;
    static final String[] WORDS = ("military dialogue channel communication escalation stability security "
            + "ukraine russia washington moscow general staff chairman joint chiefs deconfliction airspace maritime "
            + "incident protocol treaty doctrine exercise deterrence alliance sovereignty border corridor prisoner "
            + "exchange intelligence naval missile capability transparency predictability trust miscalculation "
            + "the a of and to in is that it for on with as by at from this be are was were an or not but which")
            .split(" ");

    private LargeArticleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Article article = synthetic(new Random(7));
        long chars = ArticleLayout.of(article).blocks().stream().mapToLong(b -> b.text().length()).sum();
        System.out.printf(Locale.ROOT, "article: %,d sections, %,d paragraphs, %,d characters%n", SECTIONS,
                SECTIONS * PARAGRAPHS_PER_SECTION, chars);
        Path dir = Files.createTempDirectory("margin-large-benchmark");
        AnnotationStore store = StoreOpener.open(dir, Clock.systemUTC()).store();
        ExecutorService background = Executors.newFixedThreadPool(2);
        Platform.startup(() -> { });
        MainView[] view = new MainView[1];
        Scene[] scene = new Scene[1];
        onFx(() -> {
            MainViewModel vm = new MainViewModel(new AnnotationsViewModel(CompletableFuture.completedFuture(store),
                    background, Platform::runLater, Clock.systemUTC()));
            view[0] = TestArticles.mainView(vm, dir, background);
            scene[0] = new Scene(view[0], 1200, 800);
            scene[0].getStylesheets().add(LargeArticleBenchmark.class.getResource("/css/margin.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
        });

        long start = System.nanoTime();
        onFx(() -> view[0].viewModel().showArticle(article));
        paintedWhen(scene[0], () -> !view[0].readerView().area().getVisibleParagraphs().isEmpty());
        System.out.printf(Locale.ROOT, "open to first painted text: %.0f ms%n", (System.nanoTime() - start) / 1e6);

        onFx(() -> view[0].find().open());
        List<String> queries = typedQueries(new Random(11), 100);
        double[] times = new double[queries.size()];
        FindViewModel find = view[0].find().viewModel();
        for (int i = 0; i < queries.size(); i++) {
            String q = queries.get(i);
            long t = System.nanoTime();
            onFx(() -> find.queryProperty().set(q));
            paintedWhen(scene[0], () -> !find.searchingProperty().get());
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "find keystroke (%d queries, 1-12 letters, typed): median %.1f ms, p99 %.1f ms, "
                + "max %.1f ms%n", times.length, times[times.length / 2], times[(int) Math.ceil(times.length * 0.99) - 1],
                times[times.length - 1]);
        onFx(() -> view[0].find().close());

        ArticleLayout layout = ArticleLayout.of(article);
        String last = layout.sectionOrder().get(layout.sectionOrder().size() - 1);
        int lastBlock = layout.blockOf(last);
        long jump = System.nanoTime();
        onFx(() -> view[0].viewModel().reader().jumpToSection(last));
        // Jumps leave a couple of lines of context above the heading: the heading is on screen, near the top.
        paintedWhen(scene[0], () -> view[0].readerView().area().getVisibleParagraphs().size() > 0
                && view[0].readerView().area().firstVisibleParToAllParIndex() <= lastBlock
                && view[0].readerView().area().firstVisibleParToAllParIndex() >= lastBlock - 1
                && view[0].readerView().area().lastVisibleParToAllParIndex() >= lastBlock);
        System.out.printf(Locale.ROOT, "jump to the last section: %.0f ms%n", (System.nanoTime() - jump) / 1e6);

        Platform.exit();
        background.shutdownNow();
        store.close();
        System.exit(0);
    }

    static Article synthetic(Random random) {
        List<Section> sections = new ArrayList<>(SECTIONS);
        for (int s = 0; s < SECTIONS; s++) {
            List<String> paragraphs = new ArrayList<>(PARAGRAPHS_PER_SECTION);
            for (int p = 0; p < PARAGRAPHS_PER_SECTION; p++) {
                paragraphs.add(sentence(random, 25 + random.nextInt(8)));
            }
            sections.add(new Section("s" + s, "Section " + s + ": " + sentence(random, 4), paragraphs, List.of()));
        }
        return new Article("large", "A Large Synthetic Article", null, null, null, List.of(sentence(random, 40)),
                sections, false);
    }

    private static String sentence(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            b.append(i == words - 1 ? "." : (random.nextInt(12) == 0 ? ", " : " "));
        }
        return b.toString();
    }

    /** Queries as typed: every prefix of some words, 1 to 12 letters. */
    private static List<String> typedQueries(Random random, int count) {
        List<String> out = new ArrayList<>();
        while (out.size() < count) {
            String w = WORDS[random.nextInt(WORDS.length)];
            for (int n = 1; n <= Math.min(12, w.length()) && out.size() < count; n++) {
                out.add(w.substring(0, n));
            }
        }
        return out;
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            r.run();
            done.countDown();
        });
        done.await(60, TimeUnit.SECONDS);
    }

    /** Waits until {@code condition} holds after a layout pulse, and then for the next pulse (the painted frame). */
    private static void paintedWhen(Scene scene, BooleanSupplier condition) throws InterruptedException {
        CountDownLatch painted = new CountDownLatch(1);
        boolean[] seen = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (seen[0]) {
                scene.removePostLayoutPulseListener(listener[0]);
                painted.countDown();
            } else if (condition.getAsBoolean()) {
                seen[0] = true;
            }
            Platform.requestNextPulse();
        };
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        if (!painted.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not painted within 120 s");
        }
    }
}
