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
}
