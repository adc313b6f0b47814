package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An author block set in a grid of columns (ACM's) is read whole, row by row, each author's lines together. */
class PdfAuthorsTest {
    static final String[][] AUTHORS = {
        {"Ben Trovato", "Institute for Clarity", "Dublin, Ohio, USA", "trovato@corporation.com"},
        {"Lars Thorvald", "The Thorvald Group", "Hekla, Iceland", "larst@affiliation.org"},
        {"Valerie Beranger", "Inria Paris", "Rocquencourt, France", "valerie@inria.fr"},
        {"Aparna Patel", "Rajiv Gandhi University", "Doimukh, India", "aparna@rgu.ac.in"},
        {"Huifen Chan", "Tsinghua University", "Beijing, China", "chan@tsinghua.edu.cn"},
        {"Charles Palmer", "Palmer Research", "San Antonio, Texas", "cpalmer@prl.com"}};

    @TempDir
    Path dir;

    @Test
    void everyAuthorOfAGridIsReadRowByRowWithTheirLinesTogether() throws Exception {
        PdfText text = PdfMaker.read(dir, "authors.pdf", page -> {
            page.line(160, 80, TIMES_BOLD, 18, "The Name of the Title Is Hope");
            for (int a = 0; a < AUTHORS.length; a++) {
                float x = 90 + (a % 3) * 150;
                float y = 120 + (a / 3) * 70;
                for (int l = 0; l < 4; l++) {
                    page.line(x, y + l * 11, TIMES, 9, AUTHORS[a][l]);
                }
            }
            page.paragraph(72, 290, 451, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
        });

        String all = String.join(" | ", text.paragraphs().stream().map(PdfParagraph::text).toList());
        int last = -1;
        for (String[] author : AUTHORS) {
            for (String line : author) {
                assertThat(all).as("every author's lines, in order").contains(line);
                assertThat(all.indexOf(line)).as(line + " after the line before it").isGreaterThan(last);
                last = all.indexOf(line);
            }
        }
        assertThat(text.paragraphs()).extracting(PdfParagraph::text).contains(PdfLayoutTest.ONE);
    }

    @Test
    void aTableOfNumbersBesideAnAddressIsStillATable() throws Exception {
        PdfText text = PdfMaker.read(dir, "table.pdf", page -> {
            page.line(72, 80, TIMES, 10, "Write to results@lab.org for the data; the runs were these:");
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    page.line(100 + c * 120, 110 + r * 14, TIMES, 10, Integer.toString(10 * r + c));
                }
            }
            page.paragraph(72, 180, 451, TIMES, 10, 12, 0, PdfLayoutTest.TWO);
        });

        List<String> texts = text.paragraphs().stream().map(PdfParagraph::text).toList();
        assertThat(texts).noneMatch(t -> t.contains("11"));
    }
}
