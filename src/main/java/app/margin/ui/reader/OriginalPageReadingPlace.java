package app.margin.ui.reader;

import app.margin.model.ArticleLayout;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Reads from the reading pane where the reader is, for the original page to open there ({@link OriginalPagePassage}
 * chooses the words): the selection when it shows in the pane, else the caret when it shows off the top line (a
 * click, a link's target), else the line at the top of the pane, as a bookmark and find see them.
 */
public final class OriginalPageReadingPlace {
    private OriginalPageReadingPlace() {}

    /** The passage the reader is at in {@code reader}, showing {@code layout}. */
    public static OriginalPagePassage passage(ReaderView reader, ArticleLayout layout) {
        // The selection's first line when the selection shows in the pane, else the line at the top.
        ReaderView.Line line = reader.lineToMark();
        OriginalPagePassage.Place top = new OriginalPagePassage.Place(line.blockIndex(), line.start(), line.end());
        ReadingArea area = reader.area();
        IndexRange selected = area.getSelection();
        TwoDimensional.Position from = area.offsetToPosition(selected.getStart(), TwoDimensional.Bias.Forward);
        int block = from.getMajor();
        boolean onLine = block == line.blockIndex() && from.getMinor() >= line.start()
                && from.getMinor() <= line.end();
        if (selected.getLength() > 0) {
            if (!onLine) {
                return OriginalPagePassage.of(layout, top, null, null); // the selection is out of view
            }
            int end = Math.min(area.getParagraphLength(block), selected.getEnd() - area.getAbsolutePosition(block, 0));
            var selection = new OriginalPagePassage.Place(block, from.getMinor(), end);
            return OriginalPagePassage.of(layout, top, selection, null);
        }
        // The caret where it shows in the pane, else the top line's start (as find starts there).
        ReaderView.Line start = reader.findStart();
        boolean caretShows = start.blockIndex() == block && start.start() == from.getMinor();
        return OriginalPagePassage.of(layout, top, null, caretShows && !onLine
                ? new OriginalPagePassage.Place(block, from.getMinor(), from.getMinor()) : null);
    }
}
