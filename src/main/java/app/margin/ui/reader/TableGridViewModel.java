package app.margin.ui.reader;

import app.margin.model.ParagraphForm;
import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * One table of the page as a grid: its rows (the page's row paragraphs, cells split at tabs), which are header rows,
 * the number of columns (the widest row's, a cell spanning columns counting each; a shorter row's missing cells are
 * empty), each cell's alignment, its column and row spans ({@link TableGridRowSpans}), and the row the reader
 * picked. Copies as tab-separated text and as HTML. Holds no node: {@link TableGrid} draws it.
 */
public final class TableGridViewModel {

    /** More columns than this are not drawn apart (the importers keep 64 apart; this guards any other source). */
    static final int MAX_COLUMNS = 256;

    /**
     * A row of the table: the page paragraph it is, whether it is a header row, its cells (its text's, split at tabs)
     * and its form (spans, the cells' alignments and column spans).
     */
    public record Row(int blockIndex, List<String> cells, ParagraphForm form) {
        public Row {
            cells = List.copyOf(cells);
        }

        public boolean header() {
            return form.role() == ParagraphForm.Role.TABLE_HEADER;
        }

        /** For each grid column from 0, the index of the text cell that starts there, or -1 (covered or missing). */
        int[] starts(int columns) {
            int[] at = new int[columns];
            java.util.Arrays.fill(at, -1);
            int column = 0;
            for (int i = 0; i < cells.size() && column < columns; i++) {
                at[column] = i;
                column += form.cell(i).span();
            }
            return at;
        }

        /** How many grid columns the row's cells fill. */
        int width() {
            int width = 0;
            for (int i = 0; i < cells.size(); i++) {
                width += form.cell(i).span();
            }
            return width;
        }
    }

    /** A stretch of a cell's text with the same inline styles (the page's text classes: em, strong, code, link…). */
    public record Run(String text, List<String> classes) {}

    private final List<Row> rows;
    private final int columns;
    private final List<ParagraphForm.Align> aligns;
    /** For each row, for each grid column, the text cell that starts there or -1. */
    private final int[][] starts;
    private final TableGridRowSpans rowSpans;
    private final ReadOnlyIntegerWrapper picked = new ReadOnlyIntegerWrapper(-1);

    private final String caption;

    TableGridViewModel(List<Row> rows) {
        this(rows, "");
    }

    /** @param caption the table's caption ("Table 1. Levels"), or "" */
    TableGridViewModel(List<Row> rows, String caption) {
        this.caption = caption == null ? "" : caption;
        this.rows = List.copyOf(rows);
        int widest = 0;
        for (Row r : rows) {
            widest = Math.max(widest, r.width());
        }
        this.columns = Math.min(MAX_COLUMNS, widest);
        this.starts = new int[this.rows.size()][];
        for (int r = 0; r < this.rows.size(); r++) {
            starts[r] = this.rows.get(r).starts(columns);
        }
        this.rowSpans = TableGridRowSpans.of(this, starts);
        this.aligns = TableGridAligns.of(this);
    }

    /**
     * The table whose rows include paragraph {@code index} of a page of {@code count} paragraphs, or {@code null}
     * when that paragraph is not a table row.
     */
    public static TableGridViewModel around(int index, int count, IntFunction<String> text,
                                            IntFunction<ParagraphForm> form) {
        return TableGridRows.around(index, count, text, form);
    }

    public List<Row> rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /**
     * Whether the first row is the grid's column heads, which stay while it scrolls: a header row none of whose cells
     * spans columns (a column head is one column's).
     */
    public boolean firstRowHeads() {
        return leadingHeaderRows() > 0 && rows.get(0).width() == rows.get(0).cells().size();
    }

    /**
     * Whether the first two rows are the grid's column heads: a header row whose cells span columns, grouping a header
     * row of one column a cell under it ("2019" over "Q1", "Q2"; a cell of the first spanning both rows stands over an
     * empty one), the first as wide as the table.
     */
    public boolean groupedHeads() {
        return leadingHeaderRows() >= 2 && !firstRowHeads() && rows.get(0).width() == columns
                && rows.get(1).width() == rows.get(1).cells().size();
    }

    /** The header rows at the top of the table. */
    public int leadingHeaderRows() {
        int n = 0;
        while (n < rows.size() && rows.get(n).header()) {
            n++;
        }
        return n;
    }

    /** A cell's text; empty where a short row has no cell, and in the columns a cell before it spans. */
    public String cell(int row, int column) {
        int i = textCell(row, column);
        return i < 0 ? "" : rows.get(row).cells().get(i);
    }

    /** The index in its row's text of the cell starting at this grid column, or -1. */
    private int textCell(int row, int column) {
        return column < 0 || column >= columns ? -1 : starts[row][column];
    }

    /**
     * How many grid columns the cell starting here spans (to the grid's edge at most): 1 for a plain cell and where a
     * short row has none, 0 for a column that a cell before it spans.
     */
    public int span(int row, int column) {
        int i = textCell(row, column);
        if (i >= 0) {
            return Math.min(columns - column, rows.get(row).form().cell(i).span());
        }
        for (int c = column - 1; c >= 0; c--) {
            int before = textCell(row, c);
            if (before >= 0) {
                return c + rows.get(row).form().cell(before).span() > column ? 0 : 1;
            }
        }
        return 1;
    }

    /** Rows the cell starting here spans: 1 for a plain or a missing cell, 0 for a slot that a cell above covers. */
    public int rowSpan(int row, int column) {
        return column < 0 || column >= columns ? 1 : rowSpans.rows(row, column);
    }

    /** Whether this slot's right edge lies inside a cell spanning columns (from the left or from above it). */
    public boolean joinedRight(int row, int column) {
        return column + 1 < columns && (span(row, column + 1) == 0 || rowSpans.openRight(row, column));
    }

    /** Whether this slot's lower edge lies inside a cell spanning rows. */
    public boolean joinedBelow(int row, int column) {
        return column >= 0 && column < columns && rowSpans.openBelow(row, column);
    }

    /**
     * A cell's alignment: its own where the source gives one (an HTML {@code align} or {@code text-align}, a Markdown
     * column's colons), else its column's ({@link #align(int)}).
     */
    public ParagraphForm.Align align(int row, int column) {
        int i = textCell(row, column);
        ParagraphForm.Align own = i < 0 ? ParagraphForm.Align.START : rows.get(row).form().cell(i).align();
        return own != ParagraphForm.Align.START ? own : align(column);
    }

    /** A cell's text in runs of equal inline styles, as the page draws them; one plain run when it has none. */
    public List<Run> runs(int row, int column) {
        return TableGridText.runs(rows.get(row), cell(row, column), textCell(row, column));
    }

    /**
     * A column's alignment where its cells give none of their own: a column whose body cells are all numbers is set
     * to the end ({@link TableGridAligns}).
     */
    public ParagraphForm.Align align(int column) {
        return aligns.get(column);
    }

    /** The row of the table the reader picked, or -1. */
    public ReadOnlyIntegerProperty pickedRowProperty() {
        return picked.getReadOnlyProperty();
    }

    public void pick(int row) {
        picked.set(row < 0 || row >= rows.size() ? -1 : row);
    }

    /** The page paragraph of the picked row; the table's first row when none is picked. */
    public int pickedBlock() {
        int row = picked.get();
        return rows.get(Math.max(0, row)).blockIndex();
    }

    /** The table's caption, shown above the grid; "" when it has none. */
    public String caption() {
        return caption;
    }

    /** The window's title: the caption, else the header's first cells, or the table's size. */
    public String title() {
        String size = rows.size() + (rows.size() == 1 ? " row" : " rows") + ", " + columns
                + (columns == 1 ? " column" : " columns");
        if (!caption.isBlank()) {
            return (caption.length() > 80 ? caption.substring(0, 79) + "…" : caption) + " (" + size + ")";
        }
        if (leadingHeaderRows() > 0) {
            String head = String.join(", ", rows.get(0).cells().subList(0, Math.min(3, rows.get(0).cells().size())))
                    .strip();
            if (!head.isEmpty()) {
                return "Table: " + (head.length() > 60 ? head.substring(0, 59) + "…" : head) + " (" + size + ")";
            }
        }
        return "Table (" + size + ")";
    }

    /** The whole table as tab-separated text, a line a row, every row as wide as the table. */
    public String tsv() {
        return TableGridText.tsv(this, 0, rows.size(), 0, columns);
    }

    /** Rows {@code [fromRow, toRow)} and columns {@code [fromColumn, toColumn)} as tab-separated text. */
    public String tsv(int fromRow, int toRow, int fromColumn, int toColumn) {
        return TableGridText.tsv(this, fromRow, toRow, fromColumn, toColumn);
    }

    /** The whole table as an HTML table: header rows as {@code th} cells, spans and alignments kept. */
    public String html() {
        return TableGridText.html(this);
    }
}
