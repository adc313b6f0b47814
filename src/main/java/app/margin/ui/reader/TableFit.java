package app.margin.ui.reader;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.DoubleSupplier;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A table whose columns at their measured widths, with the room between them and its last column's cells
 * ({@link TableColumns#fitEms}), are wider than its line is set smaller, just enough for each row to fit its line
 * on one line with each cell at its column, down to {@link #FLOOR} of the reader's size ({@link FontFit}). One scale
 * for the whole table: each row works it out from the table's columns and its line, which its rows share. A table
 * too wide even at the floor keeps the reader's size, and its columns are fitted as before ({@link
 * TableColumns#within}: closer, the widest sharing the line, running on). Only its runs' sizes change, never its
 * text, so selection, highlights, find and anchors see the same row.
 */
final class TableFit {
    /**
     * The smallest a table is set to fit its line, as a share of the reader's size: 13.3 px at 19 px, about the size
     * of the window's own text (the outline's, the annotations'), below which a table's words would be smaller than
     * the frame's around them. Node.js's DNS tables need 0.78 (dns.resolve()'s) and 0.72 (dnsPromises.resolve()'s
     * longer shorthand names) in the medium column; the FHS's table of locales 0.77. A code block may go smaller
     * ({@link CodeFit#FLOOR}): it keeps a drawing's shape, where a table too wide for this still has its grid.
     */
    static final double FLOOR = 0.7;
    /**
     * How much wider, in pixels, a table's line must grow before a table set smaller is set larger again: more than
     * a scroll bar. A table that fits an even narrower line still fits; without this, a page whose height the table's
     * size brought just over its pane's showed its scroll bar, lost its width, set the table smaller, no longer
     * needed the scroll bar, set it larger, and so on.
     */
    static final double REGROW = 24;

    /** The scale each table of a page is set at, so that all its rows keep one; one a page. */
    static final class Scales {
        private final Map<TableColumns, Double> scales = new WeakHashMap<>();
    }

    private final TextFlow flow;
    private final TableColumns columns;
    private final DoubleSupplier fontSize;
    private final CellGaps.Line line;
    private final Scales scales;
    /** The scale the row is set at: 1 at the reader's size. */
    private double scale = 1;

    TableFit(TextFlow flow, TableColumns columns, DoubleSupplier fontSize, CellGaps.Line line, Scales scales) {
        this.flow = flow;
        this.columns = columns;
        this.fontSize = fontSize;
        this.line = line;
        this.scales = scales;
    }

    /**
     * Sets the row at the scale that fits its table to its line now (its own width once laid out, else the last
     * row's), or at the scale the table has if that still fits and the line has not grown by {@link #REGROW}.
     *
     * @return whether its runs' sizes changed
     */
    boolean fit() {
        double size = fontSize.getAsDouble();
        double natural = columns.fitEms() * size;
        double fits = size <= 0 ? 1 : FontFit.scale(natural, line.of(flow));
        Double kept = scales.scales.get(columns);
        if (kept != null && kept <= fits && (fits - kept) * natural < REGROW) {
            scale = kept;
        } else {
            scale = fits < FLOOR ? 1 : fits;
            scales.scales.put(columns, scale);
        }
        return FontFit.set(flow, scale, size, TableFit::emsOf);
    }

    /** The size of the row's plain text, in pixels: what its columns are measured in ems of. */
    double size() {
        return FontFit.size(1, scale, fontSize.getAsDouble());
    }

    /**
     * A row's run's size in ems of the reader's, as margin.css sets it: code 0.9, raised or lowered text and note
     * references 0.75, small capitals 0.85, the later rule winning as in the sheet; else the row's. A run's own
     * size in ems is of the page's, not of its row's, so each run is set at its own share.
     */
    static double emsOf(Text run) {
        List<String> classes = run.getStyleClass();
        if (classes.contains("smallcaps")) {
            return 0.85;
        }
        if (classes.contains("sup") || classes.contains("sub") || classes.contains("noteref")) {
            return 0.75;
        }
        return classes.contains("code") ? 0.9 : 1;
    }
}
