package app.margin.store;

import static app.margin.store.TestNotes.bookmark;
import static app.margin.store.TestNotes.day;
import static app.margin.store.TestNotes.highlight;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.Note;
import app.margin.model.Section;
import app.margin.store.LibrarySearch.Hit;
import app.margin.store.LibrarySearch.HitKind;
import app.margin.store.LibrarySearch.SearchResults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibrarySearchTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:15:30Z");

    @TempDir
    Path dataDir;

    static Article article(String id, String title, String paragraph) {
        return new Article(id, title, null, null, null, List.of("A lead about libraries."),
                List.of(new Section("s-1", "Origins", List.of("First paragraph.", paragraph), List.of())), false);
    }

    private AnnotationStore open(String date) throws StoreException {
        return StoreOpener.open(dataDir, day(date)).store();
    }

    private static List<Hit> hits(SearchResults results) {
        return results.articles().stream().flatMap(a -> a.hits().stream()).toList();
    }

    @Test
    void articleTextIsFoundAtItsParagraphWithTheWordMarked() throws Exception {
        try (AnnotationStore store = open("2025-03-01")) {
            LibrarySearch search = LibrarySearch.of(store);
            search.indexArticle(article("a-1", "Mammals", "The pangolin eats ants at night."));
            SearchResults results = search.search("pango");
            assertThat(results.articles()).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Mammals"));
            Hit hit = hits(results).get(0);
            assertThat(hit.kind()).isEqualTo(HitKind.TEXT);
            assertThat(hit.sectionId()).isEqualTo("s-1");
            assertThat(hit.paragraphIndex()).isEqualTo(1);
            assertThat(hit.snippet()).contains("pangolin");
            assertThat(hit.snippet().substring(hit.marks().get(0).start(), hit.marks().get(0).end()))
                    .isEqualTo("pangolin");
            assertThat(hit.offset()).as("where the word starts in its paragraph").isEqualTo(4);
            assertThat(hit.length()).isEqualTo("pangolin".length());
        }
    }

    @Test
    void aHitDeepInALongParagraphNamesItsCharacterOffset() throws Exception {
        String filler = "Words about nothing much, said again and again. ".repeat(40);
        String paragraph = filler + "Here the pangolin appears, late. " + filler;
        try (AnnotationStore store = open("2025-03-01")) {
            LibrarySearch search = LibrarySearch.of(store);
            search.indexArticle(article("a-1", "Mammals", paragraph));
            Hit hit = hits(search.search("pangolin")).get(0);
            assertThat(hit.snippet()).startsWith("…").contains("pangolin");
            assertThat(hit.offset()).isEqualTo(paragraph.indexOf("pangolin"));
        }
    }

    @Test
    void aNoteHitIsPlacedWhereItsHighlightStarts() throws Exception {
        try (AnnotationStore store = open("2025-03-01")) {
            store.saveNote(highlight("n-1", "a-1", T0));
            Hit hit = hits(LibrarySearch.of(store).search("unicode")).get(0);
            assertThat(hit.sectionId()).isEqualTo("s-2");
            assertThat(hit.paragraphIndex()).isEqualTo(3);
            assertThat(hit.offset()).isEqualTo(4);
        }
    }

    @Test
    void anArticleIndexedInPartsIsDoneOnlyAfterItsLastPartAndStartsOverWhenCutOff() throws Exception {
        List<String> paragraphs = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            paragraphs.add("Paragraph " + i + " about the pangolin.");
        }
        Article article = new Article("a-1", "Mammals", null, null, null, List.of(),
                List.of(new Section("s-1", "Origins", paragraphs, List.of())), false);
        try (AnnotationStore store = open("2025-03-01")) {
            LibrarySearch search = LibrarySearch.of(store);
            assertThat(search.indexPart(article, 0, 10)).isEqualTo(10);
            assertThat(search.indexedArticles()).as("not done until its last part").isEmpty();
        }
        // Margin closed half-way; the next start does the article again from its start, with no row twice.
        try (AnnotationStore store = open("2025-03-02")) {
            LibrarySearch search = LibrarySearch.of(store);
            int next = 0;
            int parts = 0;
            while (next >= 0) {
                next = search.indexPart(article, next, 10);
                parts++;
            }
            assertThat(parts).isEqualTo(3);
            assertThat(search.indexedArticles()).containsOnlyKeys("a-1");
            assertThat(hits(search.search("pangolin"))).hasSize(25);
            assertThat(search.search("pangolin").message()).isEmpty();
        }
    }

    @Test
    void aWordInMoreRowsThanAreRankedStillGivesResultsAndSaysSo() throws Exception {
        List<String> paragraphs = new java.util.ArrayList<>();
        for (int i = 0; i < SqliteLibrarySearch.RANKED + 50; i++) {
            paragraphs.add("The common word, row " + i + ".");
        }
        try (AnnotationStore store = open("2025-03-01")) {
            LibrarySearch search = LibrarySearch.of(store);
            search.indexArticle(new Article("a-1", "Everywhere", null, null, null, List.of(),
                    List.of(new Section("s-1", "All", paragraphs, List.of())), false));
            SearchResults results = search.search("common");
            assertThat(results.hitCount()).isEqualTo(LibrarySearch.LIMIT);
            assertThat(results.message()).contains("more than 5,000 places").contains("Add a word");
            assertThat(search.search("common 5049").hitCount()).isEqualTo(1);
            assertThat(search.search("common 5049").message()).isEmpty();
        }
    }

    @Test
    void reindexingAnArticleReplacesItsTextAndDroppingRemovesIt() throws Exception {
        try (AnnotationStore store = open("2025-03-01")) {
            LibrarySearch search = LibrarySearch.of(store);
            search.indexArticle(article("a-1", "Mammals", "The pangolin eats ants."));
            search.indexArticle(article("a-1", "Mammals", "The aardvark eats termites."));
            assertThat(hits(search.search("pangolin"))).isEmpty();
            assertThat(hits(search.search("aardvark"))).hasSize(1);
            assertThat(search.indexedArticles()).containsOnlyKeys("a-1");
            search.dropArticle("a-1");
            assertThat(hits(search.search("aardvark"))).isEmpty();
            assertThat(search.indexedArticles()).isEmpty();
        }
    }

    @Test
    void noteTextTagsAndBookmarkNamesFollowSaveEditAndDelete() throws Exception {
        try (AnnotationStore store = open("2025-03-01")) {
            LibrarySearch search = LibrarySearch.of(store);
            Note note = highlight("n-1", "a-1", T0);
            store.saveNote(note);
            store.saveBookmark(bookmark("b-1", "a-1", T0));
            assertThat(hits(search.search("unicode"))).extracting(Hit::kind).containsExactly(HitKind.NOTE);
            assertThat(hits(search.search("dignity"))).extracting(Hit::kind).containsExactly(HitKind.TAG);
            assertThat(hits(search.search("start here"))).extracting(Hit::refId).containsExactly("b-1");

            store.saveNote(new Note(note.id(), note.articleId(), note.contentHash(), note.kind(), note.anchor(),
                    note.color(), "Rewritten about otters", List.of("mammals"), note.created(), note.updated()));
            assertThat(hits(search.search("unicode"))).isEmpty();
            assertThat(hits(search.search("dignity"))).isEmpty();
            assertThat(hits(search.search("otters"))).extracting(Hit::refId).containsExactly("n-1");

            store.deleteNote("n-1");
            store.deleteBookmark("b-1");
            assertThat(hits(search.search("otters"))).isEmpty();
            assertThat(hits(search.search("mammals"))).isEmpty();
            assertThat(hits(search.search("start"))).isEmpty();
        }
    }

    @Test
    void importedNotesAreSearchable() throws Exception {
        try (AnnotationStore store = open("2025-03-01")) {
            store.importAnnotations("a-1", List.of(highlight("n-1", "a-1", T0)), List.of(bookmark("b-1", "a-1", T0)));
            assertThat(hits(LibrarySearch.of(store).search("unicode"))).extracting(Hit::refId).containsExactly("n-1");
            assertThat(hits(LibrarySearch.of(store).search("here"))).extracting(Hit::refId).containsExactly("b-1");
        }
    }

    @Test
    void aRestoredBackupCarriesItsIndex() throws Exception {
        try (AnnotationStore store = open("2025-03-01")) {
            store.saveNote(highlight("n-1", "a-1", T0));
            LibrarySearch.of(store).indexArticle(article("a-1", "Mammals", "The pangolin eats ants."));
        }
        AnnotationStore second = open("2025-03-02");
        Path backup = Backups.fileFor(dataDir, LocalDate.parse("2025-03-02"));
        assertThat(backup).exists();
        second.deleteNote("n-1");
        LibrarySearch.of(second).dropArticle("a-1");
        assertThat(hits(LibrarySearch.of(second).search("unicode pangolin"))).isEmpty();

        try (AnnotationStore restored = StoreOpener.restoreBackup(second, backup, day("2025-03-02")).store()) {
            LibrarySearch search = LibrarySearch.of(restored);
            assertThat(hits(search.search("unicode"))).extracting(Hit::refId).containsExactly("n-1");
            assertThat(hits(search.search("pangolin"))).extracting(Hit::articleId).containsExactly("a-1");
            restored.deleteNote("n-1");
            assertThat(hits(search.search("unicode"))).isEmpty();
        }
    }

    @Test
    void hostileQueriesGiveResultsOrAMessageNeverAnSqlError() throws Exception {
        try (AnnotationStore store = open("2025-03-01")) {
            LibrarySearch search = LibrarySearch.of(store);
            search.indexArticle(article("a-1", "Mammals", "The pangolin (\"scaly anteater\") eats ants: NEAR AND OR."));
            for (String hostile : List.of("\"pangolin", "pangolin\"", "(pangolin", "pangolin)) OR (", "NEAR(pangolin",
                    "pangolin*", "^pangolin", "pangolin:", "ants : pangolin", "pangolin AND OR",
                    "-pangolin", "pangolin + ants", "{pangolin} : ants", "pangolin OR",
                    "\"pangolin\" \"", "🙂 pangolin 🙂", "pangolin\u0000", "pangolin\u0000ants", "*pangolin*",
                    "pangolin NEAR/ ants", "NEAR(pangolin ants)", "pangolin'", "pan'; --")) {
                SearchResults results = search.search(hostile);
                assertThat(hits(results)).as(hostile).isNotEmpty();
            }
            for (String nothing : List.of("()", "\"\"", "*", ":", "^-+*()\"{}[]", "...", "🙂", "\u0000", "\"",
                    "🙂🙂🙂 -- ''")) {
                SearchResults results = search.search(nothing);
                assertThat(results.articles()).as(nothing).isEmpty();
                assertThat(results.message()).as(nothing).contains("Type a word");
            }
            assertThat(search.search("zzz").message()).contains("Nothing in your library matches");
            String huge = "pangolin ".repeat(1_200) + "(".repeat(10_000);
            assertThat(hits(search.search(huge))).isNotEmpty();
            assertThat(search.search("x".repeat(10_000)).articles()).isEmpty();
            assertThat(search.search("NEAR").articles()).isNotEmpty();
            assertThat(search.search("pangolin NOT ants").message()).as("NOT is a word, and not in the text")
                    .contains("Nothing in your library matches");
            for (String word : List.of("AND", "OR", "NOT", "and", "not")) {
                assertThat(search.search(word).message()).as(word).doesNotContain("could not");
            }
            assertThat(search.search("🙂".repeat(10_000)).message()).contains("Type a word");
            assertThat(search.search("\"".repeat(10_001)).message()).contains("Type a word");
            assertThat(search.search("'; DROP TABLE notes; --").message()).contains("Nothing in your library");
            assertThat(search.search("ref_key : article").message()).contains("Nothing in your library matches");
            assertThat(search.search("article").articles()).as("the row key is not searched").isEmpty();
            assertThat(Files.exists(dataDir)).isTrue();
        }
    }
}
