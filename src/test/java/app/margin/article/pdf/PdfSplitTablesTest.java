package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table split into parts one under the other (AASTeX's \splitdeluxetable: each part ruled to its own width, the
 * parts apart by rules across the page) is one picture from its caption to its last rule; no part of it reads as
 * text (sample631.pdf's Table 5 showed its first part as a picture, then the rest as loose rows of numbers).
 */
class PdfSplitTablesTest {
    @TempDir
    Path dir;

    /** A part of a table: a rule above, a header, a rule, {@code rows} rows of cells, a rule below; its foot. */
    private static float part(PdfMaker.Page page, float top, float x, float width, String[] header, String[][] rows) {
        PdfFiguresTest.filled(page, x, top, width, 0.5f);
        float step = width / header.length;
        for (int c = 0; c < header.length; c++) {
            page.line(x + 8 + step * c, top + 12, TIMES, 7, header[c]);
        }
        PdfFiguresTest.filled(page, x, top + 16, width, 0.4f);
        float y = top + 27;
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                page.line(x + 8 + step * c, y, TIMES, 7, row[c]);
            }
            y += 10;
        }
        PdfFiguresTest.filled(page, x, y - 5, width, 0.5f);
        return y - 5;
    }

    @Test
    void aTableSplitIntoPartsIsOnePictureWithNoRowLeftAsText() throws Exception {
        String[][] first = {{"Model 1", "BELs", "-97.13", "9117±38"}, {"Model 1", "IELs", "-4049.123", "1974±22"},
            {"Model 2", "BELs", "-85", "8991±41"}};
        String[][] second = {{"< 35", "< 166", "637±31", "1951±26", "991±30"},
            {"< 42", "< 109", "995±186", "83±30", "75±23"}, {"< 6", "< 9", "-", "275±18", "150±11"}};
        float[] end = new float[1];
        PdfText text = PdfMaker.read(dir, "split.pdf", page -> {
            page.line(190, 74, TIMES, 9, "Table 5. Measurements of Emission Lines: two breaks");
            float y = part(page, 82, 173, 263, new String[] {"Model", "Component", "Shift", "FWHM"}, first);
            PdfFiguresTest.filled(page, 50, y + 30, 512, 0.4f); // across the page, between the parts
            y = part(page, y + 36, 216, 177, new String[] {"N V", "Si IV", "C IV", "Mg II", "Hb"}, second);
            PdfFiguresTest.filled(page, 50, y + 30, 512, 0.4f);
            end[0] = y + 30;
            page.paragraph(72, y + 60, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE);
        });

        assertThat(text.paragraphs()).extracting(PdfParagraph::text)
                .containsExactly("Table 5. Measurements of Emission Lines: two breaks", PdfLayoutTest.ONE);
        PdfFigure table = text.figure(text.paragraphs().get(0));
        assertThat(table).isNotNull();
        assertThat(table.y() + table.height()).as("down to the last part's rule").isGreaterThanOrEqualTo(end[0]);
        assertThat(text.paragraphs().stream().map(PdfParagraph::text).collect(Collectors.joining(" ")))
                .doesNotContain("< 35", "637±31", "Model 2");
    }
}
