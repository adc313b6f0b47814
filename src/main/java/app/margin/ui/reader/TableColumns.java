package app.margin.ui.reader;

import java.util.Arrays;

/**
 * The columns a table's rows share in the page: each column's width in ems of the body face (its widest cell), and
 * so where each column starts. {@link #RUNNING} is a table of too many columns to set as a grid in the page: its
 * cells run on, a small gap apart.
 */
final class TableColumns {
    static final TableColumns RUNNING = new TableColumns(new double[0], new boolean[0], 0);

    private final double[] widths;
    private final double[] starts;
    private final boolean[] numeric;

    private final double gap;
    /** The last column's widest cell, in ems: it moves no column, but a column of numbers is set to its end. */
    private final double lastWidth;

    /**
     * @param numeric   for each column and the last (one more than {@code widths}), whether its body cells are numbers
     * @param lastWidth the widest cell of the last column, which has no width of its own
     */
    TableColumns(double[] widths, boolean[] numeric, double lastWidth) {
        this(widths, numeric, lastWidth, Tables.GAP_EMS);
    }

    private TableColumns(double[] widths, boolean[] numeric, double lastWidth, double gap) {
        this.widths = widths.clone();
        this.numeric = Arrays.copyOf(numeric, widths.length + 1);
        this.lastWidth = lastWidth;
        this.gap = gap;
        this.starts = new double[widths.length + 1];
        for (int i = 0; i < widths.length; i++) {
            starts[i + 1] = starts[i] + widths[i] + gap;
        }
    }

    /**
     * The table as a line of {@code lineEms} ems sets it: its columns with their room between them when the last
     * column still has {@link Tables#LAST_EMS} ems; else closer (the least room between them) and, if need be, its
     * widest columns narrowed to one width so that it fits (a longer cell runs into the next column and pushes the
     * rest of its row along); else, when that would leave a column under {@link Tables#MIN_EMS}, {@link #RUNNING}.
     */
    TableColumns within(double lineEms) {
        int n = widths.length;
        if (n == 0 || Double.isNaN(lineEms)) {
            return this;
        }
        if (starts[n] + Tables.LAST_EMS <= lineEms) {
            return lastWithin(lineEms);
        }
        double room = lineEms - Tables.LAST_EMS - n * Tables.CLOSE_GAP_EMS;
        if (room < n * Tables.MIN_EMS) {
            return RUNNING;
        }
        double[] sorted = widths.clone();
        Arrays.sort(sorted);
        double rest = room;
        double cap = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double share = rest / (n - i);
            if (sorted[i] > share) {
                cap = share; // this column and every wider one get the same share of what is left
                break;
            }
            rest -= sorted[i];
        }
        double[] capped = new double[n];
        for (int i = 0; i < n; i++) {
            capped[i] = Math.min(widths[i], cap);
        }
        return new TableColumns(capped, numeric, lastWidth, Tables.CLOSE_GAP_EMS).lastWithin(lineEms);
    }

    /**
     * This table with its last column's width no wider than the line leaves it: a cell set to the end of a wider
     * one would be pushed past the line's end (a line breaks after a tab, not after the gap drawn for it).
     */
    private TableColumns lastWithin(double lineEms) {
        double left = lineEms - starts[widths.length];
        return lastWidth <= left ? this : new TableColumns(widths, numeric, Math.max(0, left), gap);
    }

    /**
     * How many ems a line must have to set each of the table's rows on one line in these columns: the columns with
     * the room between them, and the last column's widest cell, at least {@link Tables#LAST_EMS} (as
     * {@link #within} asks). A last column whose widest cell is as wide as any column is made ({@link Tables#MAX_EMS})
     * holds text that wraps whatever its size: it counts for {@link Tables#LAST_EMS}. {@code NaN} for a table with
     * no column to move (one column, or {@link #RUNNING}).
     */
    double fitEms() {
        int n = widths.length;
        if (n == 0) {
            return Double.NaN;
        }
        return starts[n] + (lastWidth >= Tables.MAX_EMS ? Tables.LAST_EMS : Math.max(Tables.LAST_EMS, lastWidth));
    }

    /** How many columns have a width (the last of a table's columns has none: it moves nothing). */
    int count() {
        return widths.length;
    }

    /** Where column {@code index} starts, in ems from the row's start; {@code NaN} past the measured columns. */
    double start(int index) {
        return index < starts.length ? starts[index] : Double.NaN;
    }

    /**
     * The width of {@code span} columns from {@code index}, the gaps between them counted: the last column's is its
     * widest cell's; {@code NaN} past them.
     */
    double width(int index, int span) {
        int end = index + span;
        if (index == widths.length && span == 1) {
            return lastWidth;
        }
        return end <= widths.length ? starts[end] - starts[index] - gap : Double.NaN;
    }

    /** Whether column {@code index}'s body cells are all numbers (set to the column's end where a cell says nothing). */
    boolean numeric(int index) {
        return index < numeric.length && numeric[index];
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof TableColumns other && gap == other.gap && lastWidth == other.lastWidth
                && Arrays.equals(widths, other.widths) && Arrays.equals(numeric, other.numeric);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(widths) * 31 + Double.hashCode(gap);
    }

    @Override
    public String toString() {
        return "TableColumns" + Arrays.toString(widths);
    }
}
