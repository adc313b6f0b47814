package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfMaker;
import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's references by author and year are list items without markers, and its citations link to them. */
class PdfAuthorYearImportTest {
    @TempDir
    Path dir;

    @Test
    void anAuthorYearCitationLinksToTheIdOfItsEntry() throws Exception {
        Path file = dir.resolve("cites.pdf");
        String cites = "As the book says (Lamport, 1994), a document has a structure.";
        String entry = "Lamport, L. (1994). LaTeX: A Document Preparation System. Addison-Wesley, Reading.";
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.line(72, 90, PdfMaker.TIMES_BOLD, 12, "1 Introduction");
            page.line(72, 110, PdfMaker.TIMES, 10, cites);
            page.line(72, 160, PdfMaker.TIMES_BOLD, 12, "2 References");
            page.line(72, 180, PdfMaker.TIMES, 9, entry);
            pdf.save(file);
        }

        Article article = new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS)
                .read(file, "cites.pdf", null).article();

        ParagraphForm body = article.sections().get(0).forms().get(0);
        int at = cites.indexOf("Lamport");
        assertThat(body.spans()).containsExactly(new Span(at, at + "Lamport, 1994".length(), Span.Style.LINK,
                "#ref-lamport-1994"));
        ParagraphForm item = article.sections().get(1).forms().get(0);
        assertThat(article.sections().get(1).paragraphs()).containsExactly(entry);
        assertThat(item.role()).isEqualTo(ParagraphForm.Role.LIST_ITEM);
        assertThat(item.marker()).isNull();
        assertThat(item.ids()).containsExactly("ref-lamport-1994");
    }
}
