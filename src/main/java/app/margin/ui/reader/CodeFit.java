package app.margin.ui.reader;

import app.margin.model.ParagraphForm;
import java.util.function.DoubleSupplier;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A code block whose longest line is wider than its column is set smaller, just enough for that line to fit, down to
 * {@link #FLOOR} of the code size; only a line too long even then wraps. A diagram drawn in text (box-drawing
 * characters, ASCII art, an aligned table) keeps its shape, and stays text: selectable, findable, annotatable. Only
 * the size of the block's runs changes, so its lines are measured as any line is.
 *
 * <p>Measured cheaply, never laid out twice: the longest line's width is the sum of its characters' advances in the
 * monospaced face (each character's measured once, {@link Tables.Widths#CODE}), and the size is chosen as the block's
 * cell is made, for the width its text will have: the page's line less what lies beside a code block's text (the
 * gutter, learned from the code blocks laid out before: {@link Column}), a list item's room and the block's padding.
 * It is chosen again when the block's width or the reader's font size changes (the window, the column, the text
 * size). The scale and the runs' sizes are set as a table's set smaller are ({@link FontFit}).
 */
final class CodeFit {
    /** A code block's text size in ems of the reader's, as margin.css sets it ({@code .code-block .text}). */
    static final double CODE_EMS = 0.88;
    /**
     * The smallest a code block is set to fit its longest line, as a share of its size: 0.55 × 0.88, about half the
     * reader's size (9.2 px at 19 px). Node.js's URL diagram (98 columns) needs 0.58 in the medium column at any
     * text size; at 0.7 it would still wrap there, fitting only the wide column (0.74).
     */
    static final double FLOOR = 0.55;

    /** What the page learns from code blocks laid out, for the blocks made after them; one a page. */
    static final class Column {
        /** The page's line width beside a code block's flow (the gutter), not counting a list item's room. */
        private double beside;
        private boolean learned;
        /** A code block's own padding, left and right, in ems of the reader's size (margin.css: 0.9em each). */
        private double insetEms = 1.8;

        /** The gutter's width, until a code block laid out tells what lies beside it. */
        void assumeBeside(double width) {
            if (!learned) {
                beside = width;
            }
        }
    }

    private final TextFlow flow;
    private final ParagraphForm form;
    /** The longest line's width in the monospaced face at {@link Tables.Widths#SIZE} px. */
    private final double longest;
    private final DoubleSupplier fontSize;
    private final DoubleSupplier line;
    private final Column column;

    private CodeFit(TextFlow flow, ParagraphForm form, double longest, DoubleSupplier fontSize, DoubleSupplier line,
                    Column column) {
        this.flow = flow;
        this.form = form;
        this.longest = longest;
        this.fontSize = fontSize;
        this.line = line;
        this.column = column;
    }

    /**
     * Sets a code block's runs at the size that fits its longest line, and again whenever its width or its font
     * changes.
     *
     * @param line the page's line width now (the pane's width within its padding)
     */
    static void attach(TextFlow flow, ParagraphForm form, DoubleSupplier fontSize, DoubleSupplier line,
                       Column column) {
        double longest = longestLine(flow);
        if (longest <= 0) {
            return;
        }
        CodeFit fit = new CodeFit(flow, form, longest, fontSize, line, column);
        fit.set(fit.scaleFor(fit.expectedWidth()));
        // The runs are made with the flow and never change (a restyled paragraph is a new cell).
        flow.widthProperty().addListener((o, was, now) -> fit.laidOut());
        for (Node n : flow.getChildren()) {
            if (n instanceof Text t) {
                // A new text size, where the line may not grow with it (a window narrower than the column).
                t.fontProperty().addListener((o, was, now) -> fit.set(fit.scaleFor(fit.width())));
                break; // the runs share their size
            }
        }
    }

    /** The flow has its width: what lies beside it is learned, and its size follows the width it really has. */
    private void laidOut() {
        double size = fontSize.getAsDouble();
        double insets = flow.snappedLeftInset() + flow.snappedRightInset();
        if (flow.getWidth() <= 0 || size <= 0) {
            return;
        }
        column.beside = line.getAsDouble() - flow.getWidth() - Markers.roomOf(form, size);
        column.learned = true;
        column.insetEms = insets / size;
        set(scaleFor(flow.getWidth() - insets));
    }

    /** The width of the block's text: its own once laid out, else as expected. */
    private double width() {
        return flow.getWidth() > 0 ? flow.getWidth() - flow.snappedLeftInset() - flow.snappedRightInset()
                : expectedWidth();
    }

    /** The width the block's text will have, from the page's line now; NaN while the page has none. */
    private double expectedWidth() {
        double size = fontSize.getAsDouble();
        double width = line.getAsDouble();
        if (width <= 0 || size <= 0) {
            return Double.NaN;
        }
        return width - column.beside - Markers.roomOf(form, size) - column.insetEms * size;
    }

    /** The scale that fits the longest line in {@code width} pixels of text, between {@link #FLOOR} and 1. */
    private double scaleFor(double width) {
        double natural = longest / Tables.Widths.SIZE * CODE_EMS * fontSize.getAsDouble();
        return Math.max(FLOOR, FontFit.scale(natural, width));
    }

    /** Sets the runs at {@code scale} of the code size ({@link FontFit#set}: in ems, to the tenth below). */
    private void set(double scale) {
        FontFit.set(flow, scale, fontSize.getAsDouble(), run -> CODE_EMS);
    }

    /**
     * The width of the flow's longest line at {@link Tables.Widths#SIZE} px: each line's characters' advances, a tab
     * to the next stop of eight spaces (the flow's tab size).
     */
    static double longestLine(TextFlow flow) {
        double tab = 8 * Tables.Widths.CODE.advance(' ');
        double widest = 0;
        double x = 0;
        for (Node n : flow.getChildren()) {
            if (!(n instanceof Text t) || !n.isManaged()) {
                continue;
            }
            String text = t.getText();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    widest = Math.max(widest, x);
                    x = 0;
                } else if (c == '\t') {
                    x = (Math.floor(x / tab) + 1) * tab;
                } else if (c != '\r') {
                    x += Tables.Widths.CODE.advance(c);
                }
            }
        }
        return Math.max(widest, x);
    }
}
