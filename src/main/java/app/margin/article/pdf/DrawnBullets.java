package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Bullets a page draws instead of setting them in type: beamer's themes paint an item's mark as a small square,
 * triangle or disc (a path or a tiny picture) left of the item's first line, so the text layer has no "•" and the
 * items of a slide ran together into one paragraph. Such a mark becomes a "•" glyph at its place, on the line's
 * baseline and in its size, and the line then starts a paragraph as a line with a bullet in type does
 * ({@link Breaks}). A mark is one painting, between a fifth and four fifths of the line's type size on each side and
 * no more than twice as wide as tall, inside the line's band (its middle between the baseline and three quarters of
 * the size above it), ending a tenth of an em to two ems before the line's first glyph, with no glyph in it and
 * none on that baseline within an em before it (so it starts the line: not a legend's swatch between two labels, or
 * a box drawn around a word), and no other painting within three points of it (a sign drawn in pieces).
 */
final class DrawnBullets {
    static final String BULLET = "•";
    /** How near another painting may come to a mark (points): the pieces of amsldoc's corner are 2.5 apart. */
    private static final float NEAR = 3f;

    private DrawnBullets() {}

    /** The glyphs with a "•" put before each line that a drawn mark starts, in drawing order. */
    static List<Glyph> mark(List<Glyph> glyphs, List<Graphics.Box> painted) {
        List<Graphics.Box> candidates = new ArrayList<>();
        for (Graphics.Box b : painted) {
            if (b.parts() == 1 && b.width() >= 1f && b.height() >= 1f && b.width() <= 2 * b.height()
                    && b.height() <= 2 * b.width() && Math.max(b.width(), b.height()) < 12f) {
                candidates.add(b);
            }
        }
        if (candidates.isEmpty() || glyphs.isEmpty()) {
            return glyphs;
        }
        Integer[] byLine = new Integer[glyphs.size()];
        float largest = 0;
        for (int i = 0; i < byLine.length; i++) {
            byLine[i] = i;
            largest = Math.max(largest, glyphs.get(i).size());
        }
        java.util.Arrays.sort(byLine, java.util.Comparator.comparingDouble(i -> glyphs.get(i).y()));
        float[] baselines = new float[byLine.length];
        for (int i = 0; i < byLine.length; i++) {
            baselines[i] = glyphs.get(byLine[i]).y();
        }
        java.util.Map<Integer, Glyph> before = new java.util.HashMap<>();
        for (Graphics.Box b : candidates) {
            float middle = (b.y0() + b.y1()) / 2;
            int from = lowest(baselines, Math.min(middle, b.y0()) - largest);
            int to = lowest(baselines, Math.max(middle, b.y1()) + largest);
            int first = alone(b, painted) ? firstAfter(glyphs, byLine, from, to, b) : -1;
            if (first >= 0 && !before.containsKey(first)) {
                Glyph g = glyphs.get(first);
                before.put(first, new Glyph(b.x0(), g.y(), b.width(), g.size(), BULLET, false, false));
            }
        }
        if (before.isEmpty()) {
            return glyphs;
        }
        List<Glyph> out = new ArrayList<>(glyphs.size() + before.size());
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph bullet = before.get(i);
            if (bullet != null) {
                out.add(bullet);
            }
            out.add(glyphs.get(i));
        }
        return out;
    }

    /**
     * Whether no other painting touches the mark or lies within {@link #NEAR} of it: a sign built of several (amsldoc's
     * corner before each error message, three rules) is no bullet.
     */
    private static boolean alone(Graphics.Box b, List<Graphics.Box> painted) {
        for (Graphics.Box o : painted) {
            if (o != b && o.x0() < b.x1() + NEAR && o.x1() > b.x0() - NEAR && o.y0() < b.y1() + NEAR
                    && o.y1() > b.y0() - NEAR) {
                return false;
            }
        }
        return true;
    }

    /** The first index whose baseline is at {@code y} or below it. */
    private static int lowest(float[] baselines, float y) {
        int lo = 0;
        int hi = baselines.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (baselines[mid] < y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The index of the glyph whose line the mark starts, or -1 when it starts none; only the glyphs
     * {@code byLine[from..to)} (by baseline) lie near enough to matter.
     */
    private static int firstAfter(List<Glyph> glyphs, Integer[] byLine, int from, int to, Graphics.Box b) {
        int best = -1;
        float middle = (b.y0() + b.y1()) / 2;
        for (int k = from; k < to; k++) {
            int i = byLine[k];
            Glyph g = glyphs.get(i);
            float em = g.size();
            if (g.text().isBlank() || middle > g.y() || middle < g.y() - 0.75f * em) {
                continue;
            }
            float gap = g.x() - b.x1();
            if (gap >= 0.1f * em && gap <= 2f * em && (best < 0 || g.x() < glyphs.get(best).x())) {
                best = i;
            }
        }
        if (best < 0) {
            return -1;
        }
        Glyph g = glyphs.get(best);
        float em = g.size();
        if (b.width() < 0.2f * em || b.height() < 0.2f * em || b.width() > 0.8f * em || b.height() > 0.8f * em
                || Breaks.bullet(g.text() + " ")) {
            return -1;
        }
        for (int k = from; k < to; k++) {
            Glyph o = glyphs.get(byLine[k]);
            boolean sameLine = Math.abs(o.y() - g.y()) < 0.3f * em;
            if (sameLine && o != g && o.end() > b.x0() - em && o.x() < g.x()) {
                return -1; // something before the mark on its line, or inside it
            }
            if (o.x() < b.x1() && o.end() > b.x0() && o.top() < b.y1() && o.bottom() > b.y0()) {
                return -1; // a glyph inside the mark: a box around text
            }
        }
        return best;
    }
}
