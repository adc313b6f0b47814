package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfMaker;
import app.margin.model.Article;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A back-of-book index reaches the article as list items, a sub-entry one level deeper than its entry. */
class PdfIndexImportTest {
    @TempDir
    Path dir;

    @Test
    void anIndexsEntriesAreListItemsAndItsSubEntriesNestedUnderThem() throws Exception {
        Path file = dir.resolve("index.pdf");
        String[] lines = {"accents package, 15", "align environment, 4, 6", "arrows", "    extensible, 15",
            "    in commutative diagrams, 23", "binomials, 16", "bm package, 2, 25, 33", "delimiters, 12, 13",
            "    null, 30", "dots, see ellipsis dots", "equation environment, 1, 4"};
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            for (int i = 0; i < lines.length; i++) {
                page.line(lines[i].startsWith(" ") ? 92 : 72, 110 + 12 * i, PdfMaker.TIMES, 10, lines[i].strip());
            }
            pdf.save(file);
        }

        Article article = new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS)
                .read(file, "index.pdf", null).article();

        assertThat(article.lead()).containsExactly(java.util.Arrays.stream(lines).map(String::strip)
                .toArray(String[]::new));
        assertThat(java.util.stream.IntStream.range(0, lines.length).mapToObj(i -> article.leadForms().get(i)))
                .extracting(f -> f.role() + " " + f.depth()).containsExactly(
                "LIST_ITEM 1", "LIST_ITEM 1", "LIST_ITEM 1", "LIST_ITEM 2", "LIST_ITEM 2", "LIST_ITEM 1",
                "LIST_ITEM 1", "LIST_ITEM 1", "LIST_ITEM 2", "LIST_ITEM 1", "LIST_ITEM 1");
    }
}
