package app.margin.article.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's glyphs into {@link Fragment}s: glyphs whose line boxes overlap by half or more share a row (so a
 * superscript stays on its line), a row is cut wherever a gap is wider than {@link #CUT_EMS} of the type size (a
 * column gutter, a table's cell gap), and words are told apart by gaps wider than {@link #SPACE_EMS} or a space the
 * PDF drew. A spacing accent drawn over a letter (as TeX does) is put on that letter.
 */
final class Fragments {
    static final float CUT_EMS = 1.0f;
    static final float SPACE_EMS = 0.17f;

    private Fragments() {}

    static List<Fragment> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = null;
        float rowTop = 0;
        float rowBottom = 0;
        for (Glyph g : sorted) {
            if (row != null) {
                float overlap = Math.min(rowBottom, g.bottom()) - Math.max(rowTop, g.top());
                float smaller = Math.min(rowBottom - rowTop, g.bottom() - g.top());
                if (overlap >= 0.5f * smaller) {
                    row.add(g);
                    if (g.size() > (rowBottom - rowTop)) {
                        rowTop = g.top();
                        rowBottom = g.bottom();
                    }
                    continue;
                }
            }
            row = new ArrayList<>();
            row.add(g);
            rows.add(row);
            rowTop = g.top();
            rowBottom = g.bottom();
        }
        List<Fragment> fragments = new ArrayList<>();
        for (List<Glyph> r : rows) {
            r.sort(Comparator.comparingDouble(Glyph::x));
            cut(r, fragments);
        }
        return fragments;
    }

    private static void cut(List<Glyph> row, List<Fragment> out) {
        int start = 0;
        for (int i = 1; i <= row.size(); i++) {
            if (i == row.size() || gap(row.get(i - 1), row.get(i)) > CUT_EMS * size(row.get(i - 1), row.get(i))) {
                out.add(fragment(row.subList(start, i)));
                start = i;
            }
        }
    }

    private static float gap(Glyph left, Glyph right) {
        return right.x() - left.end();
    }

    private static float size(Glyph a, Glyph b) {
        return Math.max(a.size(), b.size());
    }

    private static Fragment fragment(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        Glyph previous = null;
        int boldCount = 0;
        // The size and baseline of most letters (by count of characters at each size, rounded to half a point).
        java.util.Map<Integer, Integer> sizes = new java.util.HashMap<>();
        char pendingAccent = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            x0 = Math.min(x0, g.x());
            x1 = Math.max(x1, g.end());
            char accent = Letters.combiningFor(g.text());
            boolean overNext = accent != 0 && i + 1 < glyphs.size() && overlaps(g, glyphs.get(i + 1));
            if (accent != 0 && !overNext && !(previous != null && overlaps(previous, g))) {
                accent = 0; // a tilde or a caret standing on its own
            }
            if (accent != 0 && !overNext) {
                text.append(accent); // drawn after its letter
                continue;
            }
            if (previous != null) {
                float gap = gap(previous, g);
                float em = size(previous, g);
                if (gap > SPACE_EMS * em || (g.spaceBefore() && gap > 0.05f * em)) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                }
            }
            if (accent != 0) {
                pendingAccent = accent; // drawn before its letter
                previous = g;
                continue;
            }
            text.append(g.text());
            if (pendingAccent != 0) {
                text.append(pendingAccent);
                pendingAccent = 0;
            }
            if (g.bold()) {
                boldCount++;
            }
            sizes.merge(Math.round(g.size() * 2), g.text().length(), Integer::sum);
            previous = g;
        }
        int mainSize = sizes.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(20);
        float size = mainSize / 2f;
        float y = glyphs.get(0).y();
        for (Glyph g : glyphs) {
            if (Math.round(g.size() * 2) == mainSize) {
                y = g.y();
                break;
            }
        }
        String plain = Normalizer.normalize(text.toString().strip(), Normalizer.Form.NFC);
        return new Fragment(x0, x1, y, size, boldCount * 2 > glyphs.size(), plain);
    }

    private static boolean overlaps(Glyph a, Glyph b) {
        float overlap = Math.min(a.end(), b.end()) - Math.max(a.x(), b.x());
        return overlap > 0.3f * Math.min(Math.max(a.width(), 0.1f), Math.max(b.width(), 0.1f));
    }
}
