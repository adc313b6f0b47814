package app.margin.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.Section;
import app.margin.store.LibrarySearch.Hit;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's contents and index lines come after the text they point at in the library search's results. */
class EntryLinesTest {

    @TempDir
    Path dataDir;

    @Test
    void contentsAndIndexLinesAreEntriesSentencesAreNot() {
        // yathesis-fr.pdf's, as the search listed them before its text.
        assertThat(List.of("Acronymes … xxv", "C.2 Acronymes ... 84", "liste d’acronymes, 73",
                "— des sigles et acronymes 1 ;", "4.8 Liste d’acronymes, liste de symboles, glossaire . . . . 35",
                "Instituts, 12, 14–15", "Préface . . . . . . vii")).allMatch(EntryLines::entry);
        assertThat(List.of("C.2 Acronymes", "Remarque C.1 – Acronymes et élisions automatiques",
                "The answer is 42.", "We ran it 3 times, then 4", "Figure 4.7 – Listes des acronymes et des symboles",
                "A long paragraph about acronyms that ends with a number after a comma but goes on far too long to be "
                        + "any contents line at all, so it is text, 12"))
                .noneMatch(EntryLines::entry);
    }

    @Test
    void withinAnArticleTheTextComesBeforeItsContentsAndIndexLines() throws Exception {
        Section text = new Section("s-1", "Sigles", List.of("Acronymes … xxv", "C.2 Acronymes … 84",
                "Les acronymes sont définis par la commande \\newacronym dans le préambule du document."), List.of());
        Article manual = new Article("m-1", "Manual", null, null, null, List.of(), List.of(text), false);
        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            LibrarySearch search = LibrarySearch.of(store);
            search.indexArticle(manual);

            List<Hit> hits = search.search("acronymes").articles().get(0).hits();

            assertThat(hits).extracting(Hit::paragraphIndex).containsExactly(2, 0, 1);
        }
    }
}
