package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table's cells leave the text; lines of two columns side by side that only look like cells stay. */
class PdfTablesTest {
    static final PDFont COURIER = new PDType1Font(Standard14Fonts.FontName.COURIER);
    /** An entry of a reference list, its lines indented (narrow: under two fifths of the page's text width). */
    static final String ENTRY = "Beitz, W. und K.-H. Kuttner (Herausgeber): Dubbel Taschenbuch fur den Maschinenbau,"
            + " Kapitel Werkstofftechnik, Seiten E 1-E 120. Springer-Verlag, Berlin, 17. Auflage, 1990, ISBN"
            + " 3-540-52381-2. Dieter, George E. et al. (Herausgeber): Materials Selection and Design, Band 20 der"
            + " Reihe ASM Handbook, Kapitel Effects of Composition, Processing, and Structure on Properties.";
    /** A BibTeX entry set in a monospaced face, each field's name and value apart, as TUGboat sets one. */
    static final String[][] FIELDS = {{"editor =", "{Beitz, W. and K\"uttner, K.-H.},"},
        {"title =", "{Dubbel~-- Taschenbuch f\"ur den"}, {"", "Maschinenbau},"}, {"chapter =", "{Werkstofftechnik},"},
        {"publisher =", "{Springer\"=Verlag},"}, {"year =", "1990,"}, {"address =", "{Berlin},"}};

    @TempDir
    Path dir;

    private static String words(PdfText text) {
        return text.paragraphs().stream().map(PdfParagraph::text).collect(Collectors.joining(" "));
    }

    @Test
    void aColumnsLinesBesideAListingOfNamesAndValuesInTheOtherColumnAreNotATable() throws Exception {
        PdfText text = PdfMaker.read(dir, "columns.pdf", page -> {
            page.paragraph(72, 100, 215, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
            page.line(72, 160, TIMES, 10, "And in a German text like this:");
            page.line(72, 178, TIMES, 10, "[1]");
            page.paragraph(90, 178, 180, TIMES, 10, 12, 0, ENTRY);
            page.paragraph(308, 100, 215, TIMES, 10, 12, 0, PdfLayoutTest.TWO);
            page.line(308, 170, COURIER, 9, "@InBook{dubbel1990a,");
            for (int i = 0; i < FIELDS.length; i++) { // baselines 11 points apart beside the left column's 12
                page.line(316, 181 + 11 * i, COURIER, 9, FIELDS[i][0]);
                page.line(376, 181 + 11 * i, COURIER, 9, FIELDS[i][1]);
            }
            page.line(308, 181 + 11 * FIELDS.length, COURIER, 9, "}");
            page.paragraph(308, 280, 215, TIMES, 10, 12, 0, PdfLayoutTest.THREE);
        });

        String all = words(text);
        for (String line : PdfMaker.Page.wrap(TIMES, 10, 180, 0, ENTRY)) {
            assertThat(all).contains(line);
        }
        for (String[] field : FIELDS) {
            assertThat(all).contains(field[1]);
        }
        assertThat(all).contains("editor =", "title =", "chapter =");
    }

    @Test
    void aTableInOneColumnOfTwoStillLeavesTheTextWhileTheOtherColumnStays() throws Exception {
        PdfText text = PdfMaker.read(dir, "table.pdf", page -> {
            float y = page.paragraph(72, 100, 215, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
            String[][] rows = {{"Format", "Median", "Worst"}, {"PDF", "1.2", "3.4"}, {"EPUB", "0.8", "1.9"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    page.line(80 + 70 * c, y + 12 + 12 * r, TIMES, 9, rows[r][c]);
                }
            }
            page.paragraph(72, y + 60, 215, TIMES, 10, 12, 0, PdfLayoutTest.THREE);
            page.paragraph(308, 100, 215, TIMES, 10, 12, 0, PdfLayoutTest.TWO + " " + PdfLayoutTest.ONE);
        });

        String all = words(text);
        assertThat(all).startsWith(PdfLayoutTest.ONE + " " + PdfLayoutTest.THREE)
                .endsWith(PdfLayoutTest.TWO + " " + PdfLayoutTest.ONE) // its short last line beside the table too
                .doesNotContain("Median", "EPUB", "1.9");
    }
}
