package app.margin.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where the original page opens: the passage the reader was at ({@link OriginalPagePassage}), found on its page, is
 * brought into view once, as that page first shows, its first line a quarter of the way down the view, and a light
 * band lies behind its lines whenever that page shows. No {@code Node}: the view draws the bands and scrolls.
 */
public final class OriginalPageLanding {
    /** A rectangle behind one line of the passage: in points of the page found, or in pixels of the drawing shown. */
    public record Band(double x, double y, double width, double height) {}

    /**
     * Where a passage was looked for and found: the page drawn and its lines there, in points from the page's top
     * left corner as shown (none when it is not on the page).
     */
    record Spot(OriginalPagePassage passage, List<Band> points) {
        Spot {
            points = List.copyOf(points);
        }
    }

    /** A part of the page to bring into view, in pixels of the drawing shown; repeats are distinct by sequence. */
    public record ScrollTo(double left, double top, double right, double bottom, long sequence) {}

    /** How far down the view the passage's first line comes: near its top, with the lines before it for context. */
    static final double AT = 0.25;

    private OriginalPagePassage wanted;
    private int foundOn = -1;
    private List<Band> found = List.of();
    private long scrolls;
    private final ObservableList<Band> bands = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made anew for each caller would listen weakly and could vanish. */
    private final ObservableList<Band> bandsShown = FXCollections.unmodifiableObservableList(bands);
    private final ReadOnlyObjectWrapper<ScrollTo> scroll = new ReadOnlyObjectWrapper<>();

    /** The passage the window opens at. */
    void want(OriginalPagePassage passage) {
        wanted = passage;
    }

    /** The passage the window opens at, {@code null} before {@link #want}. */
    OriginalPagePassage wanted() {
        return wanted;
    }

    /**
     * A page shown: the first drawn where the passage was looked for and found keeps it, and is scrolled to it; the
     * bands show on that page only, in the pixels of its drawing (at any zoom).
     */
    void shown(OriginalPageViewModel.Drawn drawn) {
        boolean first = false;
        Spot spot = drawn.spot();
        if (foundOn < 0 && spot != null && spot.passage().equals(wanted) && !spot.points().isEmpty()) {
            foundOn = drawn.index();
            found = spot.points();
            first = true;
        }
        List<Band> now = new ArrayList<>();
        if (drawn.index() == foundOn) {
            double k = drawn.pixelsPerPoint();
            for (Band b : found) {
                now.add(new Band(b.x() * k, b.y() * k, b.width() * k, b.height() * k));
            }
        }
        bands.setAll(now);
        if (first && !now.isEmpty()) {
            Band top = now.get(0);
            double left = now.stream().mapToDouble(Band::x).min().orElse(0);
            double right = now.stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0);
            double bottom = now.stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0);
            scroll.set(new ScrollTo(left, top.y(), right, bottom, ++scrolls));
        }
    }

    /** The passage's bands on the page shown, in pixels of its drawing; none on other pages. */
    public ObservableList<Band> bands() {
        return bandsShown;
    }

    /** Set once, when the page with the passage first shows: the part of it to bring into view. */
    public ReadOnlyObjectProperty<ScrollTo> scrollProperty() {
        return scroll.getReadOnlyProperty();
    }

    /**
     * Where a scroll bar goes (0 to 1) to bring {@code [from, to]} of {@code content} pixels into a view {@code view}
     * pixels long: its start {@link #AT} of the way down the view, or at the view's start less a margin when the part
     * is too long for that; 0 when the content fits.
     */
    static double scrollValue(double from, double to, double content, double view, double margin) {
        double spare = content - view;
        if (spare <= 0) {
            return 0;
        }
        double before = to - from <= view * (1 - AT) - margin ? view * AT : margin;
        return Math.max(0, Math.min(1, (from - before) / spare));
    }

    /** As {@link #scrollValue}, across: 0 when the part shows from the start, else its start a margin from the edge. */
    static double scrollValueAcross(double from, double to, double content, double view, double margin) {
        double spare = content - view;
        return spare <= 0 || to + margin <= view ? 0 : Math.max(0, Math.min(1, (from - margin) / spare));
    }
}
