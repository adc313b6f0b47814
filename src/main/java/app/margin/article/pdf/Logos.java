package app.margin.article.pdf;

import java.util.List;
import java.util.Map;

/**
 * TeX's logos read as their names are spelt. TeX sets "TeX" as capitals T, E and X with the E lowered by half an ex
 * and kerned under its neighbours, and "LaTeX" with a small capital A raised and kerned back over the L: their glyphs
 * say "TEX" and "LATEX". Only these patterns are read so: a T, an E of its size lowered 0.1 to 0.35 em and an X on
 * the T's baseline, each touching the one before ("TeX", and so "BibTeX", "ConTeXt", "LuaTeX", "XeTeX", "pdfTeX"); an
 * L with a raised A set smaller before it, or "(LA)" ("LaTeX", "(La)TeX"); a 2 set close after LaTeX's X with an ε or
 * an e after it ("LaTeX2ε", no space: TeX kerns it 0.15 em); and a prefix in capitals of the same size right before
 * the logo that names a known engine or tool ("LUATEX" → "LuaTeX", "BIBTEX", "XETEX", "PDFTEX"; small capitals after
 * the first letter too); XeTeX's "Xe" before "TeX" or "LaTeX", its E mirrored and lowered, or the font's "Ǝ"
 * ({@link #unmirror} puts the mirrored E where it is drawn). A word "TEXT" or "LATEX" set in capitals on one baseline
 * stays as it is.
 */
final class Logos {
    /** Known names whose first letters TeX's logos set in capitals before "TeX", as they are spelt. */
    private static final Map<String, String> PREFIXES = Map.of("LUA", "Lua", "BIB", "Bib", "XE", "Xe", "PDF", "pdf");

    /** How a line's glyphs read in logos: a text for some glyphs (as long as their own), no space before some. */
    static final class Reading {
        private String[] text;
        private boolean[] joined;
        private final int size;

        private Reading(int size) {
            this.size = size;
        }

        /** The text glyph {@code i} reads as. */
        String text(int i, Glyph g) {
            return text == null || text[i] == null ? g.text() : text[i];
        }

        /** Whether no space goes before glyph {@code i}, whatever the gap. */
        boolean joined(int i) {
            return joined != null && joined[i];
        }

        private void read(int i, String as) {
            if (text == null) {
                text = new String[size];
            }
            text[i] = as;
        }

        private void join(int i) {
            if (joined == null) {
                joined = new boolean[size];
            }
            joined[i] = true;
        }
    }

    private Logos() {}

    /** How the glyphs of one line, left to right, read in the logos among them. */
    static Reading of(List<Glyph> glyphs) {
        Reading reading = new Reading(glyphs.size());
        for (int t = 0; t + 2 < glyphs.size(); t++) {
            Glyph tee = glyphs.get(t);
            if (!"T".equals(tee.text()) || !tex(tee, glyphs.get(t + 1), glyphs.get(t + 2))) {
                continue;
            }
            reading.read(t + 1, "e");
            int a = t >= 1 && ")".equals(glyphs.get(t - 1).text()) ? t - 2 : t - 1;
            boolean latex = a >= 1 && raisedA(glyphs.get(a - 1), glyphs.get(a), tee);
            if (latex) {
                reading.read(a, "a");
                xe(glyphs, a - 1, tee, reading);
                int two = t + 3;
                if (two + 1 < glyphs.size() && "2".equals(glyphs.get(two).text())
                        && onBaseline(glyphs.get(two), tee)
                        && glyphs.get(two).x() - glyphs.get(t + 2).end() <= 0.2f * tee.size()
                        && ("ε".equals(glyphs.get(two + 1).text()) || "e".equals(glyphs.get(two + 1).text()))) {
                    reading.join(two);
                }
            } else if (!xe(glyphs, t, tee, reading)) {
                prefix(glyphs, t, reading);
            }
        }
        return reading;
    }

    /**
     * XeTeX's and XeLaTeX's "Xe" before the logo that starts at glyph {@code s}: an X on the logo's baseline, then an E
     * (mirrored, lowered as TeX's E is, or not; or the font's own "Ǝ") touching it and the logo's first letter, the
     * glyph before the X no letter. The E is read "e".
     */
    private static boolean xe(List<Glyph> glyphs, int s, Glyph tee, Reading reading) {
        if (s < 2) {
            return false;
        }
        Glyph x = glyphs.get(s - 2);
        Glyph e = glyphs.get(s - 1);
        float em = tee.size();
        float drop = e.y() - tee.y();
        boolean alone = s == 2 || !Character.isLetter(glyphs.get(s - 3).text().codePointAt(0))
                || x.x() - glyphs.get(s - 3).end() > Fragments.SPACE_EMS * em;
        if (!"X".equals(x.text()) || !("E".equals(e.text()) || "Ǝ".equals(e.text())) || !onBaseline(x, tee)
                || Math.abs(e.size() - em) >= 0.1f * em || drop < -0.05f * em || drop > 0.35f * em || !alone
                || e.x() > x.end() + 0.05f * em || glyphs.get(s).x() > e.end() + 0.05f * em) {
            return false;
        }
        reading.read(s - 1, "e");
        return true;
    }

    /**
     * The glyphs of a line, left to right, with XeTeX's mirrored E put where it is drawn. TeX draws it turned over
     * ({@code \reflectbox}), so the point it is drawn from, which a glyph's place is read from, is its right edge: it
     * sorts one width too far right, after the T or the L that follows it ("X TEEX", "X LEATeX"). An E lowered as
     * TeX's E is, which drawn one width further left would touch the X before it (within a third of an em), is moved
     * there.
     */
    static void unmirror(List<Glyph> line) {
        for (int i = 0; i + 2 < line.size(); i++) {
            Glyph x = line.get(i);
            if (!"X".equals(x.text())) {
                continue;
            }
            float em = x.size();
            for (int k = i + 2; k <= i + 3 && k < line.size(); k++) {
                Glyph e = line.get(k);
                float left = e.x() - e.width();
                float drop = e.y() - x.y();
                if ("E".equals(e.text()) && Math.abs(e.size() - em) < 0.1f * em && drop >= 0.1f * em
                        && drop <= 0.35f * em && left >= x.end() - 0.3f * em && left <= x.end() + 0.05f * em) {
                    line.remove(k);
                    line.add(i + 1, new Glyph(left, e.y(), e.width(), e.size(), e.text(), e.bold(), e.spaceBefore(),
                            e.math(), e.italic(), e.mono()));
                    break;
                }
            }
        }
    }

    /** Whether T, E and X are TeX's logo: one size, the E lowered, the X on the T's baseline, each touching. */
    private static boolean tex(Glyph t, Glyph e, Glyph x) {
        float em = t.size();
        float drop = e.y() - t.y();
        return "E".equals(e.text()) && "X".equals(x.text()) && Math.abs(e.size() - em) < 0.1f * em
                && Math.abs(x.size() - em) < 0.1f * em && drop >= 0.1f * em && drop <= 0.35f * em
                && onBaseline(x, t) && e.x() <= t.end() + 0.05f * em && x.x() <= e.end() + 0.05f * em;
    }

    /** Whether an A set smaller and raised is kerned back over the L before it, before TeX's T. */
    private static boolean raisedA(Glyph l, Glyph a, Glyph t) {
        float em = t.size();
        return "L".equals(l.text()) && "A".equals(a.text()) && onBaseline(l, t) && a.size() < 0.9f * em
                && a.y() <= t.y() - 0.08f * em && a.x() < l.end();
    }

    private static boolean onBaseline(Glyph g, Glyph t) {
        return Math.abs(g.y() - t.y()) <= 0.05f * t.size() && Math.abs(g.size() - t.size()) < 0.1f * t.size();
    }

    /**
     * A known name in capitals right before the logo's T, the glyph before it no letter: "LUA" → "Lua"; its letters
     * after the first may be small capitals ("BIB" with a small "IB").
     */
    private static void prefix(List<Glyph> glyphs, int t, Reading reading) {
        Glyph tee = glyphs.get(t);
        float em = tee.size();
        StringBuilder letters = new StringBuilder();
        for (int i = t - 1; i >= 0 && t - i <= 3; i--) {
            Glyph g = glyphs.get(i);
            Glyph after = glyphs.get(i + 1);
            if (Math.abs(g.y() - tee.y()) > 0.05f * em || g.size() < 0.6f * em || g.size() > 1.1f * em
                    || after.x() - g.end() > Fragments.SPACE_EMS * em
                    || g.text().length() != 1 || !Character.isUpperCase(g.text().charAt(0))) {
                return;
            }
            letters.insert(0, g.text());
            String as = PREFIXES.get(letters.toString());
            String before = i == 0 ? "" : glyphs.get(i - 1).text();
            boolean alone = before.isEmpty() || !Character.isLetter(before.codePointAt(0))
                    || g.x() - glyphs.get(i - 1).end() > Fragments.SPACE_EMS * em;
            if (as != null && alone && onBaseline(g, tee)) {
                for (int k = 0; k < as.length(); k++) {
                    reading.read(i + k, as.substring(k, k + 1));
                }
                return;
            }
        }
    }

    /** A word that holds TeX's logo as it is spelt: "TeX", "LuaTeX", "LaTeX2ε", "ConTeXt". */
    private static final java.util.regex.Pattern SPELT = java.util.regex.Pattern.compile("\\p{L}*TeX\\p{L}*(2ε)?");
    /** A word in capitals that holds "TEX": "TEX", "LUATEX", "LATEX2ε". */
    private static final java.util.regex.Pattern CAPITALS =
            java.util.regex.Pattern.compile("(?<!\\p{L})\\p{Lu}*TEX\\p{Lu}*(2ε)?(?!\\p{L})");

    /**
     * How the paragraphs spell TeX's logos ({@link #of}), by the words in capitals they stand for: "LUATEX" →
     * "LuaTeX", the spelling read most often.
     */
    static Map<String, String> spellings(List<PdfParagraph> paragraphs) {
        Map<String, Map<String, Integer>> counts = new java.util.HashMap<>();
        for (PdfParagraph p : paragraphs) {
            if (p.text().indexOf("TeX") < 0) {
                continue;
            }
            java.util.regex.Matcher m = SPELT.matcher(p.text());
            while (m.find()) {
                counts.computeIfAbsent(m.group().toUpperCase(java.util.Locale.ROOT).replace("2Ε", "2ε"),
                        k -> new java.util.HashMap<>()).merge(m.group(), 1, Integer::sum);
            }
        }
        Map<String, String> out = new java.util.HashMap<>();
        counts.forEach((caps, spelt) -> out.put(caps,
                java.util.Collections.max(spelt.entrySet(), Map.Entry.comparingByValue()).getKey()));
        return out;
    }

    /**
     * A title (a bookmark's, which a PDF's outline gives as plain text) with its words in capitals that name TeX's
     * logos spelt as the document spells them ({@link #spellings}): luatex.pdf's "2 Basic TEX enhancements", "4 Using
     * LUATEX". A word the document never sets as the logo stays ("TEXT", or "LATEX" where the text only says "TeX").
     */
    static String spelt(String title, Map<String, String> spellings) {
        if (spellings.isEmpty() || title.indexOf("TEX") < 0) {
            return title;
        }
        return CAPITALS.matcher(title).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                spellings.getOrDefault(m.group(), m.group())));
    }
}
