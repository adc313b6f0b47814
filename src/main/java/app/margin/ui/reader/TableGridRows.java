package app.margin.ui.reader;

import app.margin.model.ParagraphForm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Reads a table off the page: the row paragraphs around the one the reader is in (the tabular paragraphs next to
 * each other, up to a row that starts a table of its own), each row's cells split at tabs, and the caption standing
 * just above them. What it reads becomes a {@link TableGridViewModel}.
 */
final class TableGridRows {

    private TableGridRows() {
    }

    /**
     * The table whose rows include paragraph {@code index} of a page of {@code count} paragraphs, or {@code null}
     * when that paragraph is not a table row.
     */
    static TableGridViewModel around(int index, int count, IntFunction<String> text, IntFunction<ParagraphForm> form) {
        if (index < 0 || index >= count || !form.apply(index).role().tabular()) {
            return null;
        }
        int start = start(index, form);
        List<TableGridViewModel.Row> rows = new ArrayList<>();
        for (int i = start; i < count && (i == start || form.apply(i).continuesTable(form.apply(i - 1))); i++) {
            rows.add(new TableGridViewModel.Row(i, split(text.apply(i)), form.apply(i)));
        }
        // The caption stands just above the rows (an HTML table's caption, or a paragraph the book marks as one).
        boolean captioned = start > 0 && form.apply(start - 1).role() == ParagraphForm.Role.CAPTION;
        return new TableGridViewModel(rows, captioned ? text.apply(start - 1) : "");
    }

    /** The first row paragraph of the table holding paragraph {@code index} (a table row). */
    private static int start(int index, IntFunction<ParagraphForm> form) {
        int start = index;
        while (start > 0 && form.apply(start).continuesTable(form.apply(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * A row's cells: its text split at tabs; past {@link TableGridViewModel#MAX_COLUMNS}, the rest stays in the last
     * cell.
     */
    private static List<String> split(String text) {
        List<String> cells = new ArrayList<>();
        int from = 0;
        while (cells.size() < TableGridViewModel.MAX_COLUMNS - 1) {
            int tab = text.indexOf(ParagraphForm.CELL, from);
            if (tab < 0) {
                break;
            }
            cells.add(text.substring(from, tab));
            from = tab + 1;
        }
        cells.add(text.substring(from));
        return cells;
    }
}
