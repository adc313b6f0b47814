package app.margin.article.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's glyphs into {@link Fragment}s: runs in the order the page draws them, joined where they go on
 * along one baseline (see {@link #runs} and {@link #join}), then cut wherever a gap is wider than {@link #CUT_EMS} of
 * the type size (a column gutter, a table's cell gap). Words are told apart by gaps wider than {@link #SPACE_EMS} or
 * a space the PDF drew. A spacing accent drawn over a letter (as TeX does) is put on that letter.
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
        int math = 0;
        int words = 0;
        // The size and baseline of most letters (by count of characters at each size, rounded to half a point).
        java.util.Map<Integer, Integer> sizes = new java.util.HashMap<>();
        char pendingAccent = 0;
        int[] at = new int[glyphs.size()];
        java.util.Arrays.fill(at, -1);
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
            at[i] = text.length();
            text.append(g.text());
            if (pendingAccent != 0) {
                text.append(pendingAccent);
                pendingAccent = 0;
            }
            if (g.bold()) {
                boldCount++;
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
        List<Fragment.Shift> shifts = shifts(glyphs, at, text.toString(), stripped, plain, size, y);
        List<Fragment.Shift> faces = faces(glyphs, at, stripped, plain);
        if (!faces.isEmpty()) {
            shifts = new ArrayList<>(shifts);
            shifts.addAll(faces);
            shifts.sort(java.util.Comparator.comparingInt(Fragment.Shift::start));
        }
        return new Fragment(x0, x1, y, size, boldCount >= 0.85f * glyphs.size(), plain, shifts, math, words);
    }

    /**
     * The runs of glyphs set at most 0.85 of the line's size with their baseline raised 0.15 em or more above it
     * (superscripts, footnote marks) or lowered 0.1 em or more below it right after a letter (subscripts), as offsets
     * into the fragment's text; glyphs run on while nothing comes between. A raised letter kerned back over the one
     * before it is part of a logo (the "A" of LaTeX), not a superscript.
     */
    private static List<Fragment.Shift> shifts(List<Glyph> glyphs, int[] at, String raw, String stripped,
            String plain, float size, float y) {
        List<Fragment.Shift> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        int kind = 0;
        int previous = 0; // how the glyph before was set: 1 raised, -1 lowered, 0 on the line
        boolean logo = false;
        Glyph before = null;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (at[i] < 0) {
                continue;
            }
            int shift = shift(g, size, y);
            if (start >= 0 && shift == kind && at[i] == end) {
                end = at[i] + g.text().length();
            } else {
                if (start >= 0) {
                    out.add(span(start, end, kind < 0, stripped, plain));
                    start = -1;
                }
                logo = shift > 0 && (logo && previous > 0 || before != null && g.x() < before.end() - 0.1f * size);
                // A subscript starts right after the letter or digit it is set on.
                boolean sub = shift < 0 && previous >= 0 && at[i] > 0 && at[i] <= raw.length()
                        && Character.isLetterOrDigit(raw.charAt(at[i] - 1));
                if (shift > 0 && !logo || sub) {
                    start = at[i];
                    end = at[i] + g.text().length();
                    kind = shift;
                }
            }
            previous = shift;
            before = g;
        }
        if (start >= 0) {
            out.add(span(start, end, kind < 0, stripped, plain));
        }
        out.removeIf(r -> r.end() <= r.start());
        return out;
    }

    /**
     * The runs of glyphs in an italic face (emphasis, a book's title), in a monospaced one (code, a command's name)
     * and in a bold one among text that is not (a term being defined), as offsets into the fragment's text; a space
     * between two glyphs of a run stays in it. Fonts of mathematics are none of these (their letters are italic by
     * design).
     */
    private static List<Fragment.Shift> faces(List<Glyph> glyphs, int[] at, String stripped, String plain) {
        List<Fragment.Shift> out = new ArrayList<>();
        // A line wholly bold is a heading's or a caption's label: only bold words among others are strong.
        boolean allBold = glyphs.stream().allMatch(g -> g.bold() || g.text().isBlank());
        for (Fragment.Shift.Kind kind : allBold ? List.of(Fragment.Shift.Kind.ITALIC, Fragment.Shift.Kind.MONO)
                : List.of(Fragment.Shift.Kind.ITALIC, Fragment.Shift.Kind.MONO, Fragment.Shift.Kind.BOLD)) {
            int start = -1;
            int end = -1;
            for (int i = 0; i < glyphs.size(); i++) {
                Glyph g = glyphs.get(i);
                if (at[i] < 0 || g.text().isBlank()) {
                    continue;
                }
                boolean in = switch (kind) {
                    case ITALIC -> g.italic();
                    case MONO -> g.mono();
                    default -> g.bold() && !g.math();
                };
                if (in && start >= 0 && at[i] <= end + 1) {
                    end = at[i] + g.text().length();
                } else {
                    if (start >= 0) {
                        out.add(span(start, end, kind, stripped, plain));
                        start = -1;
                    }
                    if (in) {
                        start = at[i];
                        end = at[i] + g.text().length();
                    }
                }
            }
            if (start >= 0) {
                out.add(span(start, end, kind, stripped, plain));
            }
        }
        out.removeIf(r -> r.end() <= r.start());
        return out;
    }

    /** 1 for a glyph set raised and smaller than the line, -1 for one set lowered and smaller, else 0. */
    private static int shift(Glyph g, float size, float y) {
        if (g.size() > 0.85f * size || g.text().isBlank()) {
            return 0;
        }
        return g.y() < y - 0.15f * size ? 1 : g.y() > y + 0.1f * size ? -1 : 0;
    }

    /** A run of the text before its letters were composed (NFC), as offsets into the composed text. */
    private static Fragment.Shift span(int start, int end, boolean lowered, String stripped, String plain) {
        return span(start, end, lowered ? Fragment.Shift.Kind.LOWERED : Fragment.Shift.Kind.RAISED, stripped, plain);
    }

    private static Fragment.Shift span(int start, int end, Fragment.Shift.Kind kind, String stripped, String plain) {
        end = Math.min(end, stripped.length());
        start = Math.min(start, end);
        if (stripped.length() == plain.length()) {
            return new Fragment.Shift(start, end, kind);
        }
        return new Fragment.Shift(Normalizer.normalize(stripped.substring(0, start), Normalizer.Form.NFC).length(),
                Normalizer.normalize(stripped.substring(0, end), Normalizer.Form.NFC).length(), kind);
    }

    private static boolean overlaps(Glyph a, Glyph b) {
        float overlap = Math.min(a.end(), b.end()) - Math.max(a.x(), b.x());
        return overlap > 0.3f * Math.min(Math.max(a.width(), 0.1f), Math.max(b.width(), 0.1f));
    }
}
