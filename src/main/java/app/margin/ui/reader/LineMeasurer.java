package app.margin.ui.reader;

import app.margin.ui.reader.ReaderView.Line;
import java.util.NoSuchElementException;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Measures the lines of the reading pane as it is laid out now: how high a line is, which line is at the top,
 * which block is being read, the whole line holding a character, whether the article's last line shows. It only
 * reads the pane; moving it is the {@link ScrollAnchor}'s job, and which line a bookmark marks the
 * {@link BookmarkLine}'s.
 */
final class LineMeasurer {

    private final ReadingArea area;
    private final ReaderViewModel viewModel;
    private final ReadingSettings settings;
    /** The drawn line height last measured, and the size, spacing, width and padding it was measured at. */
    private double measured;
    private double[] measuredFor;

    LineMeasurer(ReadingArea area, ReaderViewModel viewModel, ReadingSettings settings) {
        this.area = area;
        this.viewModel = viewModel;
        this.settings = settings;
    }

    /** The height of a line of body text as set now: the font's line plus the reader's line spacing. */
    double lineHeight() {
        double size = settings.fontSizeProperty().get();
        return Math.ceil(size * 1.3) + area.bodyLineSpacingProperty().get();
    }

    /**
     * The height of a line of body text as drawn: from one line's top to the next in the first body paragraph on
     * screen that has two lines; {@link #lineHeight()} when none shows. Kept until the text size, the line spacing,
     * the pane's width or its side padding (the column) changes: the wheel asks at every notch, and measuring is a
     * binary search of hit tests (17 % of the window thread's samples while scrolling the illustrated book).
     */
    double drawnLineHeight() {
        double[] now = {settings.fontSizeProperty().get(), area.bodyLineSpacingProperty().get(), area.getWidth(),
                area.getPadding() == null ? 0 : area.getPadding().getLeft(),
                area.getPadding() == null ? 0 : area.getPadding().getRight()};
        if (measuredFor != null && java.util.Arrays.equals(now, measuredFor)) {
            return measured;
        }
        double drawn = measureDrawnLineHeight();
        if (drawn > 0) {
            measured = drawn;
            measuredFor = now;
            return drawn;
        }
        return lineHeight();
    }

    /** {@link #drawnLineHeight()} measured now; 0 when no body paragraph on screen has two lines. */
    private double measureDrawnLineHeight() {
        for (int v = 0; v < area.getVisibleParagraphs().size(); v++) {
            int par = area.visibleParToAllParIndex(v);
            if (!area.getParagraph(par).getParagraphStyle().contains(ReadingArea.BODY)
                    || area.getParagraphLinesCount(par) < 2) {
                continue;
            }
            int low = 0;
            int high = area.getParagraphLength(par) - 1;
            while (low < high) { // the first column of the second line
                int mid = (low + high) >>> 1;
                if (area.lineIndex(par, mid) == 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            int first = area.getAbsolutePosition(par, 0);
            int second = area.getAbsolutePosition(par, low);
            Optional<Bounds> a = area.getCharacterBoundsOnScreen(first, first + 1);
            Optional<Bounds> b = area.getCharacterBoundsOnScreen(second, second + 1);
            if (a.isPresent() && b.isPresent() && b.get().getMinY() > a.get().getMinY()) {
                return b.get().getMinY() - a.get().getMinY();
            }
        }
        return 0;
    }

    /** How far below its paragraph's top the line holding {@code offset} starts; 0 if that cannot be measured. */
    double lineTopInParagraph(int block, int offset) {
        int start = area.getAbsolutePosition(block, offset);
        Optional<Bounds> line = area.getCharacterBoundsOnScreen(start, Math.min(start + 1, area.getLength()));
        int visible = area.allParToVisibleParIndex(block).orElse(-1);
        if (line.isEmpty() || visible < 0) {
            return 0;
        }
        return Math.max(0, line.get().getMinY() - area.getVisibleParagraphBoundsOnScreen(visible).getMinY());
    }

    /**
     * Whether the article's last line shows at the bottom of the pane (where End puts it): the reader is at the
     * end. A short article's last line showing higher up, after a jump, is not the end.
     */
    boolean lastLineShows() {
        Bounds areaOnScreen = area.localToScreen(area.getLayoutBounds());
        int last = area.getParagraphs().size() - 1;
        if (areaOnScreen == null || area.getLength() == 0 || area.allParToVisibleParIndex(last).isEmpty()) {
            return false;
        }
        return area.getCharacterBoundsOnScreen(area.getLength() - 1, area.getLength())
                .map(b -> b.getMaxY() <= areaOnScreen.getMinY() + area.getViewportHeight() + 1
                        && b.getMaxY() >= areaOnScreen.getMinY() + area.getViewportHeight() - ReaderView.TOP_MARGIN
                        - 2 * lineHeight())
                .orElse(false);
    }

    /**
     * The line at the top of the pane, as {block, offset of its start}: the line at the top margin's edge, where
     * a jump puts a line (the pane's top margin shows the end of the line before it). {@code first, 0} when the
     * first visible block's first line is showing.
     */
    int[] topLine(int first) {
        if (area.localToScreen(0, 0) == null || area.isNeedsLayout()) {
            // Off screen (the window is closing), or the cells are not laid out yet (the text was just replaced,
            // a jump is pending): the place cannot be measured now, so the last one stands until the next report.
            int block = viewModel.topBlockProperty().get();
            return block == first || block == first + 1 ? new int[] {block, viewModel.topOffsetProperty().get()}
                    : new int[] {first, 0};
        }
        double x = area.getPadding() == null ? ReaderView.MIN_SIDE_PADDING : area.getPadding().getLeft() + 1;
        CharacterHit hit;
        try {
            // Below the line spacing: a line of which only the space under it shows is not the top line.
            hit = area.hit(x, ReaderView.TOP_MARGIN + 1 + area.bodyLineSpacingProperty().get());
        } catch (NoSuchElementException e) {
            return new int[] {first, 0};
        }
        int index = hit.getCharacterIndex().orElse(hit.getInsertionIndex());
        TwoDimensional.Position at = area.offsetToPosition(index, TwoDimensional.Bias.Forward);
        if (at.getMajor() < first || at.getMajor() > first + 1) {
            return new int[] {first, 0};
        }
        int block = at.getMajor();
        int column = at.getMinor();
        // The hit is on the line; its start is where the line begins at the column's left edge.
        int start = lineStart(block, column).orElse(column);
        Bounds pane = area.localToScreen(area.getLayoutBounds());
        if (pane != null) {
            // A paragraph's box takes the room below its last line: a hit there is on a line hidden above, and the
            // line at the top is the next one.
            boolean above = glyphBounds(block, column)
                    .map(b -> b.getMaxY() < pane.getMinY() + ReaderView.TOP_MARGIN + 1).orElse(false);
            if (above) {
                Optional<Line> next = lineAfter(new Line(block, start, start + 1));
                if (next.isPresent()) {
                    return new int[] {next.get().blockIndex(), next.get().start()};
                }
            }
        }
        return new int[] {block, start};
    }

    /**
     * The line after {@code line}: in its block, or the next block's first. A line's measured end can be its last
     * character (the space it wraps at), which is still on it, so the next line is looked for past that.
     */
    Optional<Line> lineAfter(Line line) {
        int block = line.blockIndex();
        int length = area.getParagraphLength(block);
        for (int from = line.end(); from < length; from++) {
            Optional<Line> next = lineAt(block, from);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (next.get().start() > line.start()) {
                return next;
            }
            from = Math.max(from, next.get().end() - 1);
        }
        return block + 1 < area.getParagraphs().size() ? lineAt(block + 1, 0) : Optional.empty();
    }

    /**
     * The block being read: the first visible one, unless only its last lines peek in at the top, in which
     * case the first after it that reaches down past the reading line.
     */
    int readingBlock() {
        int first = area.firstVisibleParToAllParIndex();
        if (area.getVisibleParagraphs().size() < 2) {
            return first;
        }
        Bounds areaOnScreen = area.localToScreen(area.getLayoutBounds());
        if (areaOnScreen == null) {
            return first;
        }
        double readingLine = areaOnScreen.getMinY() + ReaderView.TOP_MARGIN + 0.15 * area.getViewportHeight();
        // Past every block that ends above the reading line: the context above a jump can be the ends of two.
        int visible = 0;
        int count = area.getVisibleParagraphs().size();
        while (visible + 1 < count && area.getVisibleParagraphBoundsOnScreen(visible).getMaxY() < readingLine) {
            visible++;
        }
        return visible == 0 ? first : area.visibleParToAllParIndex(visible);
    }

    /**
     * Whether the line holding {@code offset} is in the pane with room around it: at least the context lines
     * below the top edge and a line above the bottom edge. A match shown there is not moved.
     */
    boolean showsComfortably(int blockIndex, int offset) {
        Bounds areaOnScreen = area.localToScreen(area.getLayoutBounds());
        if (areaOnScreen == null || area.allParToVisibleParIndex(blockIndex).isEmpty()) {
            return false;
        }
        int at = area.getAbsolutePosition(blockIndex, offset);
        double line = lineHeight();
        return area.getCharacterBoundsOnScreen(at, Math.min(at + 1, area.getLength()))
                .map(b -> b.getMinY() >= areaOnScreen.getMinY() + ReaderView.CONTEXT_LINES * line - 1
                        && b.getMaxY() <= areaOnScreen.getMinY() + area.getViewportHeight() - line)
                .orElse(false);
    }

    /**
     * Where the character at {@code offset} of {@code block} is drawn, on screen (the block's last one for an offset
     * at or past its end); empty for an empty block or one not laid out in the pane.
     */
    Optional<Bounds> glyphBounds(int block, int offset) {
        int length = area.getParagraphLength(block);
        if (length == 0) {
            return Optional.empty();
        }
        int at = area.getAbsolutePosition(block, Math.min(offset, length - 1));
        return area.getCharacterBoundsOnScreen(at, at + 1);
    }

    /** The whole line holding {@code offset} of {@code block}, if the block is laid out in the pane. */
    Optional<Line> lineAt(int block, int offset) {
        return line(block, offset, true);
    }

    /**
     * Where the line holding {@code offset} of {@code block} starts, as {@link #lineAt} finds it, without a hit test
     * for its end: the viewport report asks after every scroll and uses the start alone.
     */
    private Optional<Integer> lineStart(int block, int offset) {
        return line(block, offset, false).map(Line::start);
    }

    /** The line holding {@code offset}; its end is measured only if {@code withEnd} (else it is its start + 1). */
    private Optional<Line> line(int block, int offset, boolean withEnd) {
        if (block < 0 || area.allParToVisibleParIndex(block).isEmpty()) {
            return Optional.empty();
        }
        int length = area.getParagraphLength(block);
        if (length == 0) {
            return Optional.of(new Line(block, 0, 0));
        }
        Optional<Bounds> glyph = glyphBounds(block, offset);
        if (glyph.isEmpty()) {
            return Optional.empty();
        }
        Point2D middle = area.screenToLocal(glyph.get().getMinX(), glyph.get().getCenterY());
        Insets padding = area.getPadding() == null ? Insets.EMPTY : area.getPadding();
        int lineStart = columnAt(block, padding.getLeft() + 1, middle.getY(), 0);
        int lineEnd = withEnd ? columnAt(block, area.getWidth() - padding.getRight() - 1, middle.getY(), length) : 0;
        lineStart = Math.min(lineStart, Math.min(offset, length - 1));
        return Optional.of(new Line(block, lineStart, Math.max(lineEnd, lineStart + 1)));
    }

    /** The column in {@code block} under the point, or {@code fallback} when the point is in another block. */
    private int columnAt(int block, double x, double y, int fallback) {
        try {
            CharacterHit hit = area.hit(x, y);
            var at = area.offsetToPosition(hit.getInsertionIndex(), TwoDimensional.Bias.Forward);
            return at.getMajor() == block ? at.getMinor() : fallback;
        } catch (NoSuchElementException e) {
            return fallback;
        }
    }
}
