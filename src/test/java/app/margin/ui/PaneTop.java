package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.reader.ReadingArea;
import org.testfx.util.WaitForAsyncUtils;

/** Where a block sits in the reading pane: a jump leaves a couple of lines of context above its target. */
final class PaneTop {

    /** More than the context a jump leaves (two lines) and the pane's top margin, less than a screen. */
    static final double NEAR_TOP = 130;

    private PaneTop() {}

    /** Whether the block is near the top of the pane, with at most a few lines above it. */
    static boolean nearTop(ReadingArea area, int block) {
        try {
            double d = distanceFromTop(area, block);
            return d >= 0 && d <= NEAR_TOP;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** How far below the top of the pane the block's first line is, on the FX thread. */
    static double distanceFromTop(ReadingArea area, int block) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                int at = area.getAbsolutePosition(block, 0);
                double top = area.localToScreen(area.getLayoutBounds()).getMinY();
                return area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow().getMinY() - top;
            }).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The block is near the top of the pane, with at most a few lines above it. */
    static void assertNearTop(ReadingArea area, int block) {
        assertThat(distanceFromTop(area, block)).as("block %d's first line below the top", block)
                .isBetween(0.0, NEAR_TOP);
    }
}
