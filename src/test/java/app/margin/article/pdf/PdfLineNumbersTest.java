package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line numbers in a page's margin (LaTeX's lineno, a journal's review mode) stay out of the text; a table's do not. */
class PdfLineNumbersTest {
    @TempDir
    Path dir;

    private static List<String> texts(PdfText text) {
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }

    /** Sets the lines of {@code words} at the left margin, each numbered from {@code first} in the margin. */
    private static int numbered(PdfMaker.Page page, float top, String words, int first, boolean right) {
        List<String> lines = PdfMaker.Page.wrap(TIMES, 10, 400, 0, words);
        int n = first;
        for (int i = 0; i < lines.size(); i++, n++) {
            float y = top + 12 * i;
            page.line(90, y, TIMES, 10, lines.get(i));
            String number = Integer.toString(n);
            page.line(right ? 510 : 70 - PdfMaker.Page.width(TIMES, 5, number), y, TIMES, 5, number);
        }
        return n;
    }

    @Test
    void numbersInTheLeftMarginAreNotText() throws Exception {
        String first = PdfLayoutTest.ONE + " " + PdfLayoutTest.TWO;
        String items = "1. Declaring the columns of a table before its rows.";
        PdfText text = PdfMaker.read(dir, "lineno.pdf", page -> {
            int n = numbered(page, 100, first, 13, false);
            n = numbered(page, 100 + 12 * (n - 13) + 6, items, n, false);
            numbered(page, 100 + 12 * (n - 13) + 12, PdfLayoutTest.THREE, n, false);
        });

        assertThat(texts(text)).containsExactly(first, items, PdfLayoutTest.THREE);
    }

    @Test
    void numbersInTheRightMarginAreNotText() throws Exception {
        String words = PdfLayoutTest.ONE + " " + PdfLayoutTest.TWO + " " + PdfLayoutTest.THREE;
        PdfText text = PdfMaker.read(dir, "right.pdf", page -> numbered(page, 100, words, 170, true));

        assertThat(texts(text)).containsExactly(words);
    }

    @Test
    void aColumnOfNumbersInsideTheTextsMarginStays() throws Exception {
        PdfText text = PdfMaker.read(dir, "rows.pdf", page -> {
            float y = page.paragraph(72, 100, 400, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
            for (int i = 1; i <= 6; i++) { // a list numbered without full stops, its numbers at the text's margin
                page.line(72, y + 6 + 12 * i, TIMES, 10, Integer.toString(i));
                page.line(100, y + 6 + 12 * i, TIMES, 10, "Step number " + i + " of the reading.");
            }
            page.paragraph(72, y + 100, 400, TIMES, 10, 12, 0, PdfLayoutTest.TWO);
        });

        assertThat(String.join(" ", texts(text))).contains("1 Step number 1", "6 Step number 6");
    }

    @Test
    void aFewNumbersWhereAnotherPagesColumnStoodAreLineNumbersToo() throws Exception {
        Path file = dir.resolve("few.pdf");
        String many = PdfLayoutTest.ONE + " " + PdfLayoutTest.TWO + " " + PdfLayoutTest.THREE;
        try (PdfMaker pdf = new PdfMaker()) {
            int n = numbered(pdf.page(), 100, many, 1, false);
            numbered(pdf.page(), 100, PdfLayoutTest.TWO, n, false); // two lines under a figure, say
            pdf.save(file);
        }

        assertThat(texts(PdfLayout.DEFAULTS.read(file))).containsExactly(many, PdfLayoutTest.TWO);
    }
}
