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
 * "– 7 –") or that come back on {@link #minRepeats(int)} pages with only their digits changed.
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
        List<List<Fragment>> numbered = LineNumbers.strip(given);
        List<Page> pages = new ArrayList<>(given.size());
        for (int p = 0; p < given.size(); p++) {
            Page page = given.get(p);
            pages.add(new Page(page.index(), page.height(), numbered.get(p)));
        }
        Map<String, Integer> repeats = new HashMap<>();
        List<List<Fragment>> candidates = new ArrayList<>();
        for (Page page : pages) {
            List<Fragment> edge = edgeFragments(page);
            candidates.add(edge);
            Set<String> keys = new HashSet<>();
            for (Fragment f : edge) {
                keys.add(key(f, page));
            }
            keys.forEach(k -> repeats.merge(k, 1, Integer::sum));
        }
        int min = minRepeats(pages.size());
        List<List<Fragment>> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            Set<Fragment> drop = new HashSet<>();
            for (Fragment f : candidates.get(p)) {
                String norm = normal(f.text());
                if (PAGE_NUMBER.matcher(norm).matches() || repeats.getOrDefault(key(f, page), 0) >= min) {
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
    private static List<Fragment> edgeFragments(Page page) {
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
        if (rows.size() < 2) {
            return List.of();
        }
        float edge = EDGE_SHARE * page.height();
        Set<Float> edgeRows = new HashSet<>();
        for (int n = Math.min(2, rows.size() - 1); n >= 1; n--) {
            float[] inner = rows.get(n - 1);
            if (inner[0] < edge && rows.get(n)[0] - inner[0] >= 2 * inner[1]) {
                for (int i = 0; i < n; i++) {
                    edgeRows.add(rows.get(i)[0]);
                }
                break;
            }
        }
        int last = rows.size() - 1;
        for (int n = Math.min(2, rows.size() - 1); n >= 1; n--) {
            float[] inner = rows.get(last - n + 1);
            if (inner[0] > page.height() - edge && inner[0] - rows.get(last - n)[0] >= 2 * inner[1]) {
                for (int i = last - n + 1; i <= last; i++) {
                    edgeRows.add(rows.get(i)[0]);
                }
                break;
            }
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
}
