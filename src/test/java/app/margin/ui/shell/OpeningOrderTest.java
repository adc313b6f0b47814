package app.margin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.article.ArticleImporter;
import app.margin.article.ArticleReader;
import app.margin.article.TestBooks;
import app.margin.library.Library;
import app.margin.model.ArticleLayout;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.library.LibraryViewModel;
import app.margin.ui.queue.StoreQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Opens through the library as the window makes them (File → Open, a drop, a file handed over by a second launch),
 * with the reading and the FX thread's answers run by hand, in the orders a loaded machine can give them.
 */
class OpeningOrderTest {

    @TempDir
    Path dir;

    private AnnotationStore store;
    private MainViewModel vm;
    private LibraryViewModel library;
    private final List<Runnable> reading = new ArrayList<>();
    private final List<Runnable> fx = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        store = StoreOpener.open(dir.resolve("notes"), Clock.systemUTC()).store();
        vm = new MainViewModel(new AnnotationsViewModel(CompletableFuture.completedFuture(store),
                Runnable::run, Runnable::run, Clock.systemUTC()));
        library = new LibraryViewModel(new Library(dir.resolve("lib"), new ArticleReader(), TestArticles::bundled,
                Clock.systemUTC()), new ArticleImporter(), StoreQueue.over(CompletableFuture.completedFuture(null),
                Runnable::run), reading::add, fx::add, vm.libraryViewer(() -> { }), problems::add, m -> { });
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    /** Reads every file asked for; what each reading hands the FX thread waits in {@link #fx}. */
    private void readAll() {
        while (!reading.isEmpty()) {
            reading.remove(0).run();
        }
    }

    /** Runs the FX thread's waiting answers in this order (indexes into {@link #fx} as it is now), then the rest. */
    private void answer(int... order) {
        List<Runnable> waiting = new ArrayList<>(fx);
        fx.clear();
        java.util.Set<Integer> done = new java.util.HashSet<>();
        for (int i : order) {
            done.add(i);
            waiting.get(i).run();
        }
        for (int i = 0; i < waiting.size(); i++) {
            if (!done.contains(i)) {
                waiting.get(i).run();
            }
        }
        while (!fx.isEmpty()) {
            fx.remove(0).run();
        }
    }

    private String shownTitle() {
        return vm.reader().getLayout().article().title();
    }

    /**
     * A long book (its beginning, then its whole) and a short file are asked for one after the other, and their
     * answers come in any order a loaded machine allows: the file asked for last is the one on screen, whole, and
     * nothing is left pending.
     */
    @ParameterizedTest(name = "{0} first, answers {1}")
    @CsvSource({
            "book, 0 1 2", "book, 0 2 1", "book, 2 0 1",
            "file, 0 1 2", "file, 1 0 2", "file, 1 2 0"})
    void theFileAskedForLastIsTheOneShown(String first, String answers) throws Exception {
        Path book = TestBooks.longBook(dir.resolve("long.epub"));
        Path file = Files.writeString(dir.resolve("a.md"), "# Alpha\n\nText.\n");
        boolean bookFirst = first.equals("book");
        library.openFile(bookFirst ? book : file);
        library.openFile(bookFirst ? file : book);
        readAll(); // fx: the first asked's answers, then the second's; the book's beginning before its whole

        assertThat(vm.openingStatusProperty().get()).isEqualTo("Opening…");
        answer(java.util.Arrays.stream(answers.split(" ")).mapToInt(Integer::parseInt).toArray());

        assertThat(shownTitle()).isEqualTo(bookFirst ? "Alpha" : "The Long Book");
        if (!bookFirst) {
            assertThat(vm.reader().getLayout().article().sections()).hasSize(40);
        }
        assertThat(vm.restPendingProperty().get()).isFalse();
        assertThat(vm.openingStatusProperty().get()).isEmpty();
        assertThat(problems).isEmpty();
    }

    /** The book's whole cannot be shown after its beginning was (it does not fit in memory): nothing stays pending. */
    @Test
    void aBookWhoseWholeFailsAfterItsBeginningLeavesNothingPending() {
        int[] layouts = {0};
        vm.layoutOf = article -> {
            if (++layouts[0] == 2) { // the beginning is laid out first, then the whole
                throw new OutOfMemoryError("made in the test");
            }
            return ArticleLayout.of(article);
        };
        library.openFile(TestBooks.longBook(dir.resolve("long.epub")));
        readAll();
        answer();

        assertThat(problems).singleElement().asString().contains("ran out of memory");
        assertThat(vm.restPendingProperty().get()).isFalse();
        assertThat(vm.openingStatusProperty().get()).isEmpty();
    }
}
