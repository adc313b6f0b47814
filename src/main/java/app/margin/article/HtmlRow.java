package app.margin.article;

import app.margin.model.ParagraphForm;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The table row {@link HtmlBlock} is gathering, if any: a row is one paragraph whose cells are separated by
 * {@link ParagraphForm#CELL}; blocks inside its cells do not end it. Keeps whether it is a header row, and each cell's
 * alignment and span for the row's form. Past {@value #MAX_COLUMNS} cells the rest are joined into the last one, so
 * a 10,000-column table reads as text.
 *
 * <p>A cell spanning rows ({@code rowspan}) stands in its first row, its form saying how many rows it spans; each row
 * below it that it covers gets an empty cell in its columns, so that row's cells stay under their own heads (without
 * it they moved a column left, in the page and in the grid), and its text is what it was. It spans rows of its own row
 * group only (HTML's rule), so its form's rows stop at the group's last row.
 */
final class HtmlRow {
    /** Cells a table row keeps apart. */
    static final int MAX_COLUMNS = 64;

    /** Open {@code tr} elements (a table nested in a cell opens a second one). */
    int depth;
    boolean header;
    private int headDepth;
    private int cells;
    /** The open row's cells' alignments and spans, in the order of its text's cells. */
    private final List<ParagraphForm.Cell> forms = new ArrayList<>();
    /** The row group (thead, tbody, tfoot) the rows belong to: a new one starts without rows spanning into it. */
    private Element group;
    /** For each column, how many rows after the open one a cell above still covers. */
    private final int[] below = new int[MAX_COLUMNS];
    /** For each column, whether a cell of a row above covers it in the open row. */
    private final boolean[] covered = new boolean[MAX_COLUMNS];
    /** The column the open row's next cell starts at. */
    private int column;
    /** The open row's index in its row group, and the group's rows ({@code tr} children). */
    private int rowInGroup;
    private int groupRows;
    /** The table of the rows being read, and whether its first row is still to be sent. */
    private Element table;
    private boolean start;

    void openHead() {
        headDepth++;
    }

    void closeHead() {
        headDepth--;
    }

    void open(Element tr) {
        depth++;
        cells = 0;
        if (depth == 1) {
            forms.clear();
            Element of = tableOf(tr);
            if (of != table) {
                table = of;
                start = true;
            }
            Element own = tr.parent(); // a rowspan ends with its row group (thead, tbody, tfoot), as in HTML
            if (own != group) {
                group = own;
                java.util.Arrays.fill(below, 0);
                rowInGroup = 0;
                groupRows = 0;
                for (Element row : own == null ? List.of(tr) : own.children()) {
                    groupRows += row.normalName().equals("tr") ? 1 : 0;
                }
            } else {
                rowInGroup++;
            }
            for (int c = 0; c < MAX_COLUMNS; c++) {
                covered[c] = below[c] > 0;
                below[c] = Math.max(0, below[c] - 1);
            }
            column = 0;
        }
        header = headDepth > 0 || onlyHeadCells(tr);
    }

    /** The table a row belongs to: its nearest {@code table}, or {@code null} for a row standing in none. */
    private static Element tableOf(Element tr) {
        for (Element e = tr.parent(); e != null; e = e.parent()) {
            if (e.normalName().equals("table")) {
                return e;
            }
        }
        return null;
    }

    /**
     * Whether the row being sent is its table's first (an empty row is not sent, so the first sent): a table ends
     * where its element ends, even when the next one follows with nothing between them.
     */
    boolean takeStart() {
        boolean first = start;
        start = false;
        return first;
    }

    /**
     * Whether a row's cells are all {@code th}, and it has one. Walked, not selected: a selector's text is parsed at
     * each call, and a book's rows made that 8 ms of reading a 60-chapter book at start.
     */
    private static boolean onlyHeadCells(Element tr) {
        boolean head = false;
        for (Element cell : tr.children()) {
            String tag = cell.normalName();
            if (tag.equals("td")) {
                return false;
            }
            head |= tag.equals("th");
        }
        return head;
    }

    void close() {
        depth--;
    }

    /**
     * A cell of the outermost row begins: how many separators go before it — one when it is not the row's first and
     * the row keeps it apart, and one more for each empty cell standing for a cell above that spans into this row.
     */
    int openCell(Element cell, String tag) {
        if (depth != 1) {
            return 0;
        }
        int separators = 0;
        while (column < MAX_COLUMNS && covered[column] && cells < MAX_COLUMNS) {
            separators += cells > 0 ? 1 : 0;
            forms.add(new ParagraphForm.Cell(ParagraphForm.Align.START, 1));
            cells++;
            column++;
        }
        separators += cells > 0 && cells < MAX_COLUMNS ? 1 : 0;
        if (cells < MAX_COLUMNS) {
            ParagraphForm.Cell form = HtmlElements.cellOf(cell, tag);
            int rows = Math.max(1, Math.min(HtmlElements.rowSpanOf(cell), groupRows - rowInGroup));
            forms.add(rows == 1 ? form : new ParagraphForm.Cell(form.align(), form.span(), rows));
            for (int c = column; c < Math.min(MAX_COLUMNS, column + form.span()); c++) {
                below[c] = Math.max(below[c], rows - 1);
            }
            column += form.span();
        }
        cells++;
        return separators;
    }

    /** The row's cells' forms for a row whose text holds {@code text}'s cells; the next row starts afresh. */
    List<ParagraphForm.Cell> take(String text) {
        List<ParagraphForm.Cell> taken = List.copyOf(forms.subList(0, Math.min(forms.size(),
                ParagraphForm.cellCount(text))));
        forms.clear();
        return taken;
    }
}
