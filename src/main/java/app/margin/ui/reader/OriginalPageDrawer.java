package app.margin.ui.reader;

import app.margin.article.pdf.PageDrawing;
import app.margin.ui.queue.Background;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The pages one original-page window draws, and those it keeps: the page wanted is shown as soon as it is drawn at the
 * resolution wanted, the pages beside it stay drawn, and the next one is drawn ahead while this one is read, so Page
 * Down shows it at once. A drawing that comes back for a page or a resolution no longer wanted is dropped; zoom steps
 * pressed while a page is drawn come to one more drawing, at the last. Used on the FX thread; the drawing runs on the
 * {@link Background}.
 *
 * <p>The window opens the document ({@link #open}) and hands over the first page it drew itself ({@link #show}); it
 * gets the document back from {@link #close}.
 */
final class OriginalPageDrawer {
    /** Above this zoom the pages beside the one shown are not drawn ahead: a page at 3× is ~30 MB. */
    static final double AHEAD_UP_TO = 1.5;

    private final Background background;
    private final List<OriginalPageViewModel.Highlight> highlights;
    private final float dpi;
    private final Consumer<OriginalPageViewModel.Drawn> shown;
    private final Consumer<String> failed;
    /** Pages drawn (the one shown and those beside it), and pages being drawn ahead. */
    private final Map<Integer, OriginalPageViewModel.Drawn> kept = new HashMap<>();
    private final Set<Integer> drawingAhead = new HashSet<>();
    private PageDrawing drawing;
    private int pageCount;
    private double zoom = 1;
    private int wanted = -1;
    /** The page being drawn to be shown (not ahead), or -1. */
    private int inFlight = -1;
    private boolean closed;

    /**
     * @param dpi    the resolution to draw at when not zoomed
     * @param shown  told of each page to show, drawn at the resolution wanted (or handed over by {@link #show})
     * @param failed told the label of a page wanted that could not be drawn
     */
    OriginalPageDrawer(Background background, List<OriginalPageViewModel.Highlight> highlights, float dpi,
                       Consumer<OriginalPageViewModel.Drawn> shown, Consumer<String> failed) {
        this.background = background;
        this.highlights = List.copyOf(highlights);
        this.dpi = dpi;
        this.shown = shown;
        this.failed = failed;
    }

    /** The document to draw from, once open. */
    void open(PageDrawing document) {
        drawing = document;
        pageCount = document.pageCount();
    }

    /** Shows a page drawn elsewhere (the first, or the one drawn before the window opened): it is the one wanted now. */
    void show(OriginalPageViewModel.Drawn drawn) {
        wanted = drawn.index();
        kept.put(drawn.index(), drawn);
        shown.accept(drawn);
        drawAhead(drawn.index());
    }

    /** Shows page {@code index}: at once when it is kept at the resolution wanted, else when it has been drawn. */
    void go(int index) {
        if (drawing == null || closed || index < 0 || index >= pageCount) {
            return;
        }
        wanted = index;
        OriginalPageViewModel.Drawn ready = kept.get(index);
        if (ready != null && ready.dpi() == dpi()) {
            show(ready);
            return;
        }
        if (inFlight == index) {
            return; // it is being drawn: when it is, it is drawn again if the zoom changed meanwhile
        }
        inFlight = index;
        PageDrawing from = drawing;
        float at = dpi();
        background.run(() -> OriginalPageAhead.draw(from, index, highlights, at), drawn -> {
            inFlight = -1;
            if (closed || drawn.index() != wanted) {
                return;
            }
            if (drawn.dpi() == dpi()) {
                show(drawn);
            } else {
                go(wanted); // zoom steps pressed while it was drawn come to one drawing, at the last
            }
        }, failure -> {
            inFlight = -1;
            failed.accept(from.labels().get(index));
        });
    }

    /** Draws the next page while this one is read; keeps the pages beside this one. */
    private void drawAhead(int at) {
        kept.keySet().removeIf(i -> Math.abs(i - at) > 1);
        int next = at + 1;
        if (drawing == null || closed || zoom > AHEAD_UP_TO || next >= pageCount || kept.containsKey(next)
                || !drawingAhead.add(next)) {
            return;
        }
        PageDrawing from = drawing;
        float atDpi = dpi();
        background.run(() -> OriginalPageAhead.draw(from, next, highlights, atDpi), drawn -> {
            drawingAhead.remove(next);
            if (!closed && Math.abs(next - wanted) <= 1 && drawn.dpi() == dpi()) {
                kept.put(next, drawn);
            }
        }, failure -> drawingAhead.remove(next)); // asked for later, it says why then
    }

    /** A new zoom: the pages kept, and those still being drawn ahead, are at the old size and are dropped. */
    void zoomTo(double to) {
        zoom = to;
        kept.clear();
        drawingAhead.clear(); // what is still being drawn ahead at the old size is dropped when it comes
    }

    /** The resolution pages are drawn at now: the screen's, times the zoom. */
    float dpi() {
        return (float) (dpi * zoom);
    }

    /** The page wanted now, -1 before the first. */
    int wanted() {
        return wanted;
    }

    /** The document's pages, 0 before it is open. */
    int pageCount() {
        return pageCount;
    }

    /** Whether the document is open here and the window still open. */
    boolean isOpen() {
        return drawing != null && !closed;
    }

    /** Whether page {@code index} is kept drawn (for tests). */
    boolean keeps(int index) {
        return kept.containsKey(index);
    }

    /** Drops every page and every drawing still to come; the document, if open, for the caller to give back. */
    PageDrawing close() {
        closed = true;
        kept.clear();
        PageDrawing open = drawing;
        drawing = null;
        return open;
    }
}
