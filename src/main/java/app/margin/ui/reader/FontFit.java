package app.margin.ui.reader;

import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Fitting a block to its line by setting it smaller, one scale for the whole block: a code block to its longest line
 * ({@link CodeFit}), a table's rows to its columns ({@link TableFit}). Each measures its block's width without
 * laying it out and says how small it may go; this is the one place that picks the scale and sets the runs' sizes.
 *
 * <p>A run's size is set in ems of the reader's, as the style sheet sets it, so a new text size scales it at once
 * (before the block is fitted again), and to the tenth of a pixel below the fit: the page rounds a font's size to the
 * nearest tenth, and a tenth more could wrap the line after all. A run whose size comes to the same is left alone,
 * so moving the window by a pixel lays no block out again. Only the runs' sizes change: the block's text, its
 * caret positions and its anchors stay as they were.
 */
final class FontFit {
    /** Room left at the widest line's end, in pixels, so that rounding never wraps it. */
    static final double SLACK = 2;

    private FontFit() {}

    /**
     * The share of its size at which a block {@code natural} pixels wide fits {@code room} pixels, {@link #SLACK}
     * left over: 1 when it fits as it is or the room is not known yet ({@code NaN}), else less (the caller says how
     * small it may go).
     */
    static double scale(double natural, double room) {
        if (Double.isNaN(room) || Double.isNaN(natural) || natural <= room - SLACK) {
            return 1;
        }
        return Math.max(0, (room - SLACK) / natural);
    }

    /**
     * The size, in pixels, of a run of {@code ems} of the reader's {@code size} set at {@code scale}: the tenth of a
     * pixel below it when smaller.
     */
    static double size(double ems, double scale, double size) {
        return scale >= 1 ? ems * size : Math.floor(ems * scale * size * 10) / 10;
    }

    /**
     * Sets {@code flow}'s runs at {@code scale} of their sizes, each {@code ems} of the reader's {@code size} as the
     * style sheet sets it (1, or none of its own, sets the style sheet's back).
     *
     * @return whether any run's size changed (the block will be laid out again)
     */
    static boolean set(TextFlow flow, double scale, double size, ToDoubleFunction<Text> ems) {
        boolean changed = false;
        for (Node n : flow.getChildren()) {
            if (n instanceof Text t) {
                String wanted = scale >= 1 || size <= 0 ? "" : String.format(Locale.ROOT, "-fx-font-size: %.5fem;",
                        (size(ems.applyAsDouble(t), scale, size) + 0.02) / size);
                if (!wanted.equals(t.getStyle())) {
                    t.setStyle(wanted);
                    changed = true;
                }
            }
        }
        return changed;
    }
}
