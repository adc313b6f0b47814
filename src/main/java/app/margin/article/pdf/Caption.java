package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A page's captions ("Figure 3.", "Table 1:") with the block their lines make, and the tables found from a caption:
 * the rules under (else over) it, or the text cells under it ({@link Tables}).
 *
 * @param first the caption's first line
 * @param table whether it is a table's caption
 */
record Caption(Fragment first, float x0, float y0, float x1, float y1, boolean table) {
    /** The most captions read on a page (each looks at the page's text). */
    static final int MAX_CAPTIONS = 50;

    /** A caption's label followed by a word in lower case ("Fig. 2 has content…"): a sentence, not a caption. */
    private static final java.util.regex.Pattern SENTENCE =
            java.util.regex.Pattern.compile("^\\S+\\s*[0-9IVX]+[0-9.]*\\s+\\p{javaLowerCase}.*");

    /** A caption's label alone, its words set apart by a wide space ("Figure 2.1", then "The \\nospaces options."). */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "(?i)(figure|fig\\.|table|tab\\.|abbildung|abb\\.|tabelle|tableau)\\s*[0-9IVX]+(\\.[0-9]+)*[.:]?");

    static boolean caption(Fragment f) {
        return Breaks.CAPTION.matcher(f.text()).matches() && !SENTENCE.matcher(f.text()).matches()
                || LABEL.matcher(f.text()).matches();
    }

    /**
     * The captions and their blocks: the lines under a caption's first, no farther apart than a line and a half,
     * within its width, up to a rule or another caption.
     */
    static List<Caption> captions(List<Fragment> fragments, List<Cluster> clusters, float body) {
        List<Caption> out = new ArrayList<>();
        List<Fragment> sorted = null;
        for (Fragment f : fragments) {
            if (out.size() == MAX_CAPTIONS) {
                break;
            }
            if (!caption(f)) {
                continue;
            }
            if (sorted == null) {
                sorted = new ArrayList<>(fragments);
                sorted.sort(Comparator.comparingDouble(Fragment::y));
            }
            float x0 = f.x0();
            float x1 = f.x1();
            for (Fragment g : sorted) { // the rest of its first line, past wide spaces
                if (Math.abs(g.y() - f.y()) < 1f && g.x0() > x1 - 0.1f && g.x0() - x1 < 4 * body) {
                    x1 = g.x1();
                }
            }
            float lineEnd = x1;
            float y1 = f.bottom();
            Fragment last = f;
            for (Fragment g : sorted) {
                if (g.y() <= last.y() + 0.1f || g == f) {
                    continue;
                }
                if (g.y() - last.y() > 1.5f * last.size() || caption(g)) {
                    break;
                }
                if (g.x0() >= f.x0() - 2 * body && g.x0() <= lineEnd && g.x1() <= lineEnd + 2 * body) {
                    if (ruleBetween(clusters, last, g)) {
                        break;
                    }
                    x0 = Math.min(x0, g.x0());
                    x1 = Math.max(x1, g.x1());
                    y1 = g.bottom();
                    last = g;
                }
            }
            String word = f.text().toLowerCase(Locale.ROOT);
            out.add(new Caption(f, x0, f.top(), x1, y1, word.startsWith("tab")));
        }
        return out;
    }

    private static boolean ruleBetween(List<Cluster> clusters, Fragment above, Fragment below) {
        for (Cluster c : clusters) {
            if (c.y0 >= above.y() && c.y1 <= below.top() && c.x0 < below.x1() && c.x1 > below.x0()) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far, in body ems, a rule of another width may follow a table's last rule and still be the table's: the
     * next part of a table split into parts one under the other (AASTeX's \\splitdeluxetable, each part ruled to its
     * own width, the parts apart by rules across the page), or the rule that closes it.
     */
    private static final float PART_GAP_EMS = 6;

    /**
     * A table drawn with rules (booktabs): the rules under (else over) its caption, first to last; rules of another
     * width go on in it when they follow closely with nothing but cells between (a table split into parts).
     */
    Cluster ruledTable(List<Cluster> rules, List<Fragment> fragments, float body) {
        for (int direction : new int[] {1, -1}) {
            List<Cluster> across = new ArrayList<>();
            for (Cluster r : rules) {
                float overlap = Math.min(r.x1, x1()) - Math.max(r.x0, x0());
                if (r.width() > 4 * body && overlap > 0.5f * Math.min(r.width(), x1() - x0())
                        && (direction > 0 ? r.y0 >= y1() - 1 : r.y1 <= y0() + 1)) {
                    across.add(r);
                }
            }
            across.sort(Comparator.comparingDouble(r -> direction * r.y0));
            if (across.size() < 2) {
                continue;
            }
            Cluster first = across.get(0);
            float gap = direction > 0 ? first.y0 - y1() : y0() - first.y1;
            if (gap > 3 * body) {
                continue;
            }
            Cluster table = new Cluster(first.x0, first.y0, first.x1, first.y1);
            Cluster last = first;
            for (int i = 1; i < across.size(); i++) {
                Cluster r = across.get(i);
                boolean aligned = Math.abs(r.x0 - first.x0) <= 2 * body && Math.abs(r.x1 - first.x1) <= 2 * body;
                float apart = direction > 0 ? r.y0 - last.y1 : last.y0 - r.y1;
                if (!aligned && apart > PART_GAP_EMS * body) {
                    continue;
                }
                Cluster band = new Cluster(Math.min(table.x0, r.x0), Math.min(last.y1, r.y1), Math.max(table.x1, r.x1),
                        Math.max(last.y0, r.y0));
                if (!FigurePanels.clearBetween(band, band, fragments, body)) {
                    break; // running text or another caption between: the table ended
                }
                table.add(r);
                last = r;
            }
            if (last != first) {
                table.thin = true;
                return table;
            }
        }
        return null;
    }

    /** A table of text cells without rules ({@link Tables}) under its caption: from the caption to its last cell. */
    Cluster cellTable( List<Fragment> fragments, float body) {
        List<Fragment> cells = new ArrayList<>(Tables.cells(fragments, body));
        cells.sort(Comparator.comparingDouble(Fragment::y));
        Cluster table = null;
        float bottom = y1();
        for (Fragment f : cells) {
            if (f.top() < y1() - 1 || f.x1() <= x0() - 4 * body && f.x0() < x0()) {
                continue;
            }
            if (f.top() - bottom > 3 * body) {
                break;
            }
            if (table == null) {
                table = new Cluster(f.x0(), f.top(), f.x1(), f.bottom());
            } else {
                table.add(new Cluster(f.x0(), f.top(), f.x1(), f.bottom()));
            }
            bottom = Math.max(bottom, f.bottom());
        }
        return table;
    }
}
