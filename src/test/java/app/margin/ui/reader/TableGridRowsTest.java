package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ParagraphForm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a table off the page: its rows around a paragraph, and the caption just above them. */
class TableGridRowsTest {

    private static final ParagraphForm CAPTION = ParagraphForm.of(ParagraphForm.Role.CAPTION);
    private static final ParagraphForm ROW = ParagraphForm.of(ParagraphForm.Role.TABLE_ROW);

    private static TableGridViewModel around(int index, List<String> texts, List<ParagraphForm> forms) {
        return TableGridRows.around(index, texts.size(), texts::get, forms::get);
    }

    @Test
    void theCaptionJustAboveTheRowsIsTheTables() {
        TableGridViewModel table = around(2, List.of("Table 1. Sizes", "a\tb", "c\td"), List.of(CAPTION, ROW, ROW));
        assertThat(table.caption()).isEqualTo("Table 1. Sizes");
        assertThat(table.rows()).extracting(TableGridViewModel.Row::blockIndex).containsExactly(1, 2);
    }

    @Test
    void aCaptionWithAParagraphBetweenIsNotTheTables() {
        TableGridViewModel table = around(2, List.of("Table 1. Sizes", "Text.", "a\tb"),
                List.of(CAPTION, ParagraphForm.PLAIN, ROW));
        assertThat(table.caption()).isEmpty();
    }

    @Test
    void theRowsEndAtTheFirstParagraphThatIsNoRow() {
        TableGridViewModel table = around(0, List.of("a\tb", "c\td", "Text.", "e\tf"),
                List.of(ROW, ROW, ParagraphForm.PLAIN, ROW));
        assertThat(table.rows()).extracting(TableGridViewModel.Row::cells)
                .containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void theRowsEndWhereTheNextTableStartsWithNothingBetween() {
        ParagraphForm first = ROW.withTableStart(true);
        List<String> texts = List.of("a\tb", "c\td", "\tNote", "\tPlease help.");
        List<ParagraphForm> forms = List.of(first, ROW, first, ROW);

        assertThat(around(1, texts, forms).rows()).extracting(TableGridViewModel.Row::blockIndex)
                .containsExactly(0, 1);
        assertThat(around(2, texts, forms).rows()).extracting(TableGridViewModel.Row::blockIndex)
                .containsExactly(2, 3);
        assertThat(around(3, texts, forms).rows()).extracting(TableGridViewModel.Row::cells)
                .containsExactly(List.of("", "Note"), List.of("", "Please help."));
    }
}
