package app.margin.store;

import static app.margin.store.TestNotes.day;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.ArticleReader;
import app.margin.model.Article;
import app.margin.store.LibrarySearch.Hit;
import app.margin.store.LibrarySearch.HitKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library search finds a document by the words inside its pictures (a PDF table's cells), as the picture's. */
class LibrarySearchPictureTest {

    @TempDir
    Path dataDir;

    /** A figure paragraph "Table 1: The runs." (paragraph 1 of section "s") whose picture holds a table's cells. */
    static Article timed() throws Exception {
        String json = """
                {"schemaVersion": 2, "id": "timed", "title": "Timing", "lead": [],
                 "sections": [{"id": "s", "title": "Runs", "paragraphs": ["Runs were timed.", "Table 1: The runs."],
                   "forms": [{"paragraph": 1, "role": "figure", "picture": {"source": "pdf-page:1@1,1,9,9",
                     "alt": "Figure on p. 1", "text": "Run\\tSeconds\\nRun 11\\t12.5\\nRun 12\\t9.75"}}]}]}
                """;
        return new ArticleReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
    }

    private static List<Hit> hits(LibrarySearch.SearchResults results) {
        return results.articles().stream().flatMap(a -> a.hits().stream()).toList();
    }

    @Test
    void aCellOfATableInAPictureFindsItsDocumentAtThePicturesParagraph() throws Exception {
        try (AnnotationStore store = StoreOpener.open(dataDir, day("2025-03-01")).store()) {
            LibrarySearch search = LibrarySearch.of(store);
            search.indexArticle(timed());

            List<Hit> found = hits(search.search("seconds"));

            assertThat(found).singleElement().satisfies(hit -> {
                assertThat(hit.kind()).isEqualTo(HitKind.PICTURE);
                assertThat(hit.articleId()).isEqualTo("timed");
                assertThat(hit.sectionId()).isEqualTo("s");
                assertThat(hit.paragraphIndex()).isEqualTo(1);
                assertThat(hit.offset()).as("the picture's paragraph, from its start").isZero();
                assertThat(hit.snippet().substring(hit.marks().get(0).start(), hit.marks().get(0).end()))
                        .isEqualTo("Seconds");
            });
            assertThat(hits(search.search("runs table")))
                    .as("the caption's words are its text's, once").singleElement()
                    .satisfies(hit -> assertThat(hit.kind()).isEqualTo(HitKind.TEXT));
        }
    }

    @Test
    void theRealTemplateIsFoundByACellOfItsTable1() throws Exception {
        Path asme = Path.of("/usr/share/doc/texlive-doc/latex/asmejour/asmejour-template.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(asme), "installed with texlive-doc");
        Article article = new app.margin.article.ArticleImporter().importFile(asme);
        try (AnnotationStore store = StoreOpener.open(dataDir, day("2025-03-01")).store()) {
            LibrarySearch search = LibrarySearch.of(store);
            search.indexArticle(article);

            List<Hit> found = hits(search.search("Run 11"));

            assertThat(found).anySatisfy(hit -> {
                assertThat(hit.kind()).isEqualTo(HitKind.PICTURE);
                assertThat(hit.snippet()).contains("Run 11");
                assertThat(article.sections().stream().filter(s -> s.id().equals(hit.sectionId())).findFirst()
                        .orElseThrow().paragraphs().get(hit.paragraphIndex())).isEqualTo("Table 1 A simple table");
            });
        }
    }

    @Test
    void thePicturesWordsLeaveTheIndexWithTheirDocument() throws Exception {
        try (AnnotationStore store = StoreOpener.open(dataDir, day("2025-03-01")).store()) {
            LibrarySearch search = LibrarySearch.of(store);
            search.indexArticle(timed());
            search.indexArticle(timed()); // again: its rows replaced, not doubled
            assertThat(hits(search.search("seconds"))).hasSize(1);

            search.dropArticle("timed");

            assertThat(hits(search.search("seconds"))).isEmpty();
        }
    }
}
