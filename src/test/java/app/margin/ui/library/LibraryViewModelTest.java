package app.margin.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.article.ArticleImporter;
import app.margin.article.ArticleReader;
import app.margin.library.Library;
import app.margin.library.LibraryEntry;
import app.margin.model.Article;
import app.margin.model.ReadingPosition;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryViewModelTest {

    @TempDir
    Path dir;

    private final List<Article> shown = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private LibraryViewModel viewModel(Path dataDir, AtomicReference<AnnotationStore> store) {
        Library library = new Library(dataDir, new ArticleReader(), TestArticles::bundled, Clock.systemUTC());
        return new LibraryViewModel(library, new ArticleImporter(), store::get, Runnable::run, Runnable::run,
                shown::add, problems::add);
    }

    @Test
    void openedMarkdownIsShownAndListedInTheLibrary() throws Exception {
        Path md = Files.writeString(dir.resolve("a.md"), "# Alpha\n\nText.\n");
        LibraryViewModel vm = viewModel(dir.resolve("data"), new AtomicReference<>());

        vm.openFile(md);
        vm.refresh();

        assertThat(shown).extracting(Article::title).containsExactly("Alpha");
        assertThat(vm.entries()).extracting(LibraryEntry::title).contains("Alpha", TestArticles.bundled().title());
    }

    @Test
    void unreadableFileIsAProblemAndTheLibraryStaysAsItWas() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{");
        LibraryViewModel vm = viewModel(dir.resolve("data"), new AtomicReference<>());

        vm.openFile(bad);
        vm.refresh();

        assertThat(shown).isEmpty();
        assertThat(problems).singleElement().asString().contains("bad.json").endsWith("Nothing in your library changed.");
        assertThat(vm.entries()).hasSize(1);
    }

    @Test
    void anEpubNamedHtmlAndABookWithoutASpineChangeNothingAndNameTheFile() throws Exception {
        Path book = Path.of(getClass().getResource("/formats/lighthouse-epub3.epub").toURI());
        Path misnamed = Files.copy(book, dir.resolve("book.html"));
        Path broken = Files.write(dir.resolve("broken.epub"), java.util.Arrays.copyOf(Files.readAllBytes(book), 900));
        LibraryViewModel vm = viewModel(dir.resolve("data"), new AtomicReference<>());

        vm.openFile(misnamed);
        vm.openFile(broken);
        vm.refresh();

        assertThat(shown).isEmpty();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("book.html: this is a zip file, an EPUB book, not a web page")
                .endsWith("Nothing in your library changed.");
        assertThat(problems.get(1)).startsWith("broken.epub: the book is not a readable zip file");
        assertThat(vm.entries()).hasSize(1);
        assertThat(dir.resolve("data").resolve(Library.FOLDER)).doesNotExist();
    }

    @Test
    void anEpubIsShownKeptInTheLibraryAndAPageShownWholeSaysSo() throws Exception {
        Path book = Path.of(getClass().getResource("/formats/lighthouse-epub3.epub").toURI());
        Path menu = Files.writeString(dir.resolve("menu.html"), "<html><body><ul><li>One</li></ul></body></html>");
        LibraryViewModel vm = viewModel(dir.resolve("data"), new AtomicReference<>());

        vm.openFile(book);
        vm.openFile(menu);
        vm.refresh();

        assertThat(shown).extracting(Article::title).containsExactly("The Lighthouse Keeper", "menu");
        assertThat(problems).singleElement().asString().contains("menu.html", "shows the whole page");
        assertThat(vm.entries()).extracting(LibraryEntry::title).contains("The Lighthouse Keeper", "menu");
    }

    @Test
    void choosingAFileReadiesTheReadersOnceInTheBackground() {
        List<Runnable> background = new ArrayList<>();
        Library library = new Library(dir.resolve("data"), new ArticleReader(), TestArticles::bundled, Clock.systemUTC());
        LibraryViewModel vm = new LibraryViewModel(library, new ArticleImporter(), () -> null, background::add,
                Runnable::run, shown::add, problems::add);

        vm.prepareToOpen();
        vm.prepareToOpen();
        background.forEach(Runnable::run);

        assertThat(background).hasSize(1);
        assertThat(shown).isEmpty();
        assertThat(problems).isEmpty();
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void progressComesFromTheStoreInUseNowAfterItWasReplaced() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        AtomicReference<AnnotationStore> store = new AtomicReference<>(StoreOpener.open(first, Clock.systemUTC()).store());
        LibraryViewModel vm = viewModel(first, store);
        String id = TestArticles.bundled().id();
        try (AnnotationStore replacement = StoreOpener.open(second, Clock.systemUTC()).store()) {
            replacement.saveReadingPosition(new ReadingPosition(id, "s", 0, 0.75));
            store.get().close();
            store.set(replacement);

            vm.refresh();

            assertThat(problems).isEmpty();
            assertThat(vm.entries().get(0).activity().fraction()).isEqualTo(0.75);
        }
    }
}
