package app.margin.ui.reader;

import app.margin.ui.reader.ReaderView.Line;
import java.util.Optional;
import javafx.geometry.Bounds;

/**
 * Which line a bookmark marks: the first line of the selection when the selection shows in the pane, else the first
 * line wholly at the top of the pane (not one of which only the bottom peeks in, nor the context lines above a jump's
 * target). It finds lines through the {@link LineMeasurer} and only reads the pane.
 */
final class BookmarkLine {

    private final ReadingArea area;
    private final ReaderViewModel viewModel;
    private final LineMeasurer lines;

    BookmarkLine(ReadingArea area, ReaderViewModel viewModel, LineMeasurer lines) {
        this.area = area;
        this.viewModel = viewModel;
        this.lines = lines;
    }

    /**
     * The line a bookmark marks: the first line of the selection when the selection shows in the pane, else the
     * first line wholly at the top of the pane.
     */
    Line lineToMark() {
        var selection = area.getCaretSelectionBind();
        if (!area.getSelectedText().isEmpty()) {
            Optional<Line> selected = lines.lineAt(selection.getStartParagraphIndex(),
                    selection.getStartColumnPosition());
            if (selected.isPresent() && showsInPane(selected.get())) {
                return selected.get();
            }
        }
        // The place the pane reports: the line at the top, or a jump's target under the context lines left above it.
        int block = viewModel.topBlockProperty().get();
        int offset = viewModel.topOffsetProperty().get();
        Optional<Line> top = lines.lineAt(Math.min(block, area.getParagraphs().size() - 1), offset);
        if (top.isPresent() && !startsInPane(top.get())) {
            // Only the bottom of that line peeks in at the top: the reader is on the next one.
            Optional<Line> next = lines.lineAfter(top.get());
            if (next.isPresent()) {
                return next.get();
            }
        }
        return top.orElse(new Line(block, offset, offset + 1));
    }

    private boolean showsInPane(Line line) {
        return lineBounds(line).map(b -> {
            Bounds pane = area.localToScreen(area.getLayoutBounds());
            return pane != null && b.getMaxY() > pane.getMinY() && b.getMinY() < pane.getMinY() + area.getViewportHeight();
        }).orElse(false);
    }

    /** Whether the whole line shows: its top is not cut off by the pane's top edge. */
    private boolean startsInPane(Line line) {
        Bounds pane = area.localToScreen(area.getLayoutBounds());
        return pane == null || lineBounds(line).map(b -> b.getMinY() >= pane.getMinY() - 1).orElse(true);
    }
    private Optional<Bounds> lineBounds(Line line) {
        return lines.glyphBounds(line.blockIndex(), line.start());
    }
}
