package app.margin.article.pdf;

import static app.margin.article.pdf.PdfEquationsTest.AFTER;
import static app.margin.article.pdf.PdfEquationsTest.BEFORE;
import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every piece of a display is in its picture and none is left as a paragraph: a denominator set in the text face at
 * the body's size, and a display set in kpfonts' mathematics, whose fonts Margin knows by name.
 */
class PdfEquationPiecesTest {
    private static final Path EJPECP = Path.of("/usr/share/doc/texlive-doc/latex/ejpecp/sample.pdf");
    private static final Path NWEJM = Path.of("/usr/share/doc/texlive-doc/latex/nwejm/examples/article-in-french.pdf");

    @TempDir
    Path dir;

    private static List<PdfParagraph> equations(PdfText text) {
        return text.paragraphs().stream().filter(p -> p.kind() == PdfParagraph.Kind.EQUATION).toList();
    }

    @Test
    void aDenominatorInTheTextFaceAndALimitUnderItAreInTheDisplaysPicture() throws Exception {
        // ejpecp's (4.2): "π²" over "6", whose digit is the text face's at the body's size, and the integral's "−∞".
        float[] foot = new float[1];
        Path file = dir.resolve("fraction.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PDFont math = pdf.math();
            PdfMaker.Page page = pdf.page();
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, BEFORE);
            page.line(245, y + 12, math, 7, "+∞");
            page.line(330, y + 14, math, 10, "π²");
            page.line(250, y + 20, math, 10, "(t − γ)² dt = ζ(2) = ,");
            page.line(505, y + 20, TIMES, 10, "(4.2)");
            page.line(331, y + 27, TIMES, 10, "6");
            page.line(245, y + 31, math, 7, "−∞");
            foot[0] = y + 31;
            page.paragraph(72, y + 52, 451, TIMES, 10, 12, 0, PdfEquationsTest.AFTER);
            pdf.save(file);
        }
        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(text.paragraphs()).extracting(PdfParagraph::kind).containsExactly(PdfParagraph.Kind.TEXT,
                PdfParagraph.Kind.EQUATION, PdfParagraph.Kind.TEXT);
        assertThat(equations(text).get(0).text()).contains("6", "−∞");
        PdfFigure crop = text.figure(equations(text).get(0));
        assertThat(crop.y() + crop.height()).isGreaterThan(foot[0] + 1.75f);
        assertThat(text.paragraphs().get(2).text()).isEqualTo(AFTER);
    }

    @Test
    void aDisplaySetInKpfontsMathematicsIsAPicture() throws Exception {
        // nwejm's Définition 1: B(r) = {x ∈ ℝⁿ | Σ |xᵢ|ᵖ < rᵖ}, its fonts Kp--M-Italic and Kp--M-Sy-Regular.
        Path file = dir.resolve("kpfonts.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PDFont italic = pdf.named("QHHPPU+Kp--M-Italic");
            PDFont symbols = pdf.named("BQZADB+Kp--M-Sy-Regular");
            PdfMaker.Page page = pdf.page();
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, BEFORE);
            page.line(200, y + 16, italic, 10, "B");
            page.line(208, y + 16, TIMES, 10, "(");
            page.line(212, y + 16, italic, 10, "r");
            page.line(217, y + 16, TIMES, 10, ") =");
            page.line(232, y + 16, italic, 10, "x");
            page.line(240, y + 16, symbols, 10, "−");
            page.line(250, y + 16, italic, 10, "|x|");
            page.line(265, y + 16, symbols, 10, "<");
            page.line(275, y + 16, italic, 10, "r");
            page.line(262, y + 25, italic, 7, "i");
            page.line(265, y + 25, TIMES, 7, "=1");
            page.paragraph(72, y + 44, 451, TIMES, 10, 12, 0, AFTER);
            pdf.save(file);
        }
        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(equations(text)).hasSize(1);
        assertThat(text.paragraphs()).extracting(PdfParagraph::text).noneMatch(t -> t.strip().equals("i=1"));
    }

    @Test
    void ejpecpsEquation42IsOnePictureWithItsDenominatorAndLimit() throws Exception {
        assumeTrue(Files.isReadable(EJPECP), "ejpecp's sample is not installed");
        PdfText text = PdfLayout.DEFAULTS.read(EJPECP);

        PdfParagraph display = equations(text).stream().filter(p -> p.text().contains("(4.2)")).findFirst()
                .orElseThrow();
        assertThat(display.text()).endsWith("6 −∞");
        assertThat(text.paragraphs()).extracting(PdfParagraph::text).noneMatch(t -> t.strip().equals("6"))
                .noneMatch(t -> t.strip().equals("−∞"));
        assertThat(text.figure(display).height()).isGreaterThan(38f);
    }

    @Test
    void nwejmsDefinitionIsADisplay() throws Exception {
        assumeTrue(Files.isReadable(NWEJM), "nwejm's example is not installed");
        PdfText text = PdfLayout.DEFAULTS.read(NWEJM);

        assertThat(equations(text)).extracting(PdfParagraph::text).anyMatch(t -> t.contains("B(r) = x ∈"));
        // The "n" over the sum, which a footnote had taken in before, is the display's too.
        assertThat(text.paragraphs()).extracting(PdfParagraph::text).noneMatch(t -> t.strip().equals("n"));
        assertThat(text.paragraphs()).extracting(PdfParagraph::text).noneMatch(t -> t.strip().equals("i=1"));
    }
}
