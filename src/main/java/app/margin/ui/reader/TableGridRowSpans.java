package app.margin.ui.reader;

/**
 * Which cells of a grid span rows, and which slots they cover. A cell spanning rows stands in its first row; each row
 * below that it covers holds an empty cell of its own in its columns (the importers' way, so the text is the same with
 * or without the span). Such a slot is covered only while it is empty, one column wide and not covered already: a
 * file whose row below has text there keeps it, and the span stops above it. It stops at the table's end too.
 */
final class TableGridRowSpans {
    /** For each row, for each grid column: rows the cell starting there spans, 0 for a covered slot; null: all 1. */
    private final int[][] rows;
    /** For each row, for each grid column: whether the slot's lower edge is inside a cell spanning rows. */
    private final boolean[][] openBelow;
    /** For each row, for each grid column: whether the slot's right edge is inside a cell spanning rows and columns. */
    private final boolean[][] openRight;

    private TableGridRowSpans(int[][] rows, boolean[][] openBelow, boolean[][] openRight) {
        this.rows = rows;
        this.openBelow = openBelow;
        this.openRight = openRight;
    }

    /** The table's row spans, worked out once when the grid opens: rows × columns at most. */
    static TableGridRowSpans of(TableGridViewModel table, int[][] starts) {
        int count = table.rows().size();
        int columns = table.columns();
        if (!anySpansRows(table)) {
            return new TableGridRowSpans(null, null, null);
        }
        int[][] rows = new int[count][columns];
        boolean[][] below = new boolean[count][columns];
        boolean[][] right = new boolean[count][columns];
        for (int[] row : rows) {
            java.util.Arrays.fill(row, 1);
        }
        for (int r = 0; r < count; r++) {
            for (int c = 0; c < columns; c++) {
                int i = starts[r][c];
                if (i < 0 || rows[r][c] == 0) {
                    continue;
                }
                int wanted = table.rows().get(r).form().cell(i).rows();
                int span = Math.max(1, table.span(r, c));
                int k = 1;
                while (k < wanted && r + k < count && coverable(table, rows, r + k, c, span)) {
                    k++;
                }
                rows[r][c] = k;
                for (int j = 0; j < k; j++) {
                    for (int cc = c; cc < c + span; cc++) {
                        if (j > 0) {
                            rows[r + j][cc] = 0;
                        }
                        below[r + j][cc] = j < k - 1;
                        right[r + j][cc] = k > 1 && cc < c + span - 1;
                    }
                }
            }
        }
        return new TableGridRowSpans(rows, below, right);
    }

    private static boolean anySpansRows(TableGridViewModel table) {
        for (TableGridViewModel.Row row : table.rows()) {
            for (var cell : row.form().cells()) {
                if (cell.rows() > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether row {@code r}'s slots in columns {@code [c, c + span)} are empty plain ones that nothing covers yet. */
    private static boolean coverable(TableGridViewModel table, int[][] rows, int r, int c, int span) {
        for (int cc = c; cc < c + span; cc++) {
            if (rows[r][cc] == 0 || table.span(r, cc) != 1 || !table.cell(r, cc).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Rows the cell starting at this slot spans (1 for a plain cell or a missing one), or 0 for a covered slot. */
    int rows(int row, int column) {
        return rows == null ? 1 : rows[row][column];
    }

    /** Whether the slot's lower edge lies inside a cell spanning rows: no rule there. */
    boolean openBelow(int row, int column) {
        return openBelow != null && openBelow[row][column];
    }

    /** Whether the slot's right edge lies inside a cell spanning rows and columns: no rule there. */
    boolean openRight(int row, int column) {
        return openRight != null && openRight[row][column];
    }
}
