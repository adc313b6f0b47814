package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table of contents set without dot leaders reads one entry a paragraph, its page number kept. */
class PdfContentsTest {
    @TempDir
    Path dir;

    private static List<String> texts(PdfText text) {
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }

    /** A line at {@code top}: its number at 72, its title at {@code x}, its page number ending at the right margin. */
    private static void entry(PdfMaker.Page page, float top, boolean bold, String number, float x, String title,
                              String pageNumber) {
        var font = bold ? TIMES_BOLD : TIMES;
        page.line(number.contains(".") && number.indexOf('.') != number.lastIndexOf('.') ? 100 : 72, top, font, 10,
                number);
        page.line(x, top, font, 10, title);
        page.line(523 - PdfMaker.Page.width(font, 10, pageNumber), top, font, 10, pageNumber);
    }

    @Test
    void aTableOfContentsWithoutLeadersReadsOneEntryAParagraph() throws Exception {
        PdfText text = PdfMaker.read(dir, "contents.pdf", page -> {
            entry(page, 100, true, "2", 100, "Basic enhancements", "19");
            entry(page, 112, false, "2.1", 100, "Introduction", "19");
            entry(page, 124, false, "2.1.1", 140, "Primitive behaviour", "19");
            entry(page, 136, false, "2.1.2", 140, "Version information", "20");
            page.line(100, 148, TIMES, 10, "2.1.3");
            page.line(140, 148, TIMES, 10, "Tokens, commands and strings, their names and the ways to");
            page.line(140, 160, TIMES, 10, "make them anew");
            page.line(523 - PdfMaker.Page.width(TIMES, 10, "21"), 160, TIMES, 10, "21");
            entry(page, 172, false, "2.2", 100, "Attributes", "22");
        });

        assertThat(texts(text)).containsExactly("2 Basic enhancements … 19", "2.1 Introduction … 19",
                "2.1.1 Primitive behaviour … 19", "2.1.2 Version information … 20",
                "2.1.3 Tokens, commands and strings, their names and the ways to make them anew … 21",
                "2.2 Attributes … 22");
    }

    @Test
    void aTablesNumbersInsideThePagesTextAreNoTableOfContents() throws Exception {
        String[][] rows = {{"slant", "1"}, {"space", "2"}, {"stretch", "3"}, {"shrink", "4"}};
        PdfText text = PdfMaker.read(dir, "numbers.pdf", page -> {
            float y = page.paragraph(72, 90, 451, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
            for (int i = 0; i < rows.length; i++) {
                page.line(150, y + 12 + 12 * i, TIMES, 10, rows[i][0]);
                page.line(300, y + 12 + 12 * i, TIMES, 10, rows[i][1]);
            }
            page.paragraph(72, y + 24 + 12 * rows.length, 451, TIMES, 10, 12, 0, PdfLayoutTest.TWO);
        });

        assertThat(String.join(" ", texts(text))).contains("slant 1", "shrink 4").doesNotContain("…");
    }
}
