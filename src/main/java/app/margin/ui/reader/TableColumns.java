package app.margin.ui.reader;

import java.util.Arrays;

/**
 * The columns a table's rows share in the page: each column's width in ems of the body face (its widest cell), and
 * so where each column starts. {@link #RUNNING} is a table of too many columns to set as a grid in the page: its
 * cells run on, a small gap apart.
 */
final class TableColumns {
    static final TableColumns RUNNING = new TableColumns(new double[0]);

    private final double[] widths;
    private final double[] starts;

    TableColumns(double[] widths) {
        this.widths = widths.clone();
        this.starts = new double[widths.length + 1];
        for (int i = 0; i < widths.length; i++) {
            starts[i + 1] = starts[i] + widths[i] + Tables.GAP_EMS;
        }
    }

    /** How many columns have a width (the last of a table's columns has none: it moves nothing). */
    int count() {
        return widths.length;
    }

    /** Where column {@code index} starts, in ems from the row's start; {@code NaN} past the measured columns. */
    double start(int index) {
        return index < starts.length ? starts[index] : Double.NaN;
    }

    /** The width of {@code span} columns from {@code index}, the gaps between them counted; {@code NaN} past them. */
    double width(int index, int span) {
        int end = index + span;
        return end <= widths.length ? starts[end] - starts[index] - Tables.GAP_EMS : Double.NaN;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof TableColumns other && Arrays.equals(widths, other.widths);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(widths);
    }

    @Override
    public String toString() {
        return "TableColumns" + Arrays.toString(widths);
    }
}
