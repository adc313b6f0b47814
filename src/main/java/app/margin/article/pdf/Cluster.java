package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;

/** A region of a page being built from what it paints ({@link FigureRegions}): its bounds and what is in it. */
final class Cluster {
    float x0;
    float y0;
    float x1;
    float y1;
    boolean thin = true;
    boolean image;
    final List<Graphics.Box> boxes = new ArrayList<>();
    Fragment caption;

    Cluster(float x0, float y0, float x1, float y1) {
        this.x0 = x0;
        this.y0 = y0;
        this.x1 = x1;
        this.y1 = y1;
    }

    void add(Cluster o) {
        x0 = Math.min(x0, o.x0);
        y0 = Math.min(y0, o.y0);
        x1 = Math.max(x1, o.x1);
        y1 = Math.max(y1, o.y1);
        thin &= o.thin;
        image |= o.image;
        boxes.addAll(o.boxes);
    }

    boolean near(Cluster o, float gap) {
        return o.x0 <= x1 + gap && x0 <= o.x1 + gap && o.y0 <= y1 + gap && y0 <= o.y1 + gap;
    }

    float width() {
        return x1 - x0;
    }

    float height() {
        return y1 - y0;
    }

    /** Whether it is wider than tall. */
    boolean across() {
        return width() >= height();
    }

    /** A rule: a line across, not an area. */
    boolean rule(float body) {
        return thin && Math.min(width(), height()) < 2 * body;
    }
}
