package app.margin.article.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs of a fragment's text set apart from the rest: raised or lowered and smaller (superscripts, subscripts,
 * footnote marks), or in an italic, a monospaced or a bold face, or under one of the document's links; as offsets
 * into the fragment's composed text, in order of where they start.
 */
final class FragmentRuns {
    private FragmentRuns() {}

    /**
     * The runs of {@code glyphs}, each placed at {@code at[i]} in the fragment's text ({@code raw}, and as
     * {@code stripped} and composed {@code plain}); {@code size} and {@code y} are the line's main size and baseline.
     */
    static List<Fragment.Shift> of(List<Glyph> glyphs, int[] at, String raw, String stripped, String plain, float size,
                                   float y) {
        List<Fragment.Shift> shifts = shifts(glyphs, at, raw, stripped, plain, size, y);
        List<Fragment.Shift> faces = faces(glyphs, at, stripped, plain);
        List<Fragment.Shift> links = links(glyphs, at, stripped, plain);
        if (faces.isEmpty() && links.isEmpty()) {
            return shifts;
        }
        List<Fragment.Shift> all = new ArrayList<>(shifts);
        all.addAll(faces);
        all.addAll(links);
        all.sort(java.util.Comparator.comparingInt(Fragment.Shift::start));
        return all;
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
     * Whether a glyph counts neither way when a line's weight is judged: not bold, and in a typewriter face or a font
     * of mathematics (TeX has no bold typewriter: a command's or a package's name in a bold title or heading).
     */
    static boolean aside(Glyph g) {
        return !g.bold() && (g.mono() || g.math());
    }

    /**
     * The runs of glyphs in an italic face (emphasis, a book's title), in a monospaced one (code, a command's name)
     * and in a bold one among text that is not (a term being defined), as offsets into the fragment's text; a space
     * between two glyphs of a run stays in it. Fonts of mathematics are none of these (their letters are italic by
     * design).
     */
    private static List<Fragment.Shift> faces(List<Glyph> glyphs, int[] at, String stripped, String plain) {
        // A line wholly bold is a heading's or a caption's label: only bold words among others are strong. A word in
        // typewriter or mathematics inside it, and fewer such letters than bold ones, leaves it wholly bold.
        boolean allBold = true;
        boolean any = false;
        int bold = 0;
        int aside = 0;
        for (Glyph g : glyphs) {
            allBold &= g.bold() || g.text().isBlank() || aside(g);
            any |= g.italic() || g.mono() || g.bold();
            bold += g.bold() ? 1 : 0;
            aside += aside(g) ? 1 : 0;
        }
        allBold &= bold > 0 && bold >= aside;
        if (!any) {
            return List.of(); // most lines: one face throughout
        }
        Fragment.Shift.Kind[] kinds = allBold ? new Fragment.Shift.Kind[] {Fragment.Shift.Kind.ITALIC,
                Fragment.Shift.Kind.MONO} : new Fragment.Shift.Kind[] {Fragment.Shift.Kind.ITALIC,
                Fragment.Shift.Kind.MONO, Fragment.Shift.Kind.BOLD};
        // One pass over the glyphs, a run open or not for each face; the runs listed face by face.
        int[] start = new int[kinds.length];
        int[] end = new int[kinds.length];
        java.util.Arrays.fill(start, -1);
        List<List<Fragment.Shift>> runs = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            runs.add(new ArrayList<>());
        }
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (at[i] < 0 || g.text().isBlank()) {
                continue;
            }
            for (int k = 0; k < kinds.length; k++) {
                boolean in = switch (kinds[k]) {
                    case ITALIC -> g.italic();
                    case MONO -> g.mono();
                    default -> g.bold() && !g.math();
                };
                if (in && start[k] >= 0 && at[i] <= end[k] + 1) {
                    end[k] = at[i] + g.text().length();
                    continue;
                }
                if (start[k] >= 0) {
                    runs.get(k).add(span(start[k], end[k], kinds[k], stripped, plain));
                    start[k] = -1;
                }
                if (in) {
                    start[k] = at[i];
                    end[k] = at[i] + g.text().length();
                }
            }
        }
        List<Fragment.Shift> out = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            if (start[k] >= 0) {
                runs.get(k).add(span(start[k], end[k], kinds[k], stripped, plain));
            }
            out.addAll(runs.get(k));
        }
        out.removeIf(r -> r.end() <= r.start());
        return out;
    }

    /**
     * The runs of glyphs under one of the document's links ({@link Glyph#link}, see {@link PdfLinks}), each a
     * {@link Fragment.Shift.Kind#LINK} whose target names the link until its place is looked up; a space between two
     * glyphs under the same link stays in its run.
     */
    private static List<Fragment.Shift> links(List<Glyph> glyphs, int[] at, String stripped, String plain) {
        boolean any = false;
        for (int i = 0; i < glyphs.size() && !any; i++) {
            any = glyphs.get(i).link() >= 0;
        }
        if (!any) {
            return List.of(); // most lines: under no link
        }
        List<Fragment.Shift> out = null;
        int link = -1;
        int start = -1;
        int end = -1;
        for (int i = 0; i <= glyphs.size(); i++) {
            Glyph g = i < glyphs.size() ? glyphs.get(i) : null;
            if (g != null && (at[i] < 0 || g.text().isBlank())) {
                continue;
            }
            if (g != null && g.link() >= 0 && g.link() == link && at[i] <= end + 1) {
                end = at[i] + g.text().length();
                continue;
            }
            if (link >= 0) {
                Fragment.Shift run = span(start, end, Fragment.Shift.Kind.LINK, stripped, plain);
                if (run.end() > run.start()) {
                    out = out == null ? new ArrayList<>() : out;
                    out.add(new Fragment.Shift(run.start(), run.end(), run.kind(), PdfLinks.pending(link)));
                }
            }
            link = g == null ? -1 : g.link();
            start = g == null ? -1 : at[i];
            end = g == null ? -1 : at[i] + g.text().length();
        }
        return out == null ? List.of() : out;
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

}
