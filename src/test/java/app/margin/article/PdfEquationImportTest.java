package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfMaker;
import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's display equation reaches the article as a picture cut from its page, its text kept for find and anchors. */
class PdfEquationImportTest {
    @TempDir
    Path dir;

    @Test
    void aDisplayIsAFigureParagraphWithItsCropAndItsText() throws Exception {
        Path file = dir.resolve("display.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PDFont math = pdf.math();
            PdfMaker.Page page = pdf.page();
            page.line(72, 100, PdfMaker.TIMES, 10, "The law of cosines says that for a triangle we have");
            page.line(250, 124, math, 10, "c² = a² + b² − 2ab cos γ");
            page.line(505, 124, PdfMaker.TIMES, 10, "(3)");
            page.line(72, 148, PdfMaker.TIMES, 10, "where the angle is the one opposite c.");
            pdf.save(file);
        }

        Article article = new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS)
                .read(file, "display.pdf", null).article();

        assertThat(article.lead()).containsExactly("The law of cosines says that for a triangle we have",
                "c² = a² + b² − 2ab cos γ (3)", "where the angle is the one opposite c.");
        ParagraphForm display = article.leadForms().get(1);
        assertThat(display.role()).isEqualTo(ParagraphForm.Role.FIGURE);
        assertThat(display.picture().source()).startsWith(PictureFiles.PDF_PAGE + "1@");
        assertThat(display.picture().alt()).as("its tooltip and accessible text").isEqualTo("Equation on p. 1");
        assertThat(display.picture().below()).as("the equation's picture, then its text").isFalse();
        assertThat(article.leadForms().get(0).role()).isNotEqualTo(ParagraphForm.Role.FIGURE);
    }
}
