package app.margin.article.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's glyphs into {@link Fragment}s: runs in the order the page draws them, joined where they go on
 * along one baseline (see {@link #runs} and {@link #join}), then cut wherever a gap is wider than {@link #CUT_EMS} of
 * the type size (a column gutter, a table's cell gap). Words are told apart by gaps wider than {@link #SPACE_EMS} or
 * a space the PDF drew. A spacing accent drawn over a letter (as TeX does) is put on that letter; TeX's logos read
 * as their names are spelt ({@link Logos}).
 */
final class Fragments {
    static final float CUT_EMS = 1.0f;
    static final float SPACE_EMS = 0.12f;

    private Fragments() {}

    static List<Fragment> of(List<Glyph> glyphs) {
        List<List<Glyph>> runs = runs(glyphs);
        List<List<Glyph>> lines = join(runs);
        List<Fragment> fragments = new ArrayList<>();
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::x));
            Logos.unmirror(line);
            cut(line, fragments);
        }
        return fragments;
    }

    /**
     * Runs of glyphs in the order the page draws them, each going on while the next glyph sits on about the same
     * baseline (a superscript's offset is allowed) and not far to the right: lines as the producer wrote them. Taking
     * the drawing order first keeps two lines with tight leading, or a column's line beside a footnote's, apart.
     */
    private static List<List<Glyph>> runs(List<Glyph> glyphs) {
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> run = null;
        Glyph last = null;
        for (Glyph g : glyphs) {
            if (last != null) {
                float em = Math.max(last.size(), g.size());
                float gap = g.x() - last.end();
                if (Math.abs(g.y() - last.y()) <= 0.5f * em && gap <= CUT_EMS * em
                        && gap >= -(last.width() + 0.3f * em)) {
                    run.add(g);
                    last = g;
                    continue;
                }
            }
            run = new ArrayList<>();
            run.add(g);
            runs.add(run);
            last = g;
        }
        return runs;
    }

    /**
     * Joins runs that continue each other on one baseline (a line drawn in pieces, or out of order), so a line is
     * one list of glyphs wherever the producer broke it.
     */
    private static List<List<Glyph>> join(List<List<Glyph>> runs) {
        int n = runs.size();
        float[] y = new float[n];
        float[] x0 = new float[n];
        float[] x1 = new float[n];
        float[] size = new float[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            List<Glyph> r = runs.get(i);
            Glyph main = r.get(0);
            float a = Float.MAX_VALUE;
            float b = -Float.MAX_VALUE;
            for (Glyph g : r) {
                if (g.size() > main.size()) {
                    main = g;
                }
                a = Math.min(a, g.x());
                b = Math.max(b, g.end());
            }
            y[i] = main.y();
            size[i] = main.size();
            x0[i] = a;
            x1[i] = b;
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> y[i]));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int a = 0; a < n; a++) {
            int i = order[a];
            for (int b = a + 1; b < n && y[order[b]] - y[i] < 0.3f * size[i]; b++) {
                int j = order[b];
                float em = Math.max(size[i], size[j]);
                float gap = Math.max(x0[j] - x1[i], x0[i] - x1[j]);
                if (Math.abs(size[i] - size[j]) < 0.5f * em && gap <= CUT_EMS * em) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        java.util.Map<Integer, List<Glyph>> groups = new java.util.LinkedHashMap<>();
        for (int a = 0; a < n; a++) {
            int i = order[a];
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).addAll(runs.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
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
        int aside = 0; // letters in typewriter or mathematics, not bold: they count neither way
        int others = 0;
        int math = 0;
        int words = 0;
        // The size and baseline of most letters (by count of characters at each size, rounded to half a point).
        java.util.Map<Integer, Integer> sizes = new java.util.HashMap<>();
        char pendingAccent = 0;
        int[] at = new int[glyphs.size()];
        java.util.Arrays.fill(at, -1);
        Logos.Reading logos = Logos.of(glyphs);
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (previous != null && g.text().equals(previous.text()) && Math.abs(g.y() - previous.y()) < 0.5f
                    && Math.abs(g.x() - previous.x()) < Math.max(0.5f, 0.2f * g.width())) {
                continue; // the line drawn twice over itself (a fake bold, a shadow)
            }
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
                if (!logos.joined(i) && (gap > SPACE_EMS * em || (g.spaceBefore() && gap > 0.05f * em))) {
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
            at[i] = text.length();
            text.append(logos.text(i, g));
            if (pendingAccent != 0) {
                text.append(pendingAccent);
                pendingAccent = 0;
            }
            if (g.bold()) {
                boldCount++;
            } else if (FragmentRuns.aside(g)) {
                aside++;
            } else {
                others++;
            }
            if (g.math()) {
                math += g.text().length();
            } else {
                for (int k = 0; k < g.text().length(); k++) {
                    words += Character.isLetter(g.text().charAt(k)) ? 1 : 0;
                }
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
        String stripped = text.toString().strip();
        String plain = Normalizer.normalize(stripped, Normalizer.Form.NFC);
        // A word in typewriter or mathematics inside a bold line (a package's name in a title) leaves it bold when all
        // else is bold (two marks or stops aside) and it is no more of the line than the bold.
        boolean bold = boldCount >= 0.85f * glyphs.size() || aside > 0 && others <= 2 && boldCount >= aside;
        return new Fragment(x0, x1, y, size, bold, plain,
                FragmentRuns.of(glyphs, at, text.toString(), stripped, plain, size, y), math, words);
    }

    private static boolean overlaps(Glyph a, Glyph b) {
        float overlap = Math.min(a.end(), b.end()) - Math.max(a.x(), b.x());
        return overlap > 0.3f * Math.min(Math.max(a.width(), 0.1f), Math.max(b.width(), 0.1f));
    }
}
