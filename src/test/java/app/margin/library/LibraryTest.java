package app.margin.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.TestArticles;
import app.margin.article.ArticleReader;
import app.margin.exchange.AnnotationExport;
import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.ReadingPosition;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private AnnotationStore store;
    private Library library;
    private final Article bundled = TestArticles.bundled();
    private final Article own = TestArticles.synthetic(3, 2);

    @BeforeEach
    void open() throws Exception {
        store = StoreOpener.open(dataDir, clock).store();
        library = new Library(dataDir, new ArticleReader(), () -> bundled, clock);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void bundledArticleIsAlwaysThereAndNeedsNoCopy() throws Exception {
        assertThat(library.add(bundled).file()).isNull();

        List<LibraryEntry> entries = library.entries(store.activity());

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.bundled()).isTrue();
            assertThat(e.title()).isEqualTo(bundled.title());
        });
    }

    @Test
    void addedArticleIsKeptAsJsonUnderItsIdWithProgressAndCounts() throws Exception {
        Path file = library.add(own).file();
        store.saveNote(new Note("n", own.id(), "h", NoteKind.SECTION, Anchor.section("s1"), null, "x", List.of(),
                clock.instant(), clock.instant()));
        store.saveReadingPosition(new ReadingPosition(own.id(), "s1", 0, 0.5));

        List<LibraryEntry> entries = library.entries(store.activity());

        assertThat(file).isEqualTo(dataDir.resolve("library").resolve(own.id() + ".json"));
        assertThat(library.open(own.id())).isEqualTo(own);
        LibraryEntry first = entries.get(0);
        assertThat(first.id()).isEqualTo(own.id());
        assertThat(first.activity().annotations()).isEqualTo(1);
        assertThat(first.activity().fraction()).isEqualTo(0.5);
        assertThat(entries.get(1).bundled()).isTrue();
    }

    @Test
    void aPagedArticleIsListedWithItsPageCountAndOthersWithNone() throws Exception {
        Article paper = TestArticles.synthetic(2, 2).withPages(324);
        library.add(paper);

        List<LibraryEntry> entries = library.entries(store.activity());

        assertThat(entries).filteredOn(e -> e.id().equals(paper.id())).singleElement()
                .extracting(LibraryEntry::pages).isEqualTo(324);
        assertThat(entries).filteredOn(LibraryEntry::bundled).singleElement()
                .extracting(LibraryEntry::pages).isEqualTo(0);
        assertThat(library.open(paper.id())).as("the count is kept in the library's copy").isEqualTo(paper);
    }

    @Test
    void removingKeepsTheNotesInAnExportFileAndInTheDatabase() throws Exception {
        library.add(own);
        Note note = new Note("n", own.id(), "h", NoteKind.SECTION, Anchor.section("s1"), null, "keep me",
                List.of("exam"), clock.instant(), clock.instant());
        store.saveNote(note);
        LibraryEntry entry = library.entries(store.activity()).stream().filter(e -> !e.bundled()).findFirst().orElseThrow();

        Path export = library.remove(entry, store);

        assertThat(library.entries(store.activity())).extracting(LibraryEntry::id).containsExactly(bundled.id());
        assertThat(AnnotationExport.read(export).notes()).containsExactly(note);
        assertThat(Files.readString(export.resolveSibling(export.getFileName().toString().replace(".json", ".md"))))
                .contains("keep me");
        assertThat(store.notes(own.id())).containsExactly(note);
    }

    @Test
    void unreadableLibraryFileIsListedWithItsProblemAndCanBeRemoved() throws Exception {
        Files.createDirectories(library.folder());
        Files.writeString(library.folder().resolve("broken.json"), "{ not json");

        LibraryEntry broken = library.entries(store.activity()).stream().filter(e -> !e.bundled()).findFirst()
                .orElseThrow();

        assertThat(broken.problem()).contains("broken.json");
        assertThat(library.remove(broken, store)).isNull();
        assertThat(Files.exists(broken.file())).isFalse();
    }

    @Test
    void bundledArticleCannotBeRemoved() throws Exception {
        LibraryEntry entry = library.entries(store.activity()).get(0);

        assertThatThrownBy(() -> library.remove(entry, store)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFreshLibraryListsNothingNotEvenTheBundledArticle() throws Exception {
        assertThat(library.entries(store.activity())).as("the bundled article is there").hasSize(1);

        assertThat(library.listed(store.activity())).isEmpty();
    }

    @Test
    void theBundledArticleIsListedOnceItHasANote() throws Exception {
        store.saveNote(new Note("n", bundled.id(), "h", NoteKind.SECTION, Anchor.section(bundled.sections().get(0).id()),
                null, "x", List.of(), clock.instant(), clock.instant()));

        assertThat(library.listed(store.activity())).extracting(LibraryEntry::id).containsExactly(bundled.id());
    }

    @Test
    void theBundledArticleJoinsTheFirstFileOfTheReadersOwn() throws Exception {
        library.add(own);

        assertThat(library.listed(store.activity())).extracting(LibraryEntry::id)
                .containsExactlyInAnyOrder(own.id(), bundled.id());
    }

    @Test
    void aBookKeepsAFormerIdOnlyWhenTheLibrarysCopyUnderItHasItsTitle() throws Exception {
        Path folder = Files.createDirectories(dataDir.resolve(Library.FOLDER));
        Files.writeString(folder.resolve("epub-old.json"), TestArticles.json("epub-old", "Debian  Policy Manual"));
        Files.writeString(folder.resolve("epub-damaged.json"), "{\"schemaVersion\": 1, \"id\": ");

        assertThat(library.keepsFormerId("epub-old", "Debian Policy Manual")).isTrue();
        assertThat(library.keepsFormerId("epub-old", " debian policy  manual")).as("case and spaces apart").isTrue();
        assertThat(library.keepsFormerId("epub-old", "Ubuntu Packaging Guide")).isFalse();
        assertThat(library.keepsFormerId("epub-missing", "Debian Policy Manual")).isFalse();
        assertThat(library.keepsFormerId("epub-damaged", "Anything"))
                .as("notes under an id whose copy cannot be read stay with the first book that asks").isTrue();
    }
}
