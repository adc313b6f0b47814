package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.article.ArticleImporter;
import app.margin.article.ArticleReader;
import app.margin.library.Library;
import app.margin.model.Article;
import app.margin.store.AnnotationStore;
import app.margin.store.LibrarySearch;
import app.margin.store.StoreOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {

    @TempDir
    Path dir;

    private final Article bundled = TestArticles.bundled();

    private ArticleSource source() {
        Library library = new Library(dir.resolve("data"), new ArticleReader(), () -> bundled, Clock.systemUTC());
        return new ArticleSource(new ArticleImporter(), library, () -> bundled);
    }

    @Test
    void badArticleFallsBackToTheBundledOneWithAMessageNamingThePlace() throws Exception {
        Path bad = Files.writeString(dir.resolve("broken.json"), "{\n  \"title\": \"x\",\n}\n");

        ArticleSource.Loaded loaded = source().load(Optional.of(bad), Optional.empty());

        assertThat(loaded.article().id()).isEqualTo("us-russia-military-talks");
        assertThat(loaded.problem()).get().asString()
                .contains("broken.json").contains("line 3").contains("bundled article");
    }

    @Test
    void missingArticleFallsBackWithAMessage() {
        ArticleSource.Loaded loaded = source().load(Optional.of(dir.resolve("nope.json")), Optional.empty());

        assertThat(loaded.problem()).get().asString().contains("nope.json");
    }

    @Test
    void noRequestOpensTheBundledArticleQuietly() {
        ArticleSource.Loaded loaded = source().load(Optional.empty(), Optional.empty());

        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.article().sections()).hasSize(3);
    }

    @Test
    void markdownFileOpensAndIsKeptInTheLibrarySoItReopensNextTime() throws Exception {
        Path md = Files.writeString(dir.resolve("notes.md"), "# My Notes\n\nIntro.\n\n## Part\n\nBody.\n");

        ArticleSource source = source();
        ArticleSource.Loaded first = source.load(Optional.of(md), Optional.empty());
        assertThat(Files.exists(dir.resolve("data").resolve(Library.FOLDER)))
                .as("the library copy waits for keep(), after the first page").isFalse();
        assertThat(source.keep(first, md, null)).isEmpty();
        ArticleSource.Loaded again = source.load(Optional.empty(), Optional.of(first.article().id()));

        assertThat(first.article().title()).isEqualTo("My Notes");
        assertThat(again.toKeep()).isFalse();
        assertThat(again.article()).isEqualTo(first.article());
        assertThat(again.problem()).isEmpty();
    }

    @Test
    void aFileKeptAtStartIsInTheLibrarySearchAtOnceNotOnlyAfterARestart() throws Exception {
        // A long PDF's whole text arrives after the search's catch-up has listed the library: the copy made then was
        // found by the library search only at the next start (a new user's trial, yathesis-fr.pdf).
        Path md = Files.writeString(dir.resolve("notes.md"), "# My Notes\n\nThe pangolin eats ants.\n");
        ArticleSource source = source();
        ArticleSource.Loaded loaded = source.load(Optional.of(md), Optional.empty());

        try (AnnotationStore store = StoreOpener.open(dir.resolve("data"), Clock.systemUTC()).store()) {
            source.keep(loaded, md, store);

            assertThat(LibrarySearch.of(store).indexedArticles()).containsKey(loaded.article().id());
            assertThat(LibrarySearch.of(store).search("pangolin").articles())
                    .extracting(LibrarySearch.ArticleHits::title).containsExactly("My Notes");
        }
    }

    @Test
    void aFileWithTheIdOfAnotherInTheLibrarySaysSoOnceKept() throws Exception {
        ArticleSource source = source();
        Path first = Files.writeString(dir.resolve("first.json"), TestArticles.json("same-id", "First version"));
        Path second = Files.writeString(dir.resolve("second.json"), TestArticles.json("same-id", "Second version"));
        source.keep(source.load(Optional.of(first), Optional.empty()), first, null);

        ArticleSource.Loaded loaded = source.load(Optional.of(second), Optional.empty());

        assertThat(loaded.problem()).isEmpty();
        assertThat(source.keep(loaded, second, null)).get().extracting(app.margin.ui.shell.Notice::text).asString()
                .contains("Second version", "First version", "same id");
    }

    @Test
    void aBadFileAtStartShowsTheArticleReadLastAsAStartWithoutItWould() throws Exception {
        ArticleSource source = source();
        Path md = Files.writeString(dir.resolve("notes.md"), "# My Notes\n\nIntro.\n");
        ArticleSource.Loaded read = source.load(Optional.of(md), Optional.empty());
        source.keep(read, md, null);
        Path fake = Files.writeString(dir.resolve("fake.epub"), "not a zip");

        ArticleSource.Loaded loaded = source.load(Optional.of(fake), Optional.of(read.article().id()));

        assertThat(loaded.article().title()).isEqualTo("My Notes");
        assertThat(loaded.toKeep()).isFalse();
        assertThat(loaded.problem()).get().asString().contains("fake.epub", "the article you read last")
                .doesNotContain("bundled");

        ArticleSource.Loaded neither = source.load(Optional.of(fake), Optional.of("md-gone"));
        assertThat(neither.article().id()).isEqualTo(bundled.id());
        assertThat(neither.problem()).get().asString().contains("fake.epub", "bundled article", "md-gone");
    }

    @Test
    void lastArticleThatIsGoneFallsBackToTheBundledOne() {
        ArticleSource.Loaded loaded = source().load(Optional.empty(), Optional.of("md-gone"));

        assertThat(loaded.article().id()).isEqualTo(bundled.id());
        assertThat(loaded.problem()).get().asString().contains("md-gone");
    }

    @Test
    void aBookAskedForAtStartKeepsTheIdItsLibraryCopyHasAndAnotherSphinxBookTakesItsOwn() throws Exception {
        String shared = "epub-b23a6a8439c0dde5"; // every Sphinx book's id before: its identifier is "unknown"
        Path library = Files.createDirectories(dir.resolve("data").resolve(Library.FOLDER));
        Files.writeString(library.resolve(shared + ".json"), TestArticles.json(shared, "Debian Policy Manual"));
        Path policy = app.margin.article.TestBooks.sphinxBook(dir.resolve("policy.epub"), "Debian Policy Manual",
                "Packages must build.");
        Path guide = app.margin.article.TestBooks.sphinxBook(dir.resolve("guide.epub"), "Ubuntu Packaging Guide",
                "Welcome, packager.");

        assertThat(source().load(Optional.of(guide), Optional.empty()).article().id()).isNotEqualTo(shared);
        assertThat(source().load(Optional.of(policy), Optional.empty()).article().id()).isEqualTo(shared);
    }
}
