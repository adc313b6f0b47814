package app.margin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.article.ArticleImporter;
import app.margin.article.ArticleReader;
import app.margin.library.Library;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.library.LibraryViewModel;
import app.margin.ui.queue.StoreQueue;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seen once on a loaded machine: "Opening…" stayed in the status bar after the book was on screen. The label's
 * state was a binding the status bar held only while its 300 ms pause ran: a collection after the label showed
 * took the binding, and nothing hid the label again. Here the collection is made to happen at that moment.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningLabelTest {

    @TempDir
    static Path dir;

    private final ConcurrentLinkedQueue<Runnable> reading = new ConcurrentLinkedQueue<>();
    private AnnotationStore store;
    private LibraryViewModel library;
    private StatusBar bar;

    @Start
    void start(Stage stage) throws Exception {
        store = StoreOpener.open(Files.createTempDirectory(dir, "notes"), Clock.systemUTC()).store();
        MainViewModel vm = new MainViewModel(new AnnotationsViewModel(CompletableFuture.completedFuture(store),
                Runnable::run, Platform::runLater, Clock.systemUTC()));
        library = new LibraryViewModel(new Library(Files.createTempDirectory(dir, "lib"), new ArticleReader(),
                TestArticles::bundled, Clock.systemUTC()), new ArticleImporter(),
                StoreQueue.over(CompletableFuture.completedFuture(null), Runnable::run), reading::add,
                Platform::runLater, vm.libraryViewer(() -> { }), p -> { }, m -> { });
        bar = new StatusBar(vm);
        stage.setScene(new Scene(bar, 800, 40));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void openingGoesWhenTheFileIsShownThoughACollectionCameBetween(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), "# Alpha\n\nText.\n");
        Node label = robot.lookup(".opening").query();

        robot.interact(() -> library.openFile(file)); // its reading waits in the queue: a slow open
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, label::isVisible);
        collectGarbage();
        Runnable work;
        while ((work = reading.poll()) != null) {
            work.run();
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label.isVisible()).as("the label once the file is shown").isFalse();
    }

    /** Until an object nothing holds has gone, so that what only weak references hold has gone too. */
    private static void collectGarbage() {
        WeakReference<Object> probe = new WeakReference<>(new Object());
        List<byte[]> pressure = new ArrayList<>();
        for (int i = 0; i < 50 && probe.get() != null; i++) {
            System.gc();
            pressure.add(new byte[1 << 16]);
        }
        assertThat(probe.get()).as("a collection happened").isNull();
    }
}
