package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a table's cells out of the running text: two or more rows in a row that each hold three or more narrow
 * fragments side by side (cells), with no ordinary line between them; a row that is mostly mathematics is a
 * matrix's, not a table's ({@link Equations}), and a table of contents' entries (number, title, page) none
 * ({@link Contents}), and a back-of-book index's page has none (its columns' rows are no table's, see
 * {@link IndexPages#page}). A column of a two-column page is a single
 * fragment per row and is never taken for a cell; a table's caption is a line of its own and stays.
 */
final class Tables {
    static final int MIN_CELLS = 3;
    static final float CELL_SHARE = 0.4f;

    private Tables() {}

    static List<Fragment> strip(List<Fragment> fragments, float body) {
        Set<Fragment> cells = cells(fragments, body);
        if (cells.isEmpty()) {
            return fragments;
        }
        List<Fragment> kept = new ArrayList<>();
        for (Fragment f : fragments) {
            if (!cells.contains(f) || Breaks.CAPTION.matcher(f.text()).matches()) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** The fragments that are a table's cells. */
    static Set<Fragment> cells(List<Fragment> fragments, float body) {
        if (fragments.size() < 2 * MIN_CELLS || IndexPages.page(fragments)) {
            return Set.of();
        }
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        for (Fragment f : fragments) {
            x0 = Math.min(x0, f.x0());
            x1 = Math.max(x1, f.x1());
        }
        float narrow = CELL_SHARE * (x1 - x0);
        List<Fragment> sorted = new ArrayList<>(fragments);
        sorted.sort(Comparator.comparingDouble(Fragment::y));
        List<List<Fragment>> rows = new ArrayList<>();
        for (Fragment f : sorted) {
            List<Fragment> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && Math.abs(last.get(0).y() - f.y()) < 0.4f * Math.min(f.size(), body)) {
                last.add(f);
            } else {
                List<Fragment> row = new ArrayList<>();
                row.add(f);
                rows.add(row);
            }
        }
        List<List<Fragment>> byX = new ArrayList<>(rows.size());
        for (List<Fragment> row : rows) {
            List<Fragment> sortedRow = new ArrayList<>(row);
            sortedRow.sort(Comparator.comparingDouble(Fragment::x0));
            byX.add(sortedRow);
        }
        boolean[] contents = Contents.entries(byX);
        Set<Fragment> cells = new HashSet<>();
        take(rows, contents, 0, rows.size(), x0, x1 + 1, narrow, body, cells);
        return cells;
    }

    /**
     * Adds the cells of rows {@code from} to {@code to} (exclusive), counting only the fragments that lie between
     * {@code lo} and {@code hi}: runs of two tabular rows or more, a table of contents' entries ({@code contents},
     * see {@link Contents}) none. A run that a column gutter of the page cuts (see
     * {@link #gutter}) is judged on each side of it alone, so a column's line beside two pieces of the other column
     * (a listing's {@code editor =} and its value) makes no row of three cells.
     */
    private static void take(List<List<Fragment>> rows, boolean[] contents, int from, int to, float lo, float hi,
            float narrow, float body, Set<Fragment> cells) {
        int run = 0;
        for (int i = from; i <= to; i++) {
            boolean tabular = i < to && !contents[i] && tabular(within(rows.get(i), lo, hi), narrow);
            if (tabular) {
                run++;
                continue;
            }
            if (run >= 2 && !authors(rows.subList(Math.max(0, i - run - 1), Math.min(rows.size(), i + 1)))) {
                Float gutter = gutter(rows, i - run, i, lo, hi, body);
                if (gutter != null) {
                    take(rows, contents, i - run, i, lo, gutter, narrow, body, cells);
                    take(rows, contents, i - run, i, gutter, hi, narrow, body, cells);
                } else {
                    for (int r = i - run; r < i; r++) {
                        for (Fragment f : within(rows.get(r), lo, hi)) {
                            if (f.width() < narrow) {
                                cells.add(f);
                            }
                        }
                    }
                }
            }
            run = 0;
        }
    }

    /** The rows just above and below a run that show whether a gap through it is a column gutter of the page. */
    private static final int CONTEXT_ROWS = 3;

    /**
     * The middle of a strip {@link ReadingOrder#GUTTER_EMS} wide or wider that runs down rows {@code from} to
     * {@code to} between {@code lo} and {@code hi} and on through the {@link #CONTEXT_ROWS} rows above and below
     * them (no fragment of those rows reaches into it), with text on both sides of it above or below the run: a
     * gutter between the page's columns, not a gap between a table's columns, which the lines around a table (the
     * paragraphs in its column) cross. Null when there is none.
     */
    private static Float gutter(List<List<Fragment>> rows, int from, int to, float lo, float hi, float body) {
        List<Fragment> run = new ArrayList<>();
        for (int r = from; r < to; r++) {
            run.addAll(within(rows.get(r), lo, hi));
        }
        List<Fragment> above = new ArrayList<>();
        for (int r = Math.max(0, from - CONTEXT_ROWS); r < from; r++) {
            above.addAll(within(rows.get(r), lo, hi));
        }
        List<Fragment> below = new ArrayList<>();
        for (int r = to; r < Math.min(rows.size(), to + CONTEXT_ROWS); r++) {
            below.addAll(within(rows.get(r), lo, hi));
        }
        List<Fragment> around = new ArrayList<>(above);
        around.addAll(below);
        run.sort(Comparator.comparingDouble(Fragment::x0));
        float reach = run.isEmpty() ? hi : run.get(0).x1();
        for (int i = 1; i < run.size(); i++) {
            reach = Math.max(reach, run.get(i - 1).x1());
            float[] strip = free(around, reach, run.get(i).x0());
            if (strip[1] - strip[0] >= ReadingOrder.GUTTER_EMS * body
                    && (bothSides(above, strip) || bothSides(below, strip))) {
                return (strip[0] + strip[1]) / 2;
            }
        }
        return null;
    }

    /** The widest part of the gap from {@code left} to {@code right} that no fragment reaches into. */
    private static float[] free(List<Fragment> fragments, float left, float right) {
        List<Fragment> in = new ArrayList<>();
        for (Fragment f : fragments) {
            if (f.x0() < right && f.x1() > left) {
                in.add(f);
            }
        }
        in.sort(Comparator.comparingDouble(Fragment::x0));
        float[] best = {left, left};
        float at = left;
        for (Fragment f : in) {
            if (f.x0() - at > best[1] - best[0]) {
                best = new float[] {at, f.x0()};
            }
            at = Math.max(at, f.x1());
        }
        return right - at > best[1] - best[0] ? new float[] {at, right} : best;
    }

    /** Whether there is text wholly on each side of a strip. */
    private static boolean bothSides(List<Fragment> fragments, float[] strip) {
        boolean before = false;
        boolean after = false;
        for (Fragment f : fragments) {
            before |= f.x1() <= strip[0];
            after |= f.x0() >= strip[1];
        }
        return before && after;
    }

    /** The row's fragments whose middle lies between {@code lo} and {@code hi}. */
    private static List<Fragment> within(List<Fragment> row, float lo, float hi) {
        List<Fragment> in = new ArrayList<>(row.size());
        for (Fragment f : row) {
            float middle = (f.x0() + f.x1()) / 2;
            if (middle >= lo && middle < hi) {
                in.add(f);
            }
        }
        return in;
    }

    /** An e-mail address. */
    private static final java.util.regex.Pattern MAIL =
            java.util.regex.Pattern.compile("[\\w.+-]@[\\w-]+\\.[\\w]");

    /**
     * Whether rows of cells are an author block set in columns (ACM's: each author's name, affiliation, place and
     * e-mail one under the other, three authors a row): a cell of them, or of the rows just before and after them
     * (an e-mail address alone in its row), holds an e-mail address, and none is a number.
     * Its lines stay in the text, where the reading order reads them author by author.
     */
    private static boolean authors(List<List<Fragment>> rows) {
        boolean mail = false;
        for (List<Fragment> row : rows) {
            for (Fragment f : row) {
                if (f.text().matches("[-+−]?[0-9.,%]+")) {
                    return false;
                }
                mail |= MAIL.matcher(f.text()).find(); // find, not a match with ".*" around it: no backtracking
            }
        }
        return mail;
    }

    /** Whether a row has three narrow cells or more, and is not a row of a matrix (mostly mathematics). */
    private static boolean tabular(List<Fragment> row, float narrow) {
        int cells = 0;
        int math = 0;
        int words = 0;
        for (Fragment f : row) {
            if (f.width() < narrow) {
                cells++;
            }
            math += f.math();
            words += f.words();
        }
        return cells >= MIN_CELLS && !(math > 0 && words <= Equations.WORDS_AT_MOST * (math + words));
    }
}
