package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfMaker;
import app.margin.model.Article;
import app.margin.model.Span;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's superscripts and subscripts reach the article as spans over their text, as HTML's sup and sub do. */
class PdfMarksImportTest {
    @TempDir
    Path dir;

    private final PdfImporter importer = new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS);

    @Test
    void aSuperscriptAndASubscriptAreSpansOfTheParagraph() throws Exception {
        Path file = dir.resolve("marks.pdf");
        String before = "The area is x";
        String middle = " and water is H";
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            float x = 72;
            page.line(x, 100, PdfMaker.TIMES, 10, before);
            x += PdfMaker.TIMES.getStringWidth(before) / 1000f * 10;
            page.line(x, 96.5f, PdfMaker.TIMES, 7, "2");
            x += PdfMaker.TIMES.getStringWidth("2") / 1000f * 7;
            page.line(x, 100, PdfMaker.TIMES, 10, middle);
            x += PdfMaker.TIMES.getStringWidth(middle) / 1000f * 10;
            page.line(x, 102, PdfMaker.TIMES, 7, "2");
            x += PdfMaker.TIMES.getStringWidth("2") / 1000f * 7;
            page.line(x, 100, PdfMaker.TIMES, 10, "O.");
            pdf.save(file);
        }

        Article article = importer.read(file, "marks.pdf", null).article();

        assertThat(article.lead()).containsExactly("The area is x2 and water is H2O.");
        int sup = before.length();
        int sub = sup + 1 + middle.length();
        assertThat(article.leadForms().get(0).spans()).containsExactly(
                new Span(sup, sup + 1, Span.Style.SUPERSCRIPT), new Span(sub, sub + 1, Span.Style.SUBSCRIPT));
    }
}
