package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the line numbers set in a page's margin (LaTeX's {@code lineno} package, a journal's review mode: "13 This
 * example manuscript…"): a column of whole numbers, each a fragment of its own, aligned on one edge (the right edge in
 * the left margin, the left edge in the right margin), increasing down the page in regular steps (1, or every fifth
 * line's 5), and outside the text: no other line beside them reaches past them, and they stand beyond the page's
 * margin, the edge three lines or more start (or end) at. A page shows {@link #MIN_RUN} such numbers at least, or
 * a few at a place where another page of the document showed a column of them (a page with a figure and three
 * lines). A table's column of row numbers sits inside the text's margin and is not taken.
 */
final class LineNumbers {
    /** The fewest numbers in a column on a page for it to be line numbers by itself. */
    static final int MIN_RUN = 5;
    /** The most places of columns of line numbers remembered for the pages that show only a few. */
    private static final int MAX_PLACES = 8;
    /** Numbers in a column line up to within this many points. */
    private static final float ALIGN = 1f;
    /** The fewest lines that start (or end) at one edge for it to be the page's margin. */
    private static final int MARGIN_LINES = 3;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");

    /** Which margin, and which edge of the numbers lines up. */
    private enum Side { LEFT, RIGHT }

    /** A column of numbers: its side, the edge they share, and the numbers top to bottom. */
    private record Column(Side side, float edge, List<Fragment> numbers) {}

    private LineNumbers() {}

    /** The pages' fragments without their line numbers, page by page. */
    static List<List<Fragment>> strip(List<PageEdges.Page> pages) {
        List<List<Column>> columns = new ArrayList<>(pages.size());
        List<Column> known = new ArrayList<>();
        for (PageEdges.Page page : pages) {
            List<Column> found = columns(page.fragments(), List.of());
            columns.add(found);
            for (Column c : found) {
                if (known.size() < MAX_PLACES && !at(c, known)) {
                    known.add(c); // each place once: a long document has the same column on every page
                }
            }
        }
        List<List<Fragment>> out = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            List<Fragment> fragments = pages.get(p).fragments();
            List<Column> found = columns.get(p).isEmpty() && !known.isEmpty()
                    ? columns(fragments, known) : columns.get(p);
            if (found.isEmpty()) {
                out.add(fragments);
                continue;
            }
            Set<Fragment> drop = new HashSet<>();
            found.forEach(c -> drop.addAll(c.numbers()));
            List<Fragment> kept = new ArrayList<>(fragments.size());
            for (Fragment f : fragments) {
                if (!drop.contains(f)) {
                    kept.add(f);
                }
            }
            out.add(kept);
        }
        return out;
    }

    /**
     * The columns of line numbers on a page: of {@link #MIN_RUN} numbers or more, or (when {@code known} is not
     * empty) of any number at a place where one of {@code known} stood.
     */
    private static List<Column> columns(List<Fragment> fragments, List<Column> known) {
        List<Fragment> numbers = new ArrayList<>();
        List<Fragment> text = new ArrayList<>();
        for (Fragment f : fragments) {
            (NUMBER.matcher(f.text()).matches() ? numbers : text).add(f);
        }
        int least = known.isEmpty() ? MIN_RUN : 1;
        if (numbers.size() < least || text.isEmpty()) {
            return List.of();
        }
        List<Column> out = new ArrayList<>();
        for (Side side : Side.values()) {
            float margin = margin(text, side);
            for (List<Fragment> aligned : aligned(numbers, side)) {
                Column c = new Column(side, edge(aligned.get(0), side), aligned);
                if (aligned.size() >= least && (known.isEmpty() || at(c, known)) && increasing(aligned)
                        && outside(c, text, margin)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The edge of a number that lines up with the others in its margin: the right in the left margin. */
    private static float edge(Fragment f, Side side) {
        return side == Side.LEFT ? f.x1() : f.x0();
    }

    /** The numbers grouped by the edge they share, each group top to bottom. */
    private static List<List<Fragment>> aligned(List<Fragment> numbers, Side side) {
        List<Fragment> byEdge = new ArrayList<>(numbers);
        byEdge.sort(Comparator.comparingDouble(f -> edge(f, side)));
        List<List<Fragment>> groups = new ArrayList<>();
        List<Fragment> group = new ArrayList<>();
        for (Fragment f : byEdge) {
            if (!group.isEmpty() && edge(f, side) - edge(group.get(0), side) > ALIGN) {
                groups.add(group);
                group = new ArrayList<>();
            }
            group.add(f);
        }
        groups.add(group);
        groups.forEach(g -> g.sort(Comparator.comparingDouble(Fragment::y)));
        return groups;
    }

    private static boolean at(Column c, List<Column> known) {
        for (Column k : known) {
            if (k.side() == c.side() && Math.abs(k.edge() - c.edge()) <= ALIGN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the numbers grow down the page, one a line: each larger than the one above, on a baseline of its own,
     * most steps the same (1, or 5 when every fifth line is numbered).
     */
    private static boolean increasing(List<Fragment> numbers) {
        Map<Long, Integer> steps = new HashMap<>();
        for (int i = 1; i < numbers.size(); i++) {
            Fragment above = numbers.get(i - 1);
            Fragment below = numbers.get(i);
            long step = Long.parseLong(below.text()) - Long.parseLong(above.text());
            if (step <= 0 || below.y() - above.y() < 0.5f * below.size()) {
                return false;
            }
            steps.merge(step, 1, Integer::sum);
        }
        int common = steps.values().stream().max(Integer::compare).orElse(0);
        return 2 * common >= numbers.size() - 1;
    }

    /**
     * The page's margin on a side: the leftmost left edge (the rightmost right edge) that {@link #MARGIN_LINES} lines
     * or more share; without one, the leftmost (rightmost) edge of all.
     */
    private static float margin(List<Fragment> text, Side side) {
        List<Float> edges = new ArrayList<>(text.size());
        for (Fragment f : text) {
            edges.add(side == Side.LEFT ? f.x0() : -f.x1());
        }
        edges.sort(null);
        float margin = edges.get(0);
        for (int i = 0; i + MARGIN_LINES - 1 < edges.size(); i++) {
            if (edges.get(i + MARGIN_LINES - 1) - edges.get(i) <= ALIGN) {
                margin = edges.get(i);
                break;
            }
        }
        return side == Side.LEFT ? margin : -margin;
    }

    /**
     * Whether the column stands beyond the page's margin and no line beside it (between its first number's top and
     * its last one's foot) reaches past it.
     */
    private static boolean outside(Column c, List<Fragment> text, float margin) {
        List<Fragment> numbers = c.numbers();
        float top = numbers.get(0).top();
        float bottom = numbers.get(numbers.size() - 1).bottom();
        float near = c.side() == Side.LEFT ? -Float.MAX_VALUE : Float.MAX_VALUE; // the numbers' edge towards the text
        for (Fragment n : numbers) {
            near = c.side() == Side.LEFT ? Math.max(near, n.x1()) : Math.min(near, n.x0());
        }
        if (c.side() == Side.LEFT ? near > margin : near < margin) {
            return false;
        }
        for (Fragment f : text) {
            if (f.bottom() > top && f.top() < bottom && (c.side() == Side.LEFT ? f.x0() < near : f.x1() > near)) {
                return false;
            }
        }
        return true;
    }
}
