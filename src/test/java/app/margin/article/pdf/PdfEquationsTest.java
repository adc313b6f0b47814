package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Display equations become pictures cut from their page, their text kept; inline mathematics stays in its line. */
class PdfEquationsTest {
    static final String BEFORE = "The layout analysis finds the lines, the columns and the paragraphs of each page, and"
            + " it leaves out the running heads, the footers and the page numbers, so that we have";
    static final String AFTER = "where the letters stand for the lengths of the sides, and the page goes on with"
            + " more text about them that runs over a whole line of the column.";

    @TempDir
    Path dir;

    private PdfText read(String name, DrawWithMath draw) throws Exception {
        Path file = dir.resolve(name);
        try (PdfMaker pdf = new PdfMaker()) {
            PDFont math = pdf.math();
            draw.draw(pdf.page(), math);
            pdf.save(file);
        }
        return PdfLayout.DEFAULTS.read(file);
    }

    interface DrawWithMath {
        void draw(PdfMaker.Page page, PDFont math);
    }

    private static List<PdfParagraph> equations(PdfText text) {
        return text.paragraphs().stream().filter(p -> p.kind() == PdfParagraph.Kind.EQUATION).toList();
    }

    @Test
    void aCentredNumberedDisplayIsAPictureOfItsPartOfThePageWithItsTextKept() throws Exception {
        PdfText text = read("display.pdf", (page, math) -> {
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, BEFORE);
            page.line(250, y + 12, math, 10, "c² = a² + b² − 2ab cos γ");
            page.line(505, y + 12, TIMES, 10, "(3)");
            page.paragraph(72, y + 36, 451, TIMES, 10, 12, 0, AFTER);
        });

        assertThat(text.paragraphs()).extracting(PdfParagraph::kind).containsExactly(PdfParagraph.Kind.TEXT,
                PdfParagraph.Kind.EQUATION, PdfParagraph.Kind.TEXT);
        PdfParagraph display = equations(text).get(0);
        assertThat(display.text()).isEqualTo("c² = a² + b² − 2ab cos γ (3)");
        PdfFigure crop = text.figure(display);
        assertThat(crop).isNotNull();
        assertThat(crop.page()).isZero();
        assertThat(crop.x()).isBetween(240f, 250f);
        assertThat(crop.x() + crop.width()).isBetween(518f, 530f);
        float baseline = 100 + 2 * 12 + 12;
        assertThat(crop.y()).isBetween(baseline - 21.5f, baseline - 8f); // above the display, below the line before
        assertThat(crop.y() + crop.height()).isBetween(baseline + 2f, baseline + 10f);
        assertThat(text.paragraphs().get(0).text()).isEqualTo(BEFORE);
        assertThat(text.paragraphs().get(2).text()).isEqualTo(AFTER);
    }

    @Test
    void theLinesOfOneDisplayAreOnePicture() throws Exception {
        PdfText text = read("aligned.pdf", (page, math) -> {
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, BEFORE);
            page.line(240, y + 12, math, 10, "α + β = γ");
            page.line(240, y + 26, math, 10, "γ − β = α");
            page.paragraph(72, y + 50, 451, TIMES, 10, 12, 0, AFTER);
        });

        assertThat(equations(text)).extracting(PdfParagraph::text).containsExactly("α + β = γ γ − β = α");
        PdfFigure crop = text.figure(equations(text).get(0));
        assertThat(crop.height()).isGreaterThan(20f);
    }

    @Test
    void anAlignedDisplayCutIntoColumnsReadsRowByRowEachNumberWithItsRow() throws Exception {
        // amsldoc.pdf (3.12)-(3.14): its numbers at the left and its three columns were read one column after
        // another, "(3.12) (3.13) (3.14) x = y x′ = y′ … X = Y …".
        String[][] rows = {{"(1)", "α = β", "A = B", "a = b + c"}, {"(2)", "α′ = β′", "A′ = B′", "a′ = b"},
            {"(3)", "α + α′ = β + β′", "A + A′ = B + B′", "a′b = c′b"}};
        PdfText text = read("columns.pdf", (page, math) -> {
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, BEFORE);
            for (int r = 0; r < rows.length; r++) {
                page.line(72, y + 14 + 15 * r, TIMES, 10, rows[r][0]);
                for (int c = 1; c < 4; c++) {
                    page.line(130 + 110 * c, y + 14 + 15 * r, math, 10, rows[r][c]);
                }
            }
            page.paragraph(72, y + 72, 451, TIMES, 10, 12, 0, AFTER);
        });

        assertThat(equations(text)).extracting(PdfParagraph::text).containsExactly(
                "(1) α = β A = B a = b + c (2) α′ = β′ A′ = B′ a′ = b (3) α + α′ = β + β′ A + A′ = B + B′ a′b = c′b");
    }

    @Test
    void aLimitSetInATextFontUnderADisplayIsInItsPicture() throws Exception {
        PdfText text = read("limit.pdf", (page, math) -> {
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, BEFORE);
            page.line(240, y + 14, math, 10, "∑ xᵢ = ∫ f");
            page.line(505, y + 14, TIMES, 10, "(2)");
            page.line(279, y + 22, TIMES, 7, "0"); // the integral's lower limit, in the text face's digits
            page.paragraph(72, y + 44, 451, TIMES, 10, 12, 0, AFTER);
        });

        assertThat(text.paragraphs()).extracting(PdfParagraph::kind).containsExactly(PdfParagraph.Kind.TEXT,
                PdfParagraph.Kind.EQUATION, PdfParagraph.Kind.TEXT);
        PdfFigure crop = text.figure(equations(text).get(0));
        float limitBaseline = 100 + 2 * 12 + 22;
        assertThat(crop.y() + crop.height()).isGreaterThan(limitBaseline + 1.75f);
    }

    @Test
    void aTightlySetDisplaysCropStaysOffTheLinesOfTextAboveAndBelowIt() throws Exception {
        float[] baseline = new float[1];
        PdfText text = read("tight.pdf", (page, math) -> {
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, BEFORE);
            baseline[0] = y;
            page.line(250, y, math, 10, "c² = a² + b² − 2ab cos γ");
            page.line(505, y, TIMES, 10, "(3)");
            page.paragraph(72, y + 12, 451, TIMES, 10, 12, 0, AFTER);
        });

        PdfFigure crop = text.figure(equations(text).get(0));
        float y = baseline[0];
        assertThat(crop.y()).isBetween(y - 12 + 2.5f, y - 7.5f); // below the foot of the line above
        assertThat(crop.y() + crop.height()).isBetween(y + 2.5f, y + 12 - 7.5f); // above the top of the line below
    }

    @Test
    void aDisplaysFirstLineAtTheMarginGoesWithTheNumberedLineBelowIt() throws Exception {
        PdfText text = read("margin.pdf", (page, math) -> {
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, BEFORE);
            page.line(72, y + 12, math, 10, "Φ = α² + β² + γ² + δ² + ε²");
            page.line(110, y + 26, math, 10, "× (α + β + γ)");
            page.line(505, y + 26, TIMES, 10, "(4)");
            page.paragraph(72, y + 50, 451, TIMES, 10, 12, 0, AFTER);
        });

        assertThat(equations(text)).extracting(PdfParagraph::text)
                .containsExactly("Φ = α² + β² + γ² + δ² + ε² × (α + β + γ) (4)");
        assertThat(text.figure(equations(text).get(0)).x()).isLessThan(72f);
    }

    @Test
    void aCropGrowsOverTheInkOfABigOperatorThatSaysNoLetter() {
        PdfFigure crop = new PdfFigure(0, 200, 100, 150, 20);
        Graphics.Box sum = new Graphics.Box(185, 95, 198, 125, Graphics.Kind.FILL, 1); // a cmex ∑ left of the line
        Graphics.Box far = new Graphics.Box(50, 100, 60, 110, Graphics.Kind.FILL, 1); // ink elsewhere on the line
        Graphics.Box below = new Graphics.Box(210, 300, 220, 310, Graphics.Kind.FILL, 1);

        PdfFigure grown = Equations.inked(crop, List.of(sum, far, below), 10);

        assertThat(grown.x()).isLessThan(185f).isGreaterThan(60f);
        assertThat(grown.y()).isLessThan(95f);
        assertThat(grown.y() + grown.height()).isGreaterThan(125f).isLessThan(300f);
        assertThat(grown.x() + grown.width()).isEqualTo(350f);
    }

    @Test
    void mathematicsInALineOfTextStaysInItsParagraph() throws Exception {
        PdfText text = read("inline.pdf", (page, math) -> {
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, BEFORE);
            float x = 72;
            page.line(x, y, TIMES, 10, "a line of text in which");
            x += PdfMaker.Page.width(TIMES, 10, "a line of text in which ");
            page.line(x, y, math, 10, "α + β = γ");
            x += PdfMaker.Page.width(math, 10, "α + β = γ ");
            page.line(x, y, TIMES, 10, "holds, with a radical's index set above");
            page.line(300, y - 5, math, 6, "nβ"); // above its line, in the middle of it: not a display
            page.paragraph(72, y + 12, 451, TIMES, 10, 12, 0, AFTER);
        });

        assertThat(equations(text)).isEmpty();
        assertThat(text.figures()).isEmpty();
        assertThat(text.paragraphs()).extracting(PdfParagraph::text)
                .anyMatch(t -> t.contains("in which α + β = γ holds"));
    }

    @Test
    void anIndentedLineOfCodeWithOneArrowIsNoDisplay() throws Exception {
        PdfText text = read("code.pdf", (page, math) -> {
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, BEFORE);
            page.line(120, y, TIMES, 10, "{ }");
            page.line(140, y, math, 10, "←");
            page.paragraph(72, y + 12, 451, TIMES, 10, 12, 0, AFTER);
        });

        assertThat(equations(text)).isEmpty();
    }
}
