package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * What a page paints, grouped: painted boxes near each other make a {@link Cluster} (a page's background and specks
 * left out; rules beside rules stay apart, as a table's rows), and clusters with no running text or caption between
 * them join into one region (a figure's panels and their labels). {@link FigureRegions} then decides which regions
 * are figures.
 */
final class FigurePanels {
    private static final int MAX_CLUSTERS = 300;
    /** The most regions a page may have for them to be joined (each join looks at the page's text again). */
    private static final int MAX_JOINED = 60;

    private FigurePanels() {}

    static List<Cluster> clusters(Graphics.Drawn drawn, float body) {
        List<Cluster> out = new ArrayList<>();
        if (drawn == null) {
            return out;
        }
        float pageArea = drawn.width() * drawn.height();
        float gap = 0.4f * body;
        for (Graphics.Box b : drawn.boxes()) {
            float x0 = Math.max(0, b.x0());
            float y0 = Math.max(0, b.y0());
            float x1 = Math.min(drawn.width(), b.x1());
            float y1 = Math.min(drawn.height(), b.y1());
            if (x1 < x0 || y1 < y0 || Math.max(x1 - x0, y1 - y0) < 1f || (x1 - x0) * (y1 - y0) > 0.5f * pageArea) {
                continue; // outside the page, a speck, or the page's background
            }
            Cluster c = new Cluster(x0, y0, x1, y1);
            c.thin = b.thin();
            c.image = b.kind() == Graphics.Kind.IMAGE && !c.thin;
            c.boxes.add(b);
            for (int i = out.size() - 1; i >= 0; i--) {
                Cluster o = out.get(i);
                // Rules stay apart from rules alongside (a table's rows); lines across each other make a frame or a
                // grid, and a drawing takes in the lines that touch it.
                if (o.near(c, gap) && !(o.rule(body) && c.rule(body) && o.across() == c.across())) {
                    c.add(o);
                    out.remove(i);
                }
            }
            out.add(c);
            if (out.size() > MAX_CLUSTERS) {
                return List.of(); // a page of scattered marks: no figures read from it
            }
        }
        return out;
    }

    /** Joins regions close to each other with no running text or caption between them (a figure's panels). */
    static void join(List<Cluster> areas, List<Cluster> panels, List<Fragment> fragments, float body) {
        boolean joined = areas.size() <= MAX_JOINED; // a page of scattered marks: its regions stay as they are
        while (joined) {
            joined = false;
            outer:
            for (int i = 0; i < areas.size(); i++) {
                for (int j = i + 1; j < areas.size(); j++) {
                    Cluster a = areas.get(i);
                    Cluster b = areas.get(j);
                    if (a.near(b, 3.5f * body) && clearBetween(a, b, fragments, body)
                            && !panelBetween(a, b, panels)) {
                        a.add(b);
                        areas.remove(j);
                        joined = true;
                        break outer;
                    }
                }
            }
        }
    }

    private static boolean panelBetween(Cluster a, Cluster b, List<Cluster> panels) {
        Cluster both = new Cluster(Math.min(a.x0, b.x0), Math.min(a.y0, b.y0), Math.max(a.x1, b.x1),
                Math.max(a.y1, b.y1));
        for (Cluster p : panels) {
            if (both.near(p, 0)) {
                return true;
            }
        }
        return false;
    }

    static boolean clearBetween(Cluster a, Cluster b, List<Fragment> fragments, float body) {
        float x0 = Math.min(a.x0, b.x0);
        float x1 = Math.max(a.x1, b.x1);
        float y0 = Math.min(a.y0, b.y0);
        float y1 = Math.max(a.y1, b.y1);
        for (Fragment f : fragments) {
            boolean inside = f.x1() > x0 && f.x0() < x1 && f.bottom() > y0 && f.top() < y1;
            boolean own = a != b && (a.holds(f) || b.holds(f)); // a panel's own lines are not between
            if (inside && !own && (running(f, body) || Caption.caption(f))) {
                return false;
            }
        }
        return true;
    }

    /** A line of running text rather than a label: long. */
    static boolean running(Fragment f, float body) {
        return f.width() > 14 * body || f.text().length() >= 70;
    }
}
