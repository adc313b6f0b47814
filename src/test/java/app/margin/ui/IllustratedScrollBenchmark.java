package app.margin.ui;

import app.margin.TestArticles;
import app.margin.article.ArticleImporter;
import app.margin.article.IllustratedBook;
import app.margin.model.Article;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.reader.ReaderView;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualFlow;

/**
 * Frame times while reading issue 22's illustrated book ({@link IllustratedBook}: 60 chapters, 120 figures, a
 * table and a nested list each): Page Down through 100 screens, then 300 notches of the wheel, one step a frame,
 * in a 1200×800 window. An {@link AnimationTimer} sends each step and notes when each pulse starts; a frame's time
 * is the time from one pulse to the next, so it holds the step's CSS, layout, the pictures arriving from their
 * worker and the render (the next pulse waits for the last render), and is never under the pulse period (16.7 ms
 * at JavaFX's 60 Hz). "Layout" is the FX thread's part alone: from the pulse's start to the end of its layout pass.
 * Not a unit test. Headless software rendering (Monocle, {@code -Dprism.order=sw}) paints on the CPU, so its
 * figures are an upper bound of a desktop's GPU rendering. Run it as the other benchmarks are:
 *
 * <pre>
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -cp target/classes:target/test-classes:$(cat cp.txt) app.margin.ui.IllustratedScrollBenchmark
 * </pre>
 */
public final class IllustratedScrollBenchmark {
    static final int PAGE_DOWNS = 100;
    static final int WHEEL_NOTCHES = 300;

    private IllustratedScrollBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("margin-scroll-benchmark");
        Path book = IllustratedBook.write(dir.resolve("illustrated.epub"));
        long read = System.nanoTime();
        Article article = new ArticleImporter().importFile(book);
        System.out.printf(Locale.ROOT, "illustrated book: %.1f MB, read in %.0f ms (first read in this JVM)%n",
                Files.size(book) / 1e6, (System.nanoTime() - read) / 1e6);
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
            scene[0].getStylesheets().add(
                    IllustratedScrollBenchmark.class.getResource("/css/margin.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
        });
        ReadingArea area = view[0].readerView().area();
        long start = System.nanoTime();
        onFx(() -> view[0].viewModel().showArticle(article));
        paintedWhen(scene[0], () -> !area.getVisibleParagraphs().isEmpty());
        System.out.printf(Locale.ROOT, "laid out and first page painted: %.0f ms; %,d paragraphs%n",
                (System.nanoTime() - start) / 1e6, area.getParagraphs().size());

        Node flow = area.getChildrenUnmodifiable().stream().filter(n -> n instanceof VirtualFlow).findFirst()
                .orElseThrow();
        ReaderView reader = view[0].readerView();
        IntConsumer pageDown = i -> Event.fireEvent(area,
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.PAGE_DOWN, false, false, false, false));
        // As the reader gets it: Page Down glides over a few frames (ReadingSettings.smoothScrolling, on by default).
        report("Page Down (glides, each press once the last has ended)", area,
                frames(scene[0], area, PAGE_DOWNS, pageDown, reader::isPageMoving));
        // With motion turned off the page jumps a screen in one frame: every paragraph shown is built anew.
        onFx(() -> view[0].viewModel().settings().smoothScrollingProperty().set(false));
        report("Page Down (jumps, smooth scrolling off)", area,
                frames(scene[0], area, PAGE_DOWNS, pageDown, () -> false));
        report("wheel (3 lines a notch)", area, frames(scene[0], area, WHEEL_NOTCHES, i -> Event.fireEvent(flow,
                new ScrollEvent(ScrollEvent.SCROLL, 600, 400, 600, 400, false, false, false, false, false, false,
                        0, -40, 0, -40, 40, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        ScrollEvent.VerticalTextScrollUnits.LINES, -3, 0, null)), () -> false));

        Platform.exit();
        background.shutdownNow();
        store.close();
        System.exit(0);
    }

    /** What one run of steps measured: each frame's time and its layout part, and the paragraphs passed. */
    private record Frames(double[] frame, double[] layout, int firstParagraph, int lastParagraph) {
    }

    /**
     * Sends {@code steps} steps, one at the start of a pulse whenever {@code moving} says the last one has ended,
     * and times every frame until the last step has ended: a step that glides over several frames counts each.
     */
    private static Frames frames(Scene scene, ReadingArea area, int steps, IntConsumer step,
                                 java.util.function.BooleanSupplier moving) throws Exception {
        int capacity = steps * 60;
        double[] frame = new double[capacity];
        double[] layout = new double[capacity];
        long[] pulseStart = new long[1];
        int[] firstPar = new int[1];
        int[] index = {-1};
        int[] taken = {0};
        CountDownLatch done = new CountDownLatch(1);
        Runnable afterLayout = () -> {
            int i = index[0];
            if (i >= 0 && i < capacity && layout[i] == 0) {
                layout[i] = (System.nanoTime() - pulseStart[0]) / 1e6;
            }
        };
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                int i = index[0];
                if (i >= 0) {
                    frame[i] = (t - pulseStart[0]) / 1e6;
                    if (System.getenv("SLOW_FRAMES") != null && frame[i] > 17.5) {
                        int last = area.lastVisibleParToAllParIndex();
                        System.out.printf(Locale.ROOT, "  slow frame %d: %.1f ms (layout %.1f), paragraphs %d-%d, last"
                                        + " shown: %s%n", i, frame[i], layout[i], area.firstVisibleParToAllParIndex(),
                                last, area.getParagraph(last).getParagraphStyle().classes());
                    }
                }
                boolean busy = moving.getAsBoolean();
                if ((!busy && taken[0] == steps) || i + 1 == capacity) {
                    index[0] = i + 1;
                    stop();
                    done.countDown();
                    return;
                }
                index[0] = i + 1;
                pulseStart[0] = t;
                if (!busy) {
                    step.accept(taken[0]++);
                }
            }
        };
        onFx(() -> {
            firstPar[0] = area.firstVisibleParToAllParIndex();
            scene.addPostLayoutPulseListener(afterLayout);
            timer.start();
        });
        if (!done.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the steps did not end within 300 s");
        }
        int[] lastPar = new int[1];
        onFx(() -> {
            scene.removePostLayoutPulseListener(afterLayout);
            lastPar[0] = area.firstVisibleParToAllParIndex();
        });
        int n = index[0];
        return new Frames(Arrays.copyOf(frame, n), Arrays.copyOf(layout, n), firstPar[0], lastPar[0]);
    }

    private static void report(String what, ReadingArea area, Frames f) {
        double[] frame = f.frame().clone();
        double[] layout = f.layout().clone();
        Arrays.sort(frame);
        Arrays.sort(layout);
        long over = Arrays.stream(frame).filter(t -> t > 17.5).count();
        System.out.printf(Locale.ROOT, "%s, %d steps (paragraph %d to %d of %d): frame p50 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms, %d frames over 17.5 ms; layout p50 %.1f ms, p99 %.1f ms%n", what,
                frame.length, f.firstParagraph(), f.lastParagraph(), area.getParagraphs().size(), pct(frame, 50),
                pct(frame, 99), frame[frame.length - 1], over, pct(layout, 50), pct(layout, 99));
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
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
    private static void paintedWhen(Scene scene, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
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
