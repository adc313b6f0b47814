package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfMaker;
import app.margin.model.Article;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's code listing reaches the article as a preformatted paragraph, as an HTML {@code pre} does. */
class PdfListingImportTest {
    @TempDir
    Path dir;

    @Test
    void aListingIsAPreformattedParagraphThatKnowsItsPage() throws Exception {
        Path file = dir.resolve("listing.pdf");
        PDType1Font courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.line(72, 100, PdfMaker.TIMES, 10, "A class file starts by saying what it needs:");
            page.line(90, 124, courier, 10, "\\NeedsTeXFormat{LaTeX2e}");
            page.line(90, 136, courier, 10, "\\ProvidesClass{minimal}");
            page.line(72, 160, PdfMaker.TIMES, 10, "and then defines its commands.");
            pdf.save(file);
        }

        PdfImporter.Result result = new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS)
                .read(file, "listing.pdf", null);
        Article article = result.article();

        assertThat(article.lead()).containsExactly("A class file starts by saying what it needs:",
                "\\NeedsTeXFormat{LaTeX2e}\n\\ProvidesClass{minimal}", "and then defines its commands.");
        assertThat(article.leadPreformatted()).containsExactly(1);
        assertThat(result.pages().places()).extracting(place -> place.label())
                .containsExactly("1", "1", "1");
    }
}
