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
    /** How near a page's edge a tab reaches, in points (see {@link #edgeTab}). */
    static final float EDGE = 3f;
    /** The largest share of the page's width and height a tab takes. */
    private static final float TAB_SHARE = 0.2f;

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

    /** Whether a line's middle is inside. */
    boolean holds(Fragment f) {
        float cx = (f.x0() + f.x1()) / 2;
        float cy = (f.top() + f.bottom()) / 2;
        return cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1;
    }

    /**
     * Whether a region holds lines of sentences or code (a boxed note, a framed listing) rather than a picture's
     * labels: its text covers a fifth of it, or most of its letters are in long lines, or it is a panel (a fill and
     * its frame) with lines of text on it and nothing drawn.
     */
    boolean framesText(List<Fragment> fragments, float body) {
        int all = 0;
        int wide = 0;
        float covered = 0;
        List<Fragment> in = inside(fragments, body);
        if (!thin && !image && in.size() >= 2 && !drawsOnPanel()) {
            return true;
        }
        for (Fragment f : in) {
            all += f.text().length();
            covered += f.width() * f.size();
            if (f.text().split(" ").length >= 4 && f.width() >= 0.4f * width()) {
                wide += f.text().length();
            }
        }
        return covered >= 0.2f * width() * height() || wide > 0 && wide >= 0.4f * all;
    }

    /**
     * Whether anything is drawn in the region besides the layers of a panel (fills and frames about its own size)
     * and lines across (rules, underlines in code): a box smaller than half of it that is not such a line, an
     * upright line shorter than the panel, or a box that took in three paintings or more.
     */
    boolean drawsOnPanel() {
        float area = width() * height();
        for (Graphics.Box b : boxes) {
            boolean line = b.thin() && b.height() <= b.width(); // an underline or rule, as text has
            boolean upright = b.thin() && b.height() > b.width() && b.height() < 0.8f * height();
            if (b.width() * b.height() < 0.5f * area && !line || upright || b.parts() >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether it is a plain shape at the page's edge (a journal's thumb tab, a bleed of colour): one painting, filled,
     * no image, small (a fifth of the page's width and height at most), reaching to within {@link #EDGE} points of an
     * edge of the page or beyond, with no text on it but a
     * short label (the article's number on ACM's tab, two pieces of four characters at most). It is no figure.
     */
    boolean edgeTab(float pageWidth, float pageHeight, List<Fragment> fragments, float body) {
        if (image || boxes.size() != 1 || boxes.get(0).kind() != Graphics.Kind.FILL || boxes.get(0).parts() > 1) {
            return false;
        }
        if (x0 > EDGE && y0 > EDGE && x1 < pageWidth - EDGE && y1 < pageHeight - EDGE
                || width() > TAB_SHARE * pageWidth || height() > TAB_SHARE * pageHeight) {
            return false; // inside the page, or a band across it (a slide's title bar)
        }
        List<Fragment> in = inside(fragments, body);
        return in.size() <= 2 && in.stream().allMatch(f -> f.text().length() <= 4 && f.text().indexOf(' ') < 0);
    }

    /** The lines whose middle is inside (within 0.3 em), no wider than it and 2 em: its labels, its cells. */
    List<Fragment> inside(List<Fragment> fragments, float body) {
        List<Fragment> out = new ArrayList<>();
        float m = 0.3f * body;
        for (Fragment f : fragments) {
            float cx = (f.x0() + f.x1()) / 2;
            float cy = (f.top() + f.bottom()) / 2;
            if (cx >= x0 - m && cx <= x1 + m && cy >= y0 - m && cy <= y1 + m
                    && f.width() <= width() + 2 * body) {
                out.add(f);
            }
        }
        return out;
    }
}
