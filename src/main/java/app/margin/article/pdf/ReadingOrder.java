package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a page's fragments in reading order by cutting the page along its white space (a recursive X-Y cut): a
 * gutter that runs from the top of a block of text to its bottom splits it into columns read left to right; when
 * there is none, the widest horizontal gap taller than a blank line splits it into bands read top to bottom (a title
 * above two columns, a wide figure between them). What cannot be cut further is a column: one {@link Region}, its
 * fragments top to bottom.
 */
final class ReadingOrder {
    /** A column gutter is at least this many ems wide. */
    static final float GUTTER_EMS = 0.6f;
    /** A band break is a vertical gap at least this many ems tall (a line's gap is about 0.2). */
    static final float BAND_EMS = 0.7f;
    private static final int MAX_DEPTH = 40;

    /** A block of text read top to bottom: a column, or a band of one. */
    record Region(List<Fragment> fragments, float x0, float x1) {}

    private ReadingOrder() {}

    static List<Region> regions(List<Fragment> fragments, float bodySize) {
        List<Region> out = new ArrayList<>();
        cut(fragments, bodySize, out, 0);
        return out;
    }

    private static void cut(List<Fragment> fragments, float em, List<Region> out, int depth) {
        if (fragments.isEmpty()) {
            return;
        }
        if (fragments.size() > 1 && depth < MAX_DEPTH) {
            Float gutter = gutter(fragments, em);
            if (gutter != null && authorRows(fragments, em)) {
                gutter = null; // a grid of authors reads row by row, each author's lines in a column of the row
            }
            if (gutter != null) {
                List<Fragment> left = new ArrayList<>();
                List<Fragment> right = new ArrayList<>();
                for (Fragment f : fragments) {
                    (f.x1() <= gutter ? left : right).add(f);
                }
                cut(left, em, out, depth + 1);
                cut(right, em, out, depth + 1);
                return;
            }
            Float band = band(fragments, em);
            if (band != null) {
                List<Fragment> above = new ArrayList<>();
                List<Fragment> below = new ArrayList<>();
                for (Fragment f : fragments) {
                    (f.bottom() <= band ? above : below).add(f);
                }
                cut(above, em, out, depth + 1);
                cut(below, em, out, depth + 1);
                return;
            }
        }
        List<Fragment> column = new ArrayList<>(fragments);
        column.sort(Comparator.comparingDouble(Fragment::y).thenComparingDouble(Fragment::x0));
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        for (Fragment f : column) {
            x0 = Math.min(x0, f.x0());
            x1 = Math.max(x1, f.x1());
        }
        out.add(new Region(column, x0, x1));
    }

    /**
     * The middle of the widest vertical strip no fragment crosses, with text on both sides of it, or null. Each side
     * must hold at least two fragments, so a heading's number set apart from its words, or a stray label in the
     * margin, does not make a column.
     */
    private static Float gutter(List<Fragment> fragments, float em) {
        List<Fragment> byX = new ArrayList<>(fragments);
        byX.sort(Comparator.comparingDouble(Fragment::x0));
        float reach = byX.get(0).x1();
        float best = 0;
        Float at = null;
        for (int i = 1; i < byX.size(); i++) {
            reach = Math.max(reach, byX.get(i - 1).x1());
            float gap = byX.get(i).x0() - reach;
            if (gap >= GUTTER_EMS * em && gap > best && i >= 2 && byX.size() - i >= 2
                    && !numbers(byX.subList(0, i)) && !numbers(byX.subList(i, byX.size()))) {
                best = gap;
                at = reach + gap / 2;
            }
        }
        return at;
    }

    /** A section's number in a table of contents: "12.6.23". */
    private static final java.util.regex.Pattern SECTION_NUMBER =
            java.util.regex.Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){1,4}");

    /**
     * Whether every fragment is a short number: a table of contents' page numbers or its sections' numbers
     * ("12.6.23"), or a margin's line numbers, which stand beside their lines, not in a column of their own.
     */
    private static boolean numbers(List<Fragment> side) {
        for (Fragment f : side) {
            if ((f.text().length() > 5 || !f.text().matches("[0-9ivxlcdm.,–-]+"))
                    && !SECTION_NUMBER.matcher(f.text()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** An e-mail address. */
    private static final java.util.regex.Pattern MAIL = java.util.regex.Pattern.compile(".*[\\w.+-]+@[\\w-]+\\.\\w.*");

    /**
     * Whether the block is rows of an author block set in columns (ACM's), to be cut into its rows before its
     * columns: short lines only (45 characters at most, 60 of them at most), cut by a band into parts that each hold
     * an e-mail address.
     */
    private static boolean authorRows(List<Fragment> fragments, float em) {
        if (fragments.size() > 60) {
            return false;
        }
        for (Fragment f : fragments) {
            if (f.text().length() > 45) {
                return false;
            }
        }
        Float band = band(fragments, em);
        if (band == null) {
            return false;
        }
        boolean above = false;
        boolean below = false;
        for (Fragment f : fragments) {
            if (MAIL.matcher(f.text()).matches()) {
                above |= f.bottom() <= band;
                below |= f.bottom() > band;
            }
        }
        return above && below;
    }

    /** The middle of the tallest horizontal gap of at least {@link #BAND_EMS}, or null. */
    private static Float band(List<Fragment> fragments, float em) {
        List<Fragment> byTop = new ArrayList<>(fragments);
        byTop.sort(Comparator.comparingDouble(Fragment::top));
        float reach = byTop.get(0).bottom();
        float best = 0;
        Float at = null;
        for (int i = 1; i < byTop.size(); i++) {
            reach = Math.max(reach, byTop.get(i - 1).bottom());
            float gap = byTop.get(i).top() - reach;
            if (gap >= BAND_EMS * em && gap > best) {
                best = gap;
                at = reach + gap / 2;
            }
        }
        return at;
    }
}
