package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ParagraphForm;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableGridViewModelTest {

    private static final ParagraphForm HEAD = ParagraphForm.of(ParagraphForm.Role.TABLE_HEADER);
    private static final ParagraphForm ROW = ParagraphForm.of(ParagraphForm.Role.TABLE_ROW);

    /** A page: a paragraph, the table's rows, a paragraph after. */
    private static TableGridViewModel table(int index, List<String> texts, List<ParagraphForm> forms) {
        return TableGridViewModel.around(index, texts.size(), texts::get, forms::get);
    }

    private final List<String> texts = List.of("Before.", "Name\tSize\tNote", "zlib\t1 MB\tsmall", "gzip\t2",
            "After.");
    private final List<ParagraphForm> forms = List.of(ParagraphForm.PLAIN, HEAD, ROW, ROW, ParagraphForm.PLAIN);

    @Test
    void aRowAnywhereInTheTableGivesTheWholeTable() {
        TableGridViewModel vm = table(3, texts, forms);
        assertThat(vm.rows()).extracting(TableGridViewModel.Row::blockIndex).containsExactly(1, 2, 3);
        assertThat(vm.leadingHeaderRows()).isEqualTo(1);
        assertThat(vm.columns()).isEqualTo(3);
        assertThat(table(0, texts, forms)).as("not a table row").isNull();
    }

    @Test
    void aShortRowsMissingCellsAreEmpty() {
        TableGridViewModel vm = table(1, texts, forms);
        assertThat(vm.cell(2, 1)).isEqualTo("2");
        assertThat(vm.cell(2, 2)).isEmpty();
        assertThat(vm.tsv()).isEqualTo("Name\tSize\tNote\nzlib\t1 MB\tsmall\ngzip\t2\t\n");
    }

    @Test
    void aPartOfTheTableCopiesAsItsRectangle() {
        assertThat(table(1, texts, forms).tsv(1, 3, 0, 2)).isEqualTo("zlib\t1 MB\ngzip\t2\n");
    }

    @Test
    void htmlKeepsTheHeaderRowsAndEscapesTheText() {
        TableGridViewModel vm = table(1, List.of("a<b\tc&d", "1\tx"), List.of(HEAD, ROW));
        assertThat(vm.html()).isEqualTo("<table><tr><th align=\"right\">a&lt;b</th><th>c&amp;d</th></tr>"
                + "<tr><td align=\"right\">1</td><td>x</td></tr></table>");
    }

    @Test
    void aColumnOfNumbersIsSetToTheEndAndAColumnOfWordsToTheStart() {
        TableGridViewModel vm = table(1, List.of("Name\tPrice", "Tea\t$3.50", "Cake\t12", "Pie\t"),
                List.of(HEAD, ROW, ROW, ROW));
        assertThat(vm.align(0)).isEqualTo(ParagraphForm.Align.START);
        assertThat(vm.align(1)).isEqualTo(ParagraphForm.Align.END);
    }

    @Test
    void thePickedRowIsItsPageParagraphAndTheFirstRowWhenNoneIs() {
        TableGridViewModel vm = table(2, texts, forms);
        assertThat(vm.pickedBlock()).isEqualTo(1);
        vm.pick(2);
        assertThat(vm.pickedBlock()).isEqualTo(3);
        vm.pick(99);
        assertThat(vm.pickedRowProperty().get()).isEqualTo(-1);
    }

    @Test
    void moreColumnsThanTheGridDrawsStayTogetherInTheLastOne() {
        String wide = String.join("\t", java.util.Collections.nCopies(1000, "x"));
        TableGridViewModel vm = table(0, List.of(wide), List.of(ROW));
        assertThat(vm.columns()).isEqualTo(TableGridViewModel.MAX_COLUMNS);
        assertThat(vm.cell(0, TableGridViewModel.MAX_COLUMNS - 1)).hasSize(2 * (1000 - TableGridViewModel.MAX_COLUMNS) + 1);
    }

    @Test
    void theTitleNamesTheHeaderAndTheSize() {
        assertThat(table(1, texts, forms).title()).isEqualTo("Table: Name, Size, Note (3 rows, 3 columns)");
        assertThat(table(0, List.of("1\t2"), List.of(ROW)).title()).isEqualTo("Table (1 row, 2 columns)");
    }

    @Test
    void aCellsRunsKeepThePagesInlineStylesInsideTheCell() {
        String text = "plain\tsome code here\tend";
        ParagraphForm form = ROW.withSpans(List.of(new app.margin.model.Span(11, 15, app.margin.model.Span.Style.CODE, null)));
        TableGridViewModel vm = table(0, List.of(text), List.of(form));
        assertThat(vm.runs(0, 1)).containsExactly(new TableGridViewModel.Run("some ", List.of()),
                new TableGridViewModel.Run("code", List.of("code")), new TableGridViewModel.Run(" here", List.of()));
        assertThat(vm.runs(0, 0)).containsExactly(new TableGridViewModel.Run("plain", List.of()));
        assertThat(vm.runs(0, 2)).containsExactly(new TableGridViewModel.Run("end", List.of()));
    }

    @Test
    void aCellSpanningColumnsCoversTheColumnsAfterItAndTheRowCountsThemAll() {
        ParagraphForm spanning = HEAD.withCells(List.of(new ParagraphForm.Cell(ParagraphForm.Align.CENTER, 2)));
        TableGridViewModel vm = table(0, List.of("Both\tSum", "a\tb\tc", "x"), List.of(spanning, ROW, ROW));

        assertThat(vm.columns()).isEqualTo(3);
        assertThat(vm.cell(0, 0)).isEqualTo("Both");
        assertThat(vm.cell(0, 1)).as("covered").isEmpty();
        assertThat(vm.cell(0, 2)).isEqualTo("Sum");
        assertThat(vm.span(0, 0)).isEqualTo(2);
        assertThat(vm.span(0, 1)).isZero();
        assertThat(vm.span(0, 2)).isEqualTo(1);
        assertThat(vm.span(2, 1)).as("a short row's missing cell").isEqualTo(1);
        assertThat(vm.firstRowHeads()).as("a spanning head is no one column's head").isFalse();
        assertThat(vm.tsv()).isEqualTo("Both\t\tSum\na\tb\tc\nx\t\t\n");
        assertThat(vm.html()).startsWith("<table><tr><th colspan=\"2\" align=\"center\">Both</th><th>Sum</th></tr>");
    }

    @Test
    void aCellsOwnAlignmentComesBeforeItsColumnsAndSpansKeepTheirRuns() {
        ParagraphForm row = ROW.withCells(List.of(ParagraphForm.Cell.PLAIN, new ParagraphForm.Cell(
                ParagraphForm.Align.START, 2), new ParagraphForm.Cell(ParagraphForm.Align.CENTER, 1)))
                .withSpans(List.of(new app.margin.model.Span(2, 6, app.margin.model.Span.Style.EMPHASIS)));
        TableGridViewModel vm = table(0, List.of("Name\tA\tB\tPrice", "x\twide\t3", "y\t1\t2\t4"),
                List.of(HEAD, row, ROW));

        assertThat(vm.cell(1, 1)).isEqualTo("wide");
        assertThat(vm.cell(1, 3)).isEqualTo("3");
        assertThat(vm.align(1, 3)).as("the cell's own").isEqualTo(ParagraphForm.Align.CENTER);
        assertThat(vm.align(2, 3)).as("its column's: numbers").isEqualTo(ParagraphForm.Align.END);
        assertThat(vm.runs(1, 1)).containsExactly(new TableGridViewModel.Run("wide", List.of("em")));
        assertThat(vm.runs(1, 3)).containsExactly(new TableGridViewModel.Run("3", List.of()));
    }

    private static ParagraphForm row(ParagraphForm.Cell... cells) {
        return ROW.withCells(List.of(cells));
    }

    @Test
    void aCellSpanningTwoRowsStandsInTheFirstAndCoversItsSlotInTheSecond() {
        ParagraphForm both = row(new ParagraphForm.Cell(ParagraphForm.Align.START, 1, 2));
        TableGridViewModel vm = table(0, List.of("Both\ta", "\tb", "c\td"), List.of(both, ROW, ROW));

        assertThat(vm.rowSpan(0, 0)).isEqualTo(2);
        assertThat(vm.rowSpan(1, 0)).as("covered: no cell of its own is drawn").isZero();
        assertThat(vm.rowSpan(2, 0)).isEqualTo(1);
        assertThat(vm.rowSpan(0, 1)).isEqualTo(1);
        assertThat(vm.joinedBelow(0, 0)).as("no rule inside the spanning cell").isTrue();
        assertThat(vm.joinedBelow(1, 0)).as("its last row's rule stays").isFalse();
        assertThat(vm.joinedBelow(0, 1)).isFalse();
        assertThat(vm.joinedRight(1, 0)).as("a one-column span keeps its right rule").isFalse();
        assertThat(vm.cell(1, 1)).as("the row's own cells stay in their columns").isEqualTo("b");
        assertThat(vm.tsv()).as("copied as the rows' text").isEqualTo("Both\ta\n\tb\nc\td\n");
        assertThat(vm.html()).isEqualTo("<table><tr><td rowspan=\"2\">Both</td><td>a</td></tr><tr><td>b</td></tr>"
                + "<tr><td>c</td><td>d</td></tr></table>");
    }

    @Test
    void aCellSpanningRowsAndColumnsJoinsTheSlotsItCovers() {
        ParagraphForm block = row(new ParagraphForm.Cell(ParagraphForm.Align.START, 2, 3));
        TableGridViewModel vm = table(0, List.of("Block\tx", "\t\ty", "\t\tz"), List.of(block, ROW, ROW));

        assertThat(vm.rowSpan(0, 0)).isEqualTo(3);
        for (int r = 1; r < 3; r++) {
            assertThat(vm.rowSpan(r, 0)).isZero();
            assertThat(vm.rowSpan(r, 1)).isZero();
            assertThat(vm.joinedRight(r, 0)).isTrue();
            assertThat(vm.joinedRight(r, 1)).isFalse();
        }
        assertThat(vm.joinedBelow(1, 1)).isTrue();
        assertThat(vm.joinedBelow(2, 1)).isFalse();
    }

    @Test
    void aRowSpanStopsAtTheTablesEndAndAboveARowWithTextInItsPlace() {
        ParagraphForm tall = row(new ParagraphForm.Cell(ParagraphForm.Align.START, 1, 9));
        TableGridViewModel vm = table(0, List.of("Tall\ta", "\tb", "kept\tc", "x"), List.of(tall, ROW, ROW, tall));

        assertThat(vm.rowSpan(0, 0)).as("the third row has its own text there").isEqualTo(2);
        assertThat(vm.rowSpan(2, 0)).isEqualTo(1);
        assertThat(vm.cell(2, 0)).isEqualTo("kept");
        assertThat(vm.rowSpan(3, 0)).as("the last row").isEqualTo(1);
        assertThat(vm.joinedBelow(3, 0)).isFalse();
    }
}
