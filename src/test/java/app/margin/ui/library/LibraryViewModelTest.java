package app.margin.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.article.ArticleImporter;
import app.margin.article.ArticleReader;
import app.margin.library.Library;
import app.margin.library.LibraryEntry;
import app.margin.article.TestBooks;
import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.ReadingPosition;
import app.margin.store.AnnotationStore;
import app.margin.store.LibrarySearch;
import app.margin.store.StoreOpener;
import app.margin.ui.queue.StoreQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryViewModelTest {

    @TempDir
    Path dir;

    private final List<Article> shown = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();

    private LibraryViewModel viewModel(Path dataDir, StoreQueue queue) {
        Library library = new Library(dataDir, new ArticleReader(), TestArticles::bundled, Clock.systemUTC());
        return new LibraryViewModel(library, new ArticleImporter(), queue, Runnable::run, Runnable::run,
                LibraryViewModel.Viewer.showing(shown::add), problems::add, infos::add);
    }

    private static StoreQueue noStore() {
        return StoreQueue.over(CompletableFuture.completedFuture(null), Runnable::run);
    }

    @Test
    void openedMarkdownIsShownAndListedInTheLibrary() throws Exception {
        Path md = Files.writeString(dir.resolve("a.md"), "# Alpha\n\nText.\n");
        LibraryViewModel vm = viewModel(dir.resolve("data"), noStore());

        vm.openFile(md);
        vm.refresh();

        assertThat(shown).extracting(Article::title).containsExactly("Alpha");
        assertThat(vm.entries()).extracting(LibraryEntry::title).contains("Alpha", TestArticles.bundled().title());
    }

    @Test
    void aFreshLibraryIsEmptyAndTheBundledArticleJoinsTheFirstFileOpened() throws Exception {
        LibraryViewModel vm = viewModel(dir.resolve("data"), noStore());
        vm.refresh();
        assertThat(vm.entries()).isEmpty();

        vm.openFile(Files.writeString(dir.resolve("a.md"), "# Alpha\n\nText.\n"));
        vm.refresh();
        assertThat(vm.entries()).extracting(LibraryEntry::title)
                .containsExactlyInAnyOrder("Alpha", TestArticles.bundled().title());
    }

    @Test
    void unreadableFileIsAProblemAndTheLibraryStaysAsItWas() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{");
        LibraryViewModel vm = viewModel(dir.resolve("data"), noStore());

        vm.openFile(bad);
        vm.refresh();

        assertThat(shown).isEmpty();
        assertThat(problems).singleElement().asString().contains("bad.json").endsWith("Nothing in your library changed.");
        assertThat(vm.entries()).as("still the fresh, empty library").isEmpty();
    }

    @Test
    void anEpubNamedHtmlAndABookWithoutASpineChangeNothingAndNameTheFile() throws Exception {
        Path book = Path.of(getClass().getResource("/formats/lighthouse-epub3.epub").toURI());
        Path misnamed = Files.copy(book, dir.resolve("book.html"));
        Path broken = Files.write(dir.resolve("broken.epub"), java.util.Arrays.copyOf(Files.readAllBytes(book), 900));
        LibraryViewModel vm = viewModel(dir.resolve("data"), noStore());

        vm.openFile(misnamed);
        vm.openFile(broken);
        vm.refresh();

        assertThat(shown).isEmpty();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("book.html: this is a zip file, an EPUB book, not a web page")
                .endsWith("Nothing in your library changed.");
        assertThat(problems.get(1)).startsWith("broken.epub: the book is not a readable zip file");
        assertThat(vm.entries()).as("still the fresh, empty library").isEmpty();
        assertThat(dir.resolve("data").resolve(Library.FOLDER)).doesNotExist();
    }

    @Test
    void anEpubIsShownKeptInTheLibraryAndAPageShownWholeSaysSo() throws Exception {
        Path book = Path.of(getClass().getResource("/formats/lighthouse-epub3.epub").toURI());
        Path menu = Files.writeString(dir.resolve("menu.html"), "<html><body><ul><li>One</li></ul></body></html>");
        LibraryViewModel vm = viewModel(dir.resolve("data"), noStore());

        vm.openFile(book);
        vm.openFile(menu);
        vm.refresh();

        assertThat(shown).extracting(Article::title).containsExactly("The Lighthouse Keeper", "menu");
        assertThat(problems).singleElement().asString().contains("menu.html", "shows the whole page");
        assertThat(vm.entries()).extracting(LibraryEntry::title).contains("The Lighthouse Keeper", "menu");
    }

    @Test
    void aLongBookShowsItsBeginningThenTheWholeBookAndKeepsOnlyTheWholeBook() throws Exception {
        Path book = app.margin.article.TestBooks.longBook(dir.resolve("long.epub"));
        Library library = new Library(dir.resolve("data"), new ArticleReader(), TestArticles::bundled, Clock.systemUTC());
        List<String> events = new ArrayList<>();
        LibraryViewModel.Viewer viewer = () -> new LibraryViewModel.Viewer.Opening() {
            @Override
            public LibraryViewModel.Viewer.Showing prepare(Article article) {
                events.add("prepared whole");
                return () -> events.add("shown whole: " + article.sections().size() + " sections");
            }

            @Override
            public LibraryViewModel.Viewer.Showing prepareBeginning(Article beginning) {
                events.add("prepared beginning");
                return () -> events.add("shown beginning: " + beginning.sections().size() + " sections");
            }
        };
        List<Runnable> fx = new ArrayList<>();
        LibraryViewModel vm = new LibraryViewModel(library, new ArticleImporter(), noStore(), Runnable::run,
                fx::add, viewer, problems::add, infos::add);

        vm.openFile(book);
        assertThat(events).as("nothing is shown off the FX thread").containsExactly("prepared beginning",
                "prepared whole");
        for (int i = 0; i < fx.size(); i++) {
            fx.get(i).run();
        }

        assertThat(events).hasSize(4);
        assertThat(events.get(2)).startsWith("shown beginning: ").isNotEqualTo("shown beginning: 40 sections");
        assertThat(events.get(3)).isEqualTo("shown whole: 40 sections");
        assertThat(problems).isEmpty();
        vm.refresh();
        for (int i = 0; i < fx.size(); i++) {
            fx.get(i).run();
        }
        assertThat(vm.entries()).filteredOn(e -> e.title().equals("The Long Book")).singleElement()
                .satisfies(e -> assertThat(library.open(e).sections()).hasSize(40));
    }

    @Test
    void choosingAFileReadiesTheReadersOnceInTheBackground() {
        List<Runnable> background = new ArrayList<>();
        Library library = new Library(dir.resolve("data"), new ArticleReader(), TestArticles::bundled, Clock.systemUTC());
        LibraryViewModel vm = new LibraryViewModel(library, new ArticleImporter(), noStore(), background::add,
                Runnable::run, LibraryViewModel.Viewer.showing(shown::add), problems::add, infos::add);

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
        StoreQueue queue = StoreQueue.over(
                CompletableFuture.completedFuture(StoreOpener.open(first, Clock.systemUTC()).store()), Runnable::run);
        LibraryViewModel vm = viewModel(first, queue);
        vm.openFile(Files.writeString(dir.resolve("a.md"), "# Alpha\n\nText.\n")); // the bundled one is listed too
        String id = TestArticles.bundled().id();
        try (AnnotationStore replacement = StoreOpener.open(second, Clock.systemUTC()).store()) {
            replacement.saveReadingPosition(new ReadingPosition(id, "s", 0, 0.75));
            queue.swap(current -> {
                current.close();
                return replacement;
            });

            vm.refresh();

            assertThat(problems).isEmpty();
            assertThat(vm.entries().get(0).activity().fraction()).isEqualTo(0.75);
        }
    }

    @Test
    void openingAnArticleWithTheIdOfAnotherKeepsTheEarlierOneAndSaysSo() throws Exception {
        Path data = dir.resolve("data");
        LibraryViewModel vm = viewModel(data, noStore());
        Path first = Files.writeString(dir.resolve("first.json"), TestArticles.json("same-id", "First version"));
        Path second = Files.writeString(dir.resolve("second.json"), TestArticles.json("same-id", "Second version"));

        vm.openFile(first);
        vm.openFile(first);
        assertThat(infos).as("the same article again replaces nothing").isEmpty();
        vm.openFile(second);

        assertThat(shown).extracting(Article::title).containsExactly("First version", "First version",
                "Second version");
        assertThat(infos).singleElement().asString().contains("Second version", "First version", "same id");
        Path kept;
        try (var files = Files.list(data.resolve(Library.FOLDER).resolve(Library.REPLACED))) {
            kept = files.findFirst().orElseThrow();
        }
        assertThat(new ArticleReader().read(kept).title()).isEqualTo("First version");
        vm.refresh();
        assertThat(vm.entries()).extracting(LibraryEntry::title).contains("Second version")
                .doesNotContain("First version");
    }

    @Test
    void openingAFileIndexesItsTextAndRemovingItTakesItOut() throws Exception {
        Path md = Files.writeString(dir.resolve("a.md"), "# Alpha\n\nThe pangolin eats ants.\n");
        try (AnnotationStore store = StoreOpener.open(dir.resolve("data"), Clock.systemUTC()).store()) {
            LibraryViewModel vm = viewModel(dir.resolve("data"),
                    StoreQueue.over(CompletableFuture.completedFuture(store), Runnable::run));
            vm.openFile(md);
            LibrarySearch search = LibrarySearch.of(store);
            assertThat(search.search("pangolin").articles()).extracting(LibrarySearch.ArticleHits::title)
                    .containsExactly("Alpha");

            vm.refresh();
            LibraryEntry alpha = vm.entries().stream().filter(e -> e.title().equals("Alpha")).findFirst().orElseThrow();
            vm.remove(alpha, export -> { });
            assertThat(search.search("pangolin").articles()).isEmpty();
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void twoSphinxBooksThatSharedAnIdPartAndTheOneTheLibraryKeptUnderItKeepsItsNotes() throws Exception {
        Path data = dir.resolve("data");
        Path policy = TestBooks.sphinxBook(dir.resolve("policy.epub"), "Debian Policy Manual", "Packages must build.");
        Path guide = TestBooks.sphinxBook(dir.resolve("guide.epub"), "Ubuntu Packaging Guide", "Welcome, packager.");
        // What an earlier Margin named every book whose identifier is Sphinx's "unknown": one id for all of them.
        String shared = "epub-b23a6a8439c0dde5";
        try (AnnotationStore store = StoreOpener.open(data, Clock.systemUTC()).store()) {
            Files.createDirectories(data.resolve(Library.FOLDER));
            Files.writeString(data.resolve(Library.FOLDER).resolve(shared + ".json"),
                    TestArticles.json(shared, "Debian Policy Manual"));
            java.time.Instant now = java.time.Instant.parse("2026-01-02T03:04:05Z");
            store.saveNote(new Note("n1", shared, "h", NoteKind.SECTION, Anchor.section(Article.LEAD_SECTION_ID),
                    null, "A note on the Policy", List.of(), now, now));
            LibraryViewModel vm = viewModel(data, StoreQueue.over(CompletableFuture.completedFuture(store),
                    Runnable::run));

            vm.openFile(guide);
            vm.openFile(policy);
            vm.refresh();

            assertThat(problems).isEmpty();
            assertThat(infos).as("the guide took the place of no book (the Policy's copy is of other text here)")
                    .noneMatch(m -> m.contains("Ubuntu Packaging Guide"));
            assertThat(shown).extracting(Article::title).containsExactly("Ubuntu Packaging Guide",
                    "Debian Policy Manual");
            assertThat(shown.get(0).id()).as("the guide, a book of its own").isNotEqualTo(shared);
            assertThat(shown.get(1).id()).as("the Policy, whose copy the library kept").isEqualTo(shared);
            assertThat(store.notes(shown.get(1).id())).extracting(Note::text).containsExactly("A note on the Policy");
            assertThat(store.notes(shown.get(0).id())).isEmpty();
            assertThat(vm.entries()).filteredOn(e -> !e.bundled())
                    .extracting(LibraryEntry::title, e -> e.activity().annotations())
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Debian Policy Manual", 1),
                            org.assertj.core.groups.Tuple.tuple("Ubuntu Packaging Guide", 0));
        }
    }
}
