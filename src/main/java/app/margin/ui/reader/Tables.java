package app.margin.ui.reader;

import app.margin.model.Block;
import app.margin.model.ParagraphForm;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A table's rows are paragraphs whose cells are split by tabs. The rows of one table share its columns: each as
 * wide as its widest cell (up to {@link #MAX_EMS} ems), measured in the page's face in ems, so the page can place
 * every cell at its column's start whatever the reader's font size ({@link CellGaps}). JavaFX 21 has one tab size
 * a paragraph and no tab stops, so the page does not draw the tab: the cell gap is a node of the row's width
 * ({@link CellGap}).
 */
final class Tables {
    /** The widest a column is made, in ems: a longer cell runs on and pushes the rest of its row along. */
    static final double MAX_EMS = 16;
    /** Room between a column's widest cell and the next column, in ems. */
    static final double GAP_EMS = 1.1;
    /** Room between columns of a table set closer to fit its line, in ems. */
    static final double CLOSE_GAP_EMS = 0.6;
    /**
     * The least room between two cells of a row, in ems, after a cell wider than its column. Less than the room
     * between columns: a cell measured at 100 px may come out a pixel or two wider at the reader's size (advances
     * are rounded), and is not to push the rest of its row along for that.
     */
    static final double MIN_GAP_EMS = 0.3;
    /** The least room a table leaves its last column, in ems; a table that cannot sets its columns closer. */
    static final double LAST_EMS = 8;
    /** The narrowest a column is made to fit a table in its line, in ems; a table that cannot runs on. */
    static final double MIN_EMS = 3;
    /** Rows of more cells than this are set as running text, cells a small gap apart: the grid shows them. */
    static final int MAX_COLUMNS = 64;
    /** Characters of a cell measured: a longer one is wider than the widest column anyway. */
    private static final int MEASURED = 200;

    private Tables() {}

    /**
     * The columns of the table whose rows include block {@code index}: each column's widest cell in ems of the body
     * face, from every row's cells but its last (which moves no column, however long: it wraps), header cells and
     * strong words measured bold, code in the monospaced face at its size. A cell spanning columns widens none. A
     * column whose body cells are all numbers is set to its end, as the grid sets it.
     */
    static TableColumns columns(List<Block> blocks, int index) {
        int start = index;
        while (start > 0 && sameTable(blocks.get(start - 1), blocks.get(start))) {
            start--;
        }
        Cells inner = new Cells(); // the cells that move a column: every row's but its last
        Cells last = new Cells(); // rows' last cells, kept for the last column alone
        for (int i = start; i < blocks.size() && (i == start || sameTable(blocks.get(i - 1), blocks.get(i))); i++) {
            Block b = blocks.get(i);
            String text = b.text();
            ParagraphForm form = b.form();
            if (ParagraphForm.cellCount(text) > MAX_COLUMNS) {
                continue; // a row of more cells is set as text (InlineStyles.inPage): it moves no column
            }
            boolean header = form.role() == ParagraphForm.Role.TABLE_HEADER;
            List<String>[] classes = InlineStyles.perCharacter(form, text.length());
            int from = 0;
            int cell = 0;
            int column = 0;
            while (true) {
                int tab = text.indexOf(ParagraphForm.CELL, from);
                int end = tab < 0 ? text.length() : tab;
                int span = form.cell(cell).span();
                // The row's last cell moves no column, however long: it wraps. It is kept for the last column
                // alone, to set a column of numbers to its end.
                Cells into = tab < 0 ? last : inner;
                if (span == 1 && column < (tab < 0 ? MAX_COLUMNS + 1 : MAX_COLUMNS)) {
                    double w = width(text, from, Math.min(end, from + MEASURED), classes, header) / Widths.SIZE;
                    into.add(column, Math.min(MAX_EMS, w), text.substring(from, end).strip(), header);
                } else if (tab >= 0) {
                    inner.reach(Math.min(MAX_COLUMNS, column + span)); // a spanning cell widens none, but counts
                }
                if (tab < 0) {
                    break;
                }
                column += span;
                cell++;
                from = tab + 1;
            }
        }
        int n = inner.widest.length;
        boolean[] numeric = new boolean[n + 1];
        for (int c = 0; c < n; c++) {
            numeric[c] = inner.numbers[c] > 0 && (c >= last.numbers.length || last.numbers[c] >= 0);
        }
        double lastWidth = n < last.widest.length ? last.widest[n] : 0;
        numeric[n] = n < last.numbers.length && last.numbers[n] > 0;
        return new TableColumns(inner.widest, numeric, lastWidth);
    }

    /**
     * Columns' widest cells, in ems, and whether their body cells are numbers so far (1), not (-1) or none seen (0):
     * once for the cells that move a column, once for rows' last cells.
     */
    private static final class Cells {
        double[] widest = new double[0];
        int[] numbers = new int[0];

        /** Makes room for columns up to {@code columns}. */
        void reach(int columns) {
            if (columns > widest.length) {
                widest = Arrays.copyOf(widest, columns);
                numbers = Arrays.copyOf(numbers, columns);
            }
        }

        void add(int column, double ems, String cell, boolean header) {
            reach(column + 1);
            widest[column] = Math.max(widest[column], ems);
            if (!header && !cell.isEmpty() && numbers[column] >= 0) {
                numbers[column] = TableGridAligns.NUMBER.matcher(cell).matches() ? 1 : -1;
            }
        }
    }

    private static double width(String text, int from, int to, List<String>[] classes, boolean header) {
        double w = 0;
        for (int i = from; i < to; i++) {
            List<String> these = classes == null ? null : classes[i];
            Widths face = these != null && these.contains("code") ? Widths.MONO
                    : header || (these != null && these.contains("strong")) ? Widths.BOLD : Widths.REGULAR;
            w += face.advance(text.charAt(i));
        }
        return w;
    }

    /** Whether block {@code row} is a row of the table of block {@code above}, the block just before it. */
    static boolean sameTable(Block above, Block row) {
        return above.kind() == Block.Kind.PARAGRAPH && row.kind() == Block.Kind.PARAGRAPH
                && row.form().continuesTable(above.form());
    }

    /**
     * Advances of the page's faces at {@value #SIZE} px (code at nine tenths, as the page sets it), a character at a
     * time, measured once each (JavaFX lays text out without kerning, so a cell's width is the sum of its
     * characters'). Measured off the FX thread too: a {@link Text} that is in no scene may be used on any thread.
     */
    enum Widths {
        REGULAR("Serif", FontWeight.NORMAL, 1), BOLD("Serif", FontWeight.BOLD, 1),
        MONO("Monospaced", FontWeight.NORMAL, 0.9),
        /** The monospaced face at {@value #SIZE} px itself: a code block's lines ({@link CodeFit}). */
        CODE("Monospaced", FontWeight.NORMAL, 1);

        static final double SIZE = 100;

        private final String family;
        private final FontWeight weight;
        private final double size;
        private final Map<Character, Double> advances = new ConcurrentHashMap<>();
        private volatile Font font;

        Widths(String family, FontWeight weight, double scale) {
            this.family = family;
            this.weight = weight;
            this.size = SIZE * scale;
        }

        double of(String text, int from, int to) {
            double w = 0;
            for (int i = from; i < to; i++) {
                w += advance(text.charAt(i));
            }
            return w;
        }

        double advance(char c) {
            Double known = advances.get(c);
            if (known != null) {
                return known;
            }
            if (font == null) {
                font = Font.font(family, weight, size);
            }
            Text probe = new Text(String.valueOf(c));
            probe.setFont(font);
            double w = Character.isSurrogate(c) ? SIZE / 2 : probe.getLayoutBounds().getWidth();
            advances.put(c, w);
            return w;
        }
    }
}
