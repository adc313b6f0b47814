package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caption starts with its label and a separator ("Table 2:", "Figure 3.") or a capital ("Fig. 1 The …"); a body
 * paragraph that starts by naming a table or figure ("Table 1 is an example…", asmejour-template.pdf) is body text.
 */
class PdfCaptionsTest {
    private static final String TABLE_IS = "Table 1 is an example of a simple table. Table captions should be placed"
            + " above tables, and the class loads the packages that provide extended capabilities for columns.";
    private static final String FIGURE_SHOWS = "Figure 2 shows a figure spanning both columns. Two column tables and"
            + " figures will always float to the top of a later page of the paper.";

    @TempDir
    Path dir;

    @Test
    void aParagraphThatStartsByNamingATableOrFigureIsBodyText() throws Exception {
        PdfText text = PdfMaker.read(dir, "asme.pdf", page -> {
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE);
            y = page.paragraph(72, y, 451, TIMES, 10, 12, 15, TABLE_IS);
            y = page.paragraph(72, y, 451, TIMES, 10, 12, 15, FIGURE_SHOWS);
            page.line(200, y + 20, TIMES, 9, "Table 2: Reading times in seconds.");
            page.paragraph(72, y + 50, 451, TIMES, 10, 12, 15, PdfLayoutTest.TWO);
        });

        assertThat(text.paragraphs()).extracting(PdfParagraph::text, PdfParagraph::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PdfLayoutTest.ONE, PdfParagraph.Kind.TEXT),
                org.assertj.core.groups.Tuple.tuple(TABLE_IS, PdfParagraph.Kind.TEXT),
                org.assertj.core.groups.Tuple.tuple(FIGURE_SHOWS, PdfParagraph.Kind.TEXT),
                org.assertj.core.groups.Tuple.tuple("Table 2: Reading times in seconds.", PdfParagraph.Kind.CAPTION),
                org.assertj.core.groups.Tuple.tuple(PdfLayoutTest.TWO, PdfParagraph.Kind.TEXT));
    }

    @Test
    void aLabelFollowedByACapitalIsStillACaption() throws Exception {
        PdfText text = PdfMaker.read(dir, "springer.pdf", page -> {
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE);
            page.line(72, y + 20, TIMES, 9, "Fig. 1 The reading times of the two readers side by side");
            page.paragraph(72, y + 50, 451, TIMES, 10, 12, 15, PdfLayoutTest.TWO);
        });

        assertThat(text.paragraphs()).filteredOn(p -> p.kind() == PdfParagraph.Kind.CAPTION)
                .extracting(PdfParagraph::text).containsExactly("Fig. 1 The reading times of the two readers side by side");
    }

    @Test
    void tablesFloatedToThePagesTopKeepTheirLabelsAndAreCut() throws Exception {
        // asmejour-template.pdf: "Table 1" on p. 2 and "Table 3" on p. 3 both head their page, a label that comes back
        // at the top like a running head; taken for one, Table 1 lost its caption and then its cells.
        Path file = dir.resolve("floats.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            for (int n = 1; n <= 2; n++) {
                PdfMaker.Page page = pdf.page();
                page.line(180, 50, PdfMaker.TIMES_BOLD, 8, "Table " + n);
                page.line(220, 50, PdfMaker.TIMES_BOLD, 8, n == 1 ? "A simple table" : "Another table");
                PdfFiguresTest.filled(page, 180, 56, 220, 0.8f);
                String[][] rows = {{"Experiment", "Speed", "Heat"}, {"Run " + n + "1", "12.5", "103.4"},
                    {"Run " + n + "2", "24", "68.3"}};
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < 3; c++) {
                        page.line(190 + 70 * c, 72 + 12 * r, TIMES, 9, rows[r][c]);
                    }
                }
                PdfFiguresTest.filled(page, 180, 100, 220, 0.8f);
                page.paragraph(72, 140, 451, TIMES, 10, 12, 15, n == 1 ? PdfLayoutTest.ONE : PdfLayoutTest.TWO);
            }
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(text.paragraphs()).extracting(PdfParagraph::text)
                .containsExactly("Table 1 A simple table", PdfLayoutTest.ONE, "Table 2 Another table", PdfLayoutTest.TWO);
        assertThat(text.figure(text.paragraphs().get(0))).as("Table 1 cut from its page").isNotNull();
        assertThat(text.figure(text.paragraphs().get(2))).as("Table 2 cut from its page").isNotNull();
    }
}
