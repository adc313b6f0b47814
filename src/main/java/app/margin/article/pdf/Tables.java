package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a table's cells out of the running text: two or more rows in a row that each hold three or more narrow
 * fragments side by side (cells), with no ordinary line between them; a row that is mostly mathematics is a
 * matrix's, not a table's ({@link Equations}). A column of a two-column page is a single
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
        if (fragments.size() < 2 * MIN_CELLS) {
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
        Set<Fragment> cells = new HashSet<>();
        int run = 0;
        for (int i = 0; i <= rows.size(); i++) {
            boolean tabular = i < rows.size() && tabular(rows.get(i), narrow);
            if (tabular) {
                run++;
                continue;
            }
            if (run >= 2 && !authors(rows.subList(Math.max(0, i - run - 1), Math.min(rows.size(), i + 1)))) {
                for (int r = i - run; r < i; r++) {
                    for (Fragment f : rows.get(r)) {
                        if (f.width() < narrow) {
                            cells.add(f);
                        }
                    }
                }
            }
            run = 0;
        }
        return cells;
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
