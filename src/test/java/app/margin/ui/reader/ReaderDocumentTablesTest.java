package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Block;
import app.margin.model.ParagraphForm;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows of one table share a tab size from its widest cell; a second table has its own. */
class ReaderDocumentTablesTest {

    @Test
    void eachTablesRowsShareTheTabSizeOfItsWidestCell() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(paragraph("Before.", ParagraphForm.PLAIN));
        blocks.add(paragraph("A\tB", ParagraphForm.of(ParagraphForm.Role.TABLE_HEADER)));
        blocks.add(paragraph("a somewhat wider cell\tb", ParagraphForm.of(ParagraphForm.Role.TABLE_ROW)));
        blocks.add(paragraph("Between.", ParagraphForm.PLAIN));
        blocks.add(paragraph("x\ty", ParagraphForm.of(ParagraphForm.Role.TABLE_ROW)));
        blocks.add(paragraph("z\tw", ParagraphForm.of(ParagraphForm.Role.TABLE_ROW)));

        var text = ReaderDocument.textOf(blocks);

        int first = Tables.tabSize(blocks, 1);
        int second = Tables.tabSize(blocks, 5);
        assertThat(first).isGreaterThan(second);
        assertThat(text.getParagraphStyle(1).tabSize()).as("the header's, in bold spaces")
                .isEqualTo(Tables.forHeader(first));
        assertThat(text.getParagraphStyle(2).tabSize()).isEqualTo(first);
        assertThat(text.getParagraphStyle(3).tabSize()).isZero();
        assertThat(text.getParagraphStyle(4).tabSize()).isEqualTo(second);
        assertThat(text.getParagraphStyle(5).tabSize()).isEqualTo(second);
        // Each table's last row keeps the paragraph after it at a paragraph's distance.
        for (int i = 0; i < blocks.size(); i++) {
            assertThat(text.getParagraphStyle(i).classes().contains(ReaderDocument.TABLE_END)).as("block %d", i)
                    .isEqualTo(i == 2 || i == 5);
        }
    }

    @Test
    void stopsAreMeasuredInTheFaceNotCountedInCharacters() {
        int wide = Tables.tabSize(List.of(paragraph("WWWWWWWW\tx", ParagraphForm.of(ParagraphForm.Role.TABLE_ROW))), 0);
        int narrow = Tables.tabSize(List.of(paragraph("iiiiiiii\tx", ParagraphForm.of(ParagraphForm.Role.TABLE_ROW))), 0);
        assertThat(wide).as("eight W are wider than eight i").isGreaterThan(narrow + 10);
        double w = Tables.Widths.REGULAR.of("WWWWWWWW", 0, 8);
        assertThat(wide * Tables.Widths.REGULAR.space()).as("the stop clears the widest cell")
                .isGreaterThan(w).isLessThan(w + (Tables.GAP + 1) * Tables.Widths.REGULAR.space());
    }

    @Test
    void aRowsLastCellDoesNotWidenTheStops() {
        ParagraphForm row = ParagraphForm.of(ParagraphForm.Role.TABLE_ROW);
        int withNote = Tables.tabSize(List.of(paragraph("zlib\t1995\t" + "a long note ".repeat(20), row),
                paragraph("xz\t2009\tshort", row)), 0);
        assertThat(withNote).isEqualTo(Tables.tabSize(List.of(paragraph("zlib\t1995\tx", row)), 0));
        assertThat(Tables.tabSize(List.of(paragraph("one lone cell of a row", row)), 0))
                .as("a row of one cell").isGreaterThan(Tables.MIN_TAB);
    }

    @Test
    void aHeaderRowsStopsLandWhereTheBodysDo() {
        for (int tab = Tables.MIN_TAB; tab <= Tables.MAX_TAB; tab++) {
            double body = tab * Tables.Widths.REGULAR.space();
            double header = Tables.forHeader(tab) * Tables.Widths.BOLD.space();
            assertThat(Math.abs(header - body)).as("tab %d", tab).isLessThanOrEqualTo(Tables.Widths.BOLD.space() / 2);
        }
    }

    @Test
    void aCellWiderThanTheWidestStopGivesTheWidestStop() {
        assertThat(Tables.tabSize(List.of(paragraph("x".repeat(5000) + "\ty", ParagraphForm.of(ParagraphForm.Role.TABLE_ROW))), 0))
                .isEqualTo(Tables.MAX_TAB);
    }

    private static Block paragraph(String text, ParagraphForm form) {
        return new Block(Block.Kind.PARAGRAPH, "s", 0, 0, text, false, form);
    }
}
