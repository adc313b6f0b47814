package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.margin.model.Block;
import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows of one table share its columns, each as wide as its widest cell; a second table has its own. */
class ReaderDocumentTablesTest {

    private static final ParagraphForm ROW = ParagraphForm.of(ParagraphForm.Role.TABLE_ROW);

    @Test
    void eachTablesRowsShareTheColumnsOfItsCells() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(paragraph("Before.", ParagraphForm.PLAIN));
        blocks.add(paragraph("A\tB\tC", ParagraphForm.of(ParagraphForm.Role.TABLE_HEADER)));
        blocks.add(paragraph("a somewhat wider cell\tb\tc", ROW));
        blocks.add(paragraph("Between.", ParagraphForm.PLAIN));
        blocks.add(paragraph("x\ty", ROW));
        blocks.add(paragraph("z\tw", ROW));

        var text = ReaderDocument.textOf(blocks);

        TableColumns first = text.getParagraphStyle(1).columns();
        assertThat(first.count()).isEqualTo(2);
        assertThat(text.getParagraphStyle(2).columns()).isSameAs(first);
        assertThat(first.width(0, 1)).as("the wide cell's column").isGreaterThan(first.width(1, 1) * 5);
        assertThat(text.getParagraphStyle(3).columns()).isNull();
        TableColumns second = text.getParagraphStyle(4).columns();
        assertThat(second).isNotEqualTo(first).isSameAs(text.getParagraphStyle(5).columns());
        assertThat(second.count()).isEqualTo(1);
        // Each table's last row keeps the paragraph after it at a paragraph's distance.
        for (int i = 0; i < blocks.size(); i++) {
            assertThat(text.getParagraphStyle(i).classes().contains(ReaderDocument.TABLE_END)).as("block %d", i)
                    .isEqualTo(i == 2 || i == 5);
        }
    }

    /** Debian's Reference: a DocBook note, set as a table, straight after a table was set in the table's columns. */
    @Test
    void aTableStraightAfterAnotherHasItsOwnColumns() {
        List<Block> blocks = List.of(paragraph("view\tdescription", ParagraphForm.of(ParagraphForm.Role.TABLE_HEADER)
                        .withTableStart(true)),
                paragraph("Package View\tby section", ROW),
                paragraph("\tNote", ROW.withTableStart(true)),
                paragraph("\tPlease help us tag packages, a cell wider than the first table's.", ROW),
                paragraph("After.", ParagraphForm.PLAIN));

        var text = ReaderDocument.textOf(blocks);

        TableColumns first = text.getParagraphStyle(0).columns();
        assertThat(text.getParagraphStyle(1).columns()).isSameAs(first);
        assertThat(first).isEqualTo(Tables.columns(blocks.subList(0, 2), 0));
        TableColumns note = text.getParagraphStyle(2).columns();
        assertThat(note).isNotSameAs(first).isSameAs(text.getParagraphStyle(3).columns());
        assertThat(Tables.columns(blocks, 3)).isEqualTo(note);
        assertThat(note.width(0, 1)).as("the note's empty first column").isLessThan(first.width(0, 1));
        for (int i = 0; i < blocks.size(); i++) {
            assertThat(text.getParagraphStyle(i).classes().contains(ReaderDocument.TABLE_END)).as("block %d", i)
                    .isEqualTo(i == 1 || i == 3);
        }
    }

    @Test
    void aRowsTabsAreRunsOfTheirOwnThePageDrawsAsGaps() {
        var text = ReaderDocument.textOf(List.of(paragraph("a\t\tc\td", ROW), paragraph("After.", ParagraphForm.PLAIN)));
        var segments = text.getParagraph(0).getStyledSegments();
        assertThat(segments).extracting(s -> s.getSegment()).containsExactly("a", "\t", "\t", "c", "\t", "d");
        assertThat(segments.get(1).getStyle()).contains(CellGap.STYLE);
        assertThat(segments.get(2).getStyle()).as("an empty cell: two gaps, not one run of two tabs")
                .contains(CellGap.STYLE).isNotEqualTo(segments.get(1).getStyle());
        assertThat(segments.get(0).getStyle()).doesNotContain(CellGap.STYLE);
    }

    @Test
    void columnsAreMeasuredInTheFaceNotCountedInCharacters() {
        TableColumns wide = Tables.columns(List.of(paragraph("WWWWWWWW\tx", ROW)), 0);
        TableColumns narrow = Tables.columns(List.of(paragraph("iiiiiiii\tx", ROW)), 0);
        assertThat(wide.width(0, 1)).as("eight W are wider than eight i").isGreaterThan(narrow.width(0, 1) * 2);
        double w = Tables.Widths.REGULAR.of("WWWWWWWW", 0, 8) / Tables.Widths.SIZE;
        assertThat(wide.width(0, 1)).isCloseTo(w, within(1e-9));
        assertThat(wide.start(1)).isCloseTo(w + Tables.GAP_EMS, within(1e-9));
    }

    @Test
    void headerCellsAreMeasuredBoldAndCodeInTheMonospacedFace() {
        String cell = "Library";
        TableColumns body = Tables.columns(List.of(paragraph(cell + "\tx", ROW)), 0);
        TableColumns header = Tables.columns(List.of(paragraph(cell + "\tx",
                ParagraphForm.of(ParagraphForm.Role.TABLE_HEADER))), 0);
        assertThat(header.width(0, 1)).isGreaterThan(body.width(0, 1));
        ParagraphForm code = new ParagraphForm(ParagraphForm.Role.TABLE_ROW, 0, null, ParagraphForm.Align.START,
                List.of(new Span(0, cell.length(), Span.Style.CODE, null)), null, List.of(), null, false);
        assertThat(Tables.columns(List.of(paragraph(cell + "\tx", code)), 0).width(0, 1))
                .isCloseTo(Tables.Widths.MONO.of(cell, 0, cell.length()) / Tables.Widths.SIZE, within(1e-9));
    }

    @Test
    void aRowsLastCellAndASpanningCellWidenNoColumn() {
        TableColumns withNote = Tables.columns(List.of(paragraph("zlib\t1995\t" + "a long note ".repeat(20), ROW),
                paragraph("xz\t2009\tshort", ROW)), 0);
        TableColumns plain = Tables.columns(List.of(paragraph("zlib\t1995\tx", ROW)), 0);
        assertThat(withNote.count()).isEqualTo(plain.count());
        assertThat(withNote.start(2)).as("the note's column starts where it would").isEqualTo(plain.start(2));
        ParagraphForm spanning = new ParagraphForm(ParagraphForm.Role.TABLE_ROW, 0, null, ParagraphForm.Align.START,
                List.of(), null, List.of(), null, false, false,
                List.of(new ParagraphForm.Cell(ParagraphForm.Align.CENTER, 2)));
        TableColumns spanned = Tables.columns(List.of(paragraph("a spanning cell wider than both\tz", spanning),
                paragraph("a\tb\tc", ROW)), 0);
        assertThat(spanned.width(0, 1)).isEqualTo(Tables.columns(List.of(paragraph("a\tb\tc", ROW)), 0).width(0, 1));
        assertThat(spanned.start(2)).as("the cell after it starts at the third column")
                .isCloseTo(spanned.width(0, 2) + Tables.GAP_EMS, within(1e-9));
    }

    @Test
    void aColumnOfNumbersIsNumericAndTheHeaderDoesNotCount() {
        TableColumns columns = Tables.columns(List.of(
                paragraph("Name\tSize\tNote\tx", ParagraphForm.of(ParagraphForm.Role.TABLE_HEADER)),
                paragraph("zlib\t1,204\t12\tx", ROW), paragraph("xz\t\tabout 7\tx", ROW),
                paragraph("lz4\t−3.5 %\t9\tx", ROW)), 0);
        assertThat(columns.numeric(0)).isFalse();
        assertThat(columns.numeric(1)).as("numbers, an empty cell and a header").isTrue();
        assertThat(columns.numeric(2)).as("one cell in words").isFalse();
        assertThat(columns.numeric(3)).as("the last column: words").isFalse();
        TableColumns lastNumbers = Tables.columns(List.of(paragraph("Name\tSize", ParagraphForm.of(ParagraphForm.Role.TABLE_HEADER)),
                paragraph("zlib\t1,204", ROW), paragraph("xz\t7", ROW)), 0);
        assertThat(lastNumbers.numeric(1)).as("a last column of numbers").isTrue();
        assertThat(lastNumbers.width(1, 1)).as("its widest cell")
                .isCloseTo(Tables.Widths.REGULAR.of("1,204", 0, 5) / Tables.Widths.SIZE, within(1e-9));
    }

    @Test
    void aTableWiderThanItsLineSetsItsColumnsCloserThenNarrowsTheWidestThenRunsOn() {
        TableColumns columns = new TableColumns(new double[] {12, 3, 6}, new boolean[4], 2);
        double natural = columns.start(3) + Tables.LAST_EMS;
        assertThat(columns.within(natural)).isSameAs(columns);
        assertThat(columns.within(Double.NaN)).as("a line not yet measured").isSameAs(columns);

        TableColumns closer = columns.within(natural - 1);
        assertThat(closer.width(0, 1)).isEqualTo(12);
        assertThat(closer.start(1)).isCloseTo(12 + Tables.CLOSE_GAP_EMS, within(1e-9));

        double narrow = 3 + 3 * Tables.CLOSE_GAP_EMS + 2 * 5 + Tables.LAST_EMS; // the 12 and the 6 share 10 ems
        TableColumns narrowed = columns.within(narrow);
        assertThat(narrowed.width(0, 1)).isCloseTo(5, within(1e-9));
        assertThat(narrowed.width(1, 1)).as("a column under the share keeps its width").isCloseTo(3, within(1e-9));
        assertThat(narrowed.width(2, 1)).isCloseTo(5, within(1e-9));
        assertThat(narrowed.start(3) + Tables.LAST_EMS).isCloseTo(narrow, within(1e-9));

        assertThat(columns.within(3 * Tables.MIN_EMS + Tables.LAST_EMS)).isSameAs(TableColumns.RUNNING);

        TableColumns wideLast = new TableColumns(new double[] {4}, new boolean[] {false, true}, 12);
        assertThat(wideLast.within(4 + Tables.GAP_EMS + 9).width(1, 1))
                .as("a last column of numbers set to its end no wider than the line leaves it").isCloseTo(9, within(1e-9));
        assertThat(wideLast.within(40)).isSameAs(wideLast);
    }

    @Test
    void aCellWiderThanTheWidestColumnGivesTheWidestColumn() {
        assertThat(Tables.columns(List.of(paragraph("x".repeat(5000) + "\ty", ROW)), 0).width(0, 1))
                .isEqualTo(Tables.MAX_EMS);
    }

    @Test
    void aRowOfTooManyCellsKeepsItsTabsAsText() {
        String text = "c\t".repeat(Tables.MAX_COLUMNS) + "end";
        var doc = ReaderDocument.textOf(List.of(paragraph(text, ROW), paragraph("After.", ParagraphForm.PLAIN)));
        assertThat(doc.getParagraph(0).getStyledSegments()).as("one run, no node a cell").hasSize(1);
        String fits = "c\t".repeat(Tables.MAX_COLUMNS - 1) + "end";
        doc = ReaderDocument.textOf(List.of(paragraph(fits, ROW), paragraph("After.", ParagraphForm.PLAIN)));
        assertThat(doc.getParagraph(0).getStyledSegments()).hasSize(2 * Tables.MAX_COLUMNS - 1);
    }

    @Test
    void aRowOfTooManyCellsMovesNoColumnOfItsTable() {
        TableColumns columns = Tables.columns(List.of(paragraph("c\t".repeat(10_000) + "end", ROW),
                paragraph("a\tb", ROW)), 0);
        assertThat(columns).isEqualTo(Tables.columns(List.of(paragraph("a\tb", ROW)), 0));
        assertThat(TableColumns.RUNNING.start(1)).isNaN();
    }

    private static Block paragraph(String text, ParagraphForm form) {
        return new Block(Block.Kind.PARAGRAPH, "s", 0, 0, text, false, form);
    }
}
