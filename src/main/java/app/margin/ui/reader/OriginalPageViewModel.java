package app.margin.ui.reader;

import app.margin.article.pdf.PageDrawing;
import app.margin.model.HighlightColor;
import app.margin.ui.queue.Background;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/**
 * The original page of a PDF, as the PDF draws it, with the reader's highlights of that page over their words: the
 * page the reader is on first, then the next or previous one, at a zoom step. Drawing happens off the FX thread
 * ({@link Background}); the page shown changes only when its drawing is ready, and an {@link OriginalPageDrawer}
 * decides which drawing that is, keeps the pages beside it and draws the next ahead; an {@link OriginalPageZoom}
 * holds the zoom. The document stays open until {@link #close()}; it comes from, and goes back to, an
 * {@link OriginalPageAhead}, which may have drawn the page asked for before the window opened.
 */
public final class OriginalPageViewModel {
    /** A highlight of the article: the page label of its paragraph, the words it holds and its colour. */
    public record Highlight(String page, String exact, HighlightColor color) {
        public Highlight {
            Objects.requireNonNull(exact, "exact");
            Objects.requireNonNull(color, "color");
        }
    }

    /** A rectangle over a highlight's words, in pixels of the drawn page. */
    public record Mark(double x, double y, double width, double height, HighlightColor color) {}

    /**
     * A drawn page: its index, label, picture and marks, the highlights looked for, the resolution asked for, the
     * picture's pixels a point (less than asked when the page would pass {@link PageDrawing#MAX_PIXELS}), the reader's
     * passage looked for on it ({@code null} when none was), and how long it took to draw.
     */
    record Drawn(int index, String label, Image image, List<Mark> marks, List<Highlight> near, float dpi,
                 double pixelsPerPoint, OriginalPageLanding.Spot spot, long nanos) {
        /** The passage looked for on this page, or {@code null}. */
        OriginalPagePassage passage() {
            return spot == null ? null : spot.passage();
        }
    }

    private record Opened(PageDrawing drawing, Drawn first) {}

    private final Background background;
    private final OriginalPageAhead pages;
    private final Path pdf;
    private final List<Highlight> highlights;
    private final float dpi;
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Mark> marks = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made anew for each caller would listen weakly and could vanish. */
    private final ObservableList<Mark> marksShown = FXCollections.unmodifiableObservableList(marks);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final OriginalPageZoom zoom = new OriginalPageZoom();
    private Drawn shown;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** The document, the pages drawn and kept, and what is being drawn. */
    private final OriginalPageDrawer drawer;
    /** The passage the window opens at: its bands, and the scroll that brings it into view. */
    private final OriginalPageLanding landing = new OriginalPageLanding();
    private long lastNanos;

    /**
     * @param pdf        the document
     * @param highlights the article's highlights, each with its paragraph's page
     * @param dpi        the resolution to draw at: 96 times the screen's output scale
     */
    public OriginalPageViewModel(Background background, Path pdf, List<Highlight> highlights, float dpi) {
        this(background, new OriginalPageAhead(background), pdf, highlights, dpi);
    }

    /**
     * @param pages where the document may be open already, with the page drawn ahead; it gets the document back
     *              when this closes
     */
    public OriginalPageViewModel(Background background, OriginalPageAhead pages, Path pdf, List<Highlight> highlights,
                                 float dpi) {
        this.background = background;
        this.pages = pages;
        this.pdf = pdf;
        this.highlights = List.copyOf(highlights);
        this.dpi = dpi;
        this.drawer = new OriginalPageDrawer(background, this.highlights, dpi, this::showDrawn,
                label -> status.set("Page " + label + " could not be drawn: it is damaged, or unpacks to too much to"
                        + " draw."));
    }

    /** Opens the document and shows the page labelled {@code label} (the first page when there is none so). */
    public void open(String label) {
        open(new OriginalPagePassage(label, ""));
    }

    /**
     * Opens the document and shows the page of {@code passage} (the first page when there is none so), scrolled to
     * the passage when it is found there ({@link #landing()}).
     */
    public void open(OriginalPagePassage passage) {
        landing.want(passage);
        status.set("Drawing page " + passage.label() + "…");
        OriginalPageAhead.Lent lent = pages.lend(pdf, dpi);
        PageDrawing lentDrawing = lent == null ? null : lent.drawing();
        Drawn ready = lent == null ? null : lent.drawn();
        if (lentDrawing != null) {
            drawer.open(lentDrawing);
            // The page drawn ahead was drawn for this passage: no second look through the page labels or its text.
            if (ready != null && passage.equals(ready.passage()) && ready.dpi() == drawer.dpi()
                    && ready.near().equals(OriginalPageAhead.near(lentDrawing.labels(), ready.index(), highlights))) {
                drawer.show(ready);
                return;
            }
        }
        // Off the FX thread: opening, finding the passage and drawing; a draw of a window just closed may hold a
        // lent document.
        background.run(() -> {
            PageDrawing opened = lentDrawing != null ? lentDrawing : PageDrawing.open(pdf);
            try {
                return new Opened(opened, OriginalPageAhead.draw(opened, passage, highlights, dpi, ready));
            } catch (IOException | RuntimeException e) {
                if (lentDrawing == null) {
                    opened.close();
                }
                throw e;
            }
        }, result -> {
            if (lentDrawing == null) {
                drawer.open(result.drawing());
            }
            if (!drawer.isOpen()) {
                close(); // closed while it opened
                return;
            }
            if (drawer.wanted() >= 0) {
                return; // another page asked for meanwhile
            }
            Drawn first = result.first();
            drawer.show(first);
            if (first.dpi() != drawer.dpi()) {
                drawer.go(first.index()); // zoomed while it was drawn: again, at the zoom asked for
            }
        }, failure -> status.set(pdf.getFileName() + ": its page could not be drawn: it is damaged, no longer there,"
                + " or unpacks to too much to draw."));
    }

    /** The next page (Page Down). */
    public void next() {
        drawer.go(drawer.wanted() + 1);
    }

    /** The previous page (Page Up). */
    public void previous() {
        drawer.go(drawer.wanted() - 1);
    }

    /** Shows a page drawn at the resolution wanted (or the first, at any): the drawer keeps it and draws ahead. */
    private void showDrawn(Drawn drawn) {
        shown = drawn;
        lastNanos = drawn.nanos();
        showStatus();
        index.set(drawn.index());
        // Of the picture and its scale, the change that shows the page larger comes first: in between it is never
        // smaller than before and after, so a view keeping its middle in place never has its scroll clamped.
        Image before = image.get();
        if (before != null && drawn.image().getWidth() < before.getWidth()) {
            zoom.scale(drawn);
            image.set(drawn.image());
        } else {
            image.set(drawn.image());
            zoom.scale(drawn);
        }
        marks.setAll(drawn.marks());
        landing.shown(drawn);
    }

    private void showStatus() {
        if (shown != null) {
            status.set("Page " + shown.label() + " (" + (shown.index() + 1) + " of " + drawer.pageCount() + ") · "
                    + Math.round(zoom.get() * 100) + " % · Page Up, Page Down: other pages · + −: zoom · Esc: back"
                    + " to the text");
        }
    }

    /** A small page (a slide) zoomed to fit across a view this wide ({@link OriginalPageFit}), unless zoomed. */
    public void fitSmallPage(double viewWidth) {
        if (shown != null && zoom.get() == 1) {
            zoomTo(OriginalPageFit.zoomFor(shown.image().getWidth() * zoom.scaleOf(shown), viewWidth));
        }
    }

    /** A larger zoom step (+); the page is drawn again at it, shown enlarged meanwhile. */
    public void zoomIn() {
        zoomTo(zoom.step(1));
    }

    /** A smaller zoom step (−). */
    public void zoomOut() {
        zoomTo(zoom.step(-1));
    }

    /** The page at its printed size (0). */
    public void zoomReset() {
        zoomTo(1);
    }

    private void zoomTo(double wanted) {
        if (!zoom.set(wanted)) {
            return;
        }
        drawer.zoomTo(wanted); // the pages drawn at the old size are dropped
        if (shown != null) {
            zoom.scale(shown); // the page shown, enlarged or reduced until its new drawing comes
            showStatus();
        }
        drawer.go(drawer.wanted()); // none before the first page is shown
    }

    /** Gives the document back to where it came from, which keeps or closes it (now, or when it has opened). */
    public void close() {
        PageDrawing open = drawer.close();
        if (open != null) {
            pages.giveBack(pdf, dpi, open);
        }
    }

    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** The highlights' rectangles on the page shown. */
    public ObservableList<Mark> marks() {
        return marksShown;
    }

    /** The index of the page shown, -1 before the first is drawn. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** Where the window opens: the reader's passage, brought into view and marked lightly on its page. */
    public OriginalPageLanding landing() {
        return landing;
    }

    /** A line for the window's foot: which page, and the keys. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The resolution pages are drawn at when not zoomed. */
    public float dpi() {
        return dpi;
    }

    /** The zoom: 1 for the page at its printed size on the screen. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.zoomProperty();
    }

    /** How large an image pixel of the page shown is on the screen, in the scene's pixels. */
    public ReadOnlyDoubleProperty viewScaleProperty() {
        return zoom.viewScaleProperty();
    }

    /** How long the page shown took to draw, with its highlights found, in milliseconds. */
    public double lastMillis() {
        return lastNanos / 1e6;
    }
}
