package app.margin.ui.reader;

import app.margin.model.ParagraphForm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The widths of a table row's cell gaps ({@link CellGap}), worked out together when the row is laid out: each
 * cell's width measured in the fonts its text has on the page, each gap as wide as it takes the next cell to the
 * start of its column ({@link TableColumns}, in ems of the reader's font size), or to where a cell aligned to its
 * column's end or centre begins (a column of numbers, and its head, is set to its end where the cell says
 * nothing); at least {@link Tables#MIN_GAP_EMS} after a cell wider than its column. The columns are in ems of the
 * row's size: the reader's, or less when the table is set smaller to fit its line ({@link TableFit}). Kept in the
 * row's text flow; worked out again when the reader's font size, a cell's font or the line's width changes.
 */
final class CellGaps {
    private static final Object KEY = CellGaps.class;

    private final TableColumns columns;
    private final ParagraphForm form;
    private final TableFit fit;
    private final TextFlow flow;
    private final List<CellGap> gaps = new ArrayList<>();
    /** The gaps' widths; {@code null} when they are to be worked out again. */
    private double[] widths;
    /** The font size {@link #widths} were worked out for. */
    private double forSize = Double.NaN;

    private final Line line;
    /** The columns as the line's width set them when {@link #widths} were worked out. */
    private TableColumns forColumns;

    private CellGaps(TextFlow flow, TableColumns columns, ParagraphForm form, TableFit fit, Line line) {
        this.flow = flow;
        this.columns = columns;
        this.form = form;
        this.fit = fit;
        this.line = line;
    }

    /**
     * The width of a table row's line, in pixels: its own once it has been laid out, else the last row's (a row is
     * measured before it has a width of its own).
     */
    static final class Line {
        private double last = Double.NaN;

        double of(TextFlow flow) {
            double own = flow.getWidth() - flow.snappedLeftInset() - flow.snappedRightInset();
            if (flow.getWidth() > 0) {
                last = own;
                return own;
            }
            return last;
        }
    }

    /**
     * Gives a table row's flow its gaps' widths, and its size: smaller when its table is wider than its line
     * ({@link TableFit}), chosen now, before the row is laid out, from the line of the rows laid out before it.
     */
    static void attach(TextFlow flow, TableColumns columns, ParagraphForm form, DoubleSupplier fontSize, Line line,
                       TableFit.Scales scales) {
        TableFit fit = new TableFit(flow, columns, fontSize, line, scales);
        fit.fit();
        CellGaps gaps = new CellGaps(flow, columns, form, fit, line);
        flow.getProperties().put(KEY, gaps);
        // The row's runs are made with it and never change; a run's font changes with the page's style sheet.
        boolean first = true;
        for (Node n : flow.getChildren()) {
            if (n instanceof Text t) {
                t.fontProperty().addListener((o, was, now) -> gaps.widths = null);
                if (first) {
                    // A new text size, where the line may not grow with it (a window narrower than the column): the
                    // table is fitted again (the runs share the change, so one is listened to).
                    t.fontProperty().addListener((o, was, now) -> fit.fit());
                    first = false;
                }
            }
        }
        // A narrower or wider line may set the table smaller or larger, or its columns closer or further apart: the
        // row is laid out again, and so is its paragraph's box, which the page measured at the old width (the box
        // is laying out when its row's width changes, so it is asked once it is done).
        flow.widthProperty().addListener((o, was, now) -> {
            boolean resized = fit.fit();
            if (resized || gaps.forColumns != null && !gaps.setColumns().equals(gaps.forColumns)) {
                gaps.widths = null;
                flow.requestLayout();
                if (flow.getScene() != null) {
                    app.margin.ui.queue.AfterLayout.run(flow.getScene(), () -> {
                        if (flow.getParent() != null) {
                            flow.getParent().requestLayout();
                        }
                    });
                }
            }
        });
    }

    private TableColumns setColumns() {
        return columns.within(line.of(flow) / fit.size());
    }

    /** The gaps of the row {@code parent} is, or {@code null}. */
    static CellGaps of(Node parent) {
        return parent == null ? null : (CellGaps) parent.getProperties().get(KEY);
    }

    /** Gap {@code gap}'s width: worked out for the whole row at once, again when the font size or a run's font changed. */
    double widthOf(CellGap gap) {
        double size = fit.size();
        if (size != forSize || widths == null) {
            layOut(size);
            forSize = size;
        }
        int i = gap.index;
        return i < 0 || i >= gaps.size() || gaps.get(i) != gap ? 0 : widths[i];
    }

    private void layOut(double size) {
        gaps.clear();
        TableColumns columns = setColumns();
        forColumns = columns;
        List<Double> cells = new ArrayList<>();
        Text probe = new Text();
        double cell = 0;
        for (Node n : flow.getChildren()) {
            if (n instanceof CellGap g) {
                g.index = gaps.size();
                gaps.add(g);
                cells.add(cell);
                cell = 0;
            } else if (n instanceof Text t && n.isManaged()) {
                probe.setFont(t.getFont());
                probe.setText(t.getText());
                cell += probe.getLayoutBounds().getWidth();
            }
        }
        cells.add(cell);
        widths = new double[gaps.size()];
        double minGap = Tables.MIN_GAP_EMS * size;
        double x = 0;
        int column = 0;
        for (int i = 0; i < widths.length; i++) {
            x += cells.get(i);
            column += form.cell(i).span();
            double target = columns.start(column) * size;
            ParagraphForm.Cell next = form.cell(i + 1);
            ParagraphForm.Align align = next.align() == ParagraphForm.Align.START && next.span() == 1
                    && columns.numeric(column) ? ParagraphForm.Align.END : next.align();
            double room = columns.width(column, next.span()) * size - cells.get(i + 1);
            if (room > 0 && align != ParagraphForm.Align.START) {
                target += align == ParagraphForm.Align.END ? room : room / 2;
            }
            // Whole pixels: the flow rounds a node's width up to one, and a row's gaps would each add to the error.
            double w = Math.round(Double.isNaN(target) ? minGap : Math.max(minGap, target - x));
            widths[i] = w;
            x += w;
        }
    }
}
