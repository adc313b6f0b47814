package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the running heads, footers and page numbers of a document: fragments in the top or bottom two rows of a
 * page, within {@link #EDGE_SHARE} of its height from the edge, that are a page number ("12", "iv", "Page 3 of 9",
 * "– 7 –") or that come back on {@link #minRepeats(int)} pages with only their digits changed (on pages with text
 * besides). A page whose only text is such rows (a blank verso's head and folio) loses them all when one is its folio. A
 * head that does not come back often enough (a short chapter's) goes too when it stands beside its folio where the
 * heads that do come back stand (on their baseline, starting or ending where one of them does), and so does one alone
 * in its row there on a page whose folio is in another row (a section's name at the top, the folio at the foot). A caption's label
 * ("Table 1", "Figure 2:"), which comes back at the top of the pages that floats go to, is no head.
 */
final class PageEdges {
    static final float EDGE_SHARE = 0.13f;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-–—(\\[ ]*((page|p\\.|seite|s\\.|pag\\.|folio)\\s*)?(#|[ivxlcdm]{1,7})"
            + "(\\s*(/|of|von|de|sur|di)\\s*#)?[-–—)\\] ]*");

    /** One page's fragments. */
    record Page(int index, float height, List<Fragment> fragments) {}

    private PageEdges() {}

    /** The same pages without their heads, footers and page numbers, and without line numbers ({@link LineNumbers}). */
    static List<List<Fragment>> strip(List<Page> given) {
        return strip(given, List.of());
    }

    /**
     * The same, knowing each page's label (by page index; empty when unknown): a row alone at the page's top or foot,
     * set apart, that is only the page's label is its folio wherever it stands (a chapter's opening page sets it
     * higher than the other pages' heads and footers).
     */
    static List<List<Fragment>> strip(List<Page> given, List<String> labels) {
        return strip(given, labels, false);
    }

    /**
     * The same; in a slide {@code deck} a head comes back on three slides at least however short the deck, as a
     * theme's head and foot are on every slide: two slides in a row with one frame title kept it as a head.
     */
    static List<List<Fragment>> strip(List<Page> given, List<String> labels, boolean deck) {
        List<List<Fragment>> numbered = LineNumbers.strip(given);
        List<Page> pages = new ArrayList<>(given.size());
        for (int p = 0; p < given.size(); p++) {
            Page page = given.get(p);
            pages.add(new Page(page.index(), page.height(), numbered.get(p)));
        }
        Map<String, Integer> repeats = new HashMap<>();
        List<List<Fragment>> candidates = new ArrayList<>();
        for (Page page : pages) {
            List<Fragment> edge = edgeFragments(page, page.index() < labels.size() ? labels.get(page.index()) : null);
            candidates.add(edge);
            if (edge.size() == page.fragments().size()) {
                continue; // a page of only a few lines at its top (a cover, a blank verso) shows no head coming back
            }
            Set<String> keys = new HashSet<>();
            for (Fragment f : edge) {
                keys.add(key(f, page));
            }
            keys.forEach(k -> repeats.merge(k, 1, Integer::sum));
        }
        int min = deck ? 3 : minRepeats(pages.size());
        List<Set<Fragment>> drops = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            Set<Fragment> drop = new HashSet<>();
            for (Fragment f : candidates.get(p)) {
                if (folio(f) || repeats.getOrDefault(key(f, page), 0) >= min && !Caption.caption(f)) {
                    drop.add(f);
                }
            }
            if (drop.stream().anyMatch(PageEdges::folio) && candidates.get(p).size() == page.fragments().size()) {
                drop.addAll(candidates.get(p)); // a page of only its head and folio (a blank verso) says nothing
            }
            drops.add(drop);
        }
        List<Fragment> slots = HeadSlots.slots(drops, min);
        if (!deck) {
            slots.addAll(HeadSlots.loneSlots(candidates, drops, min));
        }
        List<List<Fragment>> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            Set<Fragment> drop = drops.get(p);
            for (Fragment f : candidates.get(p)) {
                if (!drop.contains(f) && (HeadSlots.besideFolio(f, drop) || HeadSlots.aloneOnAFoliosPage(f, candidates.get(p), drop))
                        && HeadSlots.inSlot(f, slots) && !Caption.caption(f)) {
                    // a short chapter's head, at the place of the others, beside its folio or alone in its row on a
                    // page whose folio stands elsewhere (nwejm's section name at the top, the folio at the foot)
                    drop.add(f);
                }
            }
            List<Fragment> kept = new ArrayList<>(page.fragments().size());
            for (Fragment f : page.fragments()) {
                if (!drop.contains(f)) {
                    kept.add(f);
                }
            }
            out.add(kept);
        }
        return out;
    }

    static boolean folio(Fragment f) {
        return PAGE_NUMBER.matcher(normal(f.text())).matches();
    }


    /** A short document (a paper) may show a head on two pages only (odd and even pages differ); a longer one on three. */
    static int minRepeats(int pages) {
        return pages <= 12 ? 2 : 3;
    }

    private static String key(Fragment f, Page page) {
        return (f.y() < page.height() / 2 ? "top:" : "bottom:") + normal(f.text());
    }

    private static String normal(String text) {
        return DIGITS.matcher(text.toLowerCase(Locale.ROOT).strip()).replaceAll("#").replaceAll("\\s+", " ");
    }

    /**
     * The fragments of the page's top and bottom rows that stand apart from the text: at most two rows at each end,
     * within {@link #EDGE_SHARE} of the page's height from its edge, and followed (going inwards) by a gap of at least
     * two of their ems. A column's first line, a line's breadth from the next, is not one of them.
     */
    private static List<Fragment> edgeFragments(Page page, String label) {
        List<Fragment> byY = new ArrayList<>(page.fragments());
        byY.sort(java.util.Comparator.comparingDouble(Fragment::y));
        List<float[]> rows = new ArrayList<>(); // baseline, largest size
        for (Fragment f : byY) {
            float[] last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && f.y() - last[0] <= 2f) {
                last[1] = Math.max(last[1], f.size());
            } else {
                rows.add(new float[] {f.y(), f.size()});
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        float edge = EDGE_SHARE * page.height();
        Set<Float> edgeRows = new HashSet<>();
        for (int n = Math.min(2, rows.size()); n >= 1; n--) { // a page of only a head has no row under it
            float[] inner = rows.get(n - 1);
            float next = n < rows.size() ? rows.get(n)[0] : Float.MAX_VALUE;
            if (inner[0] < edge && next - inner[0] >= 2 * inner[1]) {
                for (int i = 0; i < n; i++) {
                    edgeRows.add(rows.get(i)[0]);
                }
                break;
            }
        }
        int last = rows.size() - 1;
        for (int n = Math.min(2, rows.size()); n >= 1; n--) {
            float[] inner = rows.get(last - n + 1);
            float next = n <= last ? rows.get(last - n)[0] : -Float.MAX_VALUE;
            if (inner[0] > page.height() - edge && inner[0] - next >= 2 * inner[1]) {
                for (int i = last - n + 1; i <= last; i++) {
                    edgeRows.add(rows.get(i)[0]);
                }
                break;
            }
        }
        if (label != null && rows.size() > 1) {
            folioRow(page, rows.get(last), rows.get(last - 1)[0], label, edgeRows);
            folioRow(page, rows.get(0), rows.get(1)[0], label, edgeRows);
        }
        List<Fragment> out = new ArrayList<>();
        for (Fragment f : page.fragments()) {
            for (Float y : edgeRows) {
                if (Math.abs(f.y() - y) <= 2f) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }

    /** Adds the row to the edge rows when it is set apart from its neighbour and holds only the page's label. */
    private static void folioRow(Page page, float[] row, float neighbour, String label, Set<Float> edgeRows) {
        if (Math.abs(row[0] - neighbour) < 2 * row[1]) {
            return;
        }
        int in = 0;
        boolean folio = false;
        for (Fragment f : page.fragments()) {
            if (Math.abs(f.y() - row[0]) <= 2f) {
                in++;
                folio = f.text().strip().equalsIgnoreCase(label);
            }
        }
        if (in == 1 && folio) {
            edgeRows.add(row[0]);
        }
    }
}
