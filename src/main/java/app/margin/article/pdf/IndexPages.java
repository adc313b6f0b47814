package app.margin.article.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Which pages, and which of their columns, are a back-of-book index's (see {@link IndexEntries}): mostly entries
 * (three lines in five, eight or more, {@link IndexLines#entryLike}), short (half of the lines 40 characters or fewer:
 * not a list of references), and the terms at each indent of a column in alphabetical order (three pairs in four, six
 * pairs at least, the same term twice aside: not a table of contents, whose lines end with page numbers too).
 */
final class IndexPages {
    /** Lines a page needs, and the share of them that must read as an index's. */
    private static final int LINES = 8;
    private static final float SHARE = 0.6f;
    /** Half of an index's lines are this long or shorter (a list of references' lines are longer). */
    private static final int MEDIAN_LENGTH = 40;

    /** Two runs of leaders in a line, with a term between: two columns' entries read as one line. */
    private static final java.util.regex.Pattern TWO_LEADERS = java.util.regex.Pattern.compile("…[^…]*\\p{L}[^…]*…");

    private IndexPages() {}

    /**
     * Whether a page's fragments with words are mostly an index's entries ({@link IndexLines#entryLike}, eight or
     * more, three in five of them): its columns set side by side are then no table's cells ({@link Tables}).
     */
    static boolean page(List<Fragment> fragments) {
        int like = 0;
        int words = 0;
        for (Fragment f : fragments) {
            if (f.text().codePoints().anyMatch(Character::isLetter)) {
                words++;
                like += IndexLines.entryLike(f.text()) ? 1 : 0;
            }
        }
        return like >= LINES && like >= SHARE * words;
    }

    /**
     * Which columns of the page are an index's (those with a line that reads as one), or null when the page is no
     * index's: too few such lines, too long, or their terms out of order.
     */
    static boolean[] columns(List<List<Paragraphs.Line>> columns) {
        int all = 0;
        int like = 0;
        List<Integer> lengths = new ArrayList<>();
        boolean[] index = new boolean[columns.size()];
        int[] order = new int[2]; // pairs of terms compared, pairs in order
        for (int r = 0; r < columns.size(); r++) {
            List<Paragraphs.Line> lines = columns.get(r);
            if (pageNumber(lines)) {
                continue;
            }
            int merged = 0;
            for (Paragraphs.Line line : lines) {
                all++;
                lengths.add(line.text().length());
                if (IndexLines.entryLike(line.text())) {
                    like++;
                    index[r] = true;
                }
                merged += TWO_LEADERS.matcher(line.text()).find() ? 1 : 0;
            }
            // Columns the reading order could not cut apart (their leaders touch the next column's terms) read as before.
            index[r] &= merged * 5 < lines.size();
            compare(lines, order);
        }
        if (like < LINES || like < SHARE * all) {
            return null;
        }
        lengths.sort(Integer::compare);
        if (lengths.get(lengths.size() / 2) > MEDIAN_LENGTH) {
            return null;
        }
        return order[0] >= 6 && order[1] * 4 >= order[0] * 3 ? index : null;
    }

    /** Whether a column is a page's number alone. */
    private static boolean pageNumber(List<Paragraphs.Line> lines) {
        return lines.size() == 1 && lines.get(0).text().matches("[\\divxlc]{1,5}");
    }

    /**
     * Takes into the index a column without page numbers that lies within one of its columns read before it (no
     * wider, starting within three ems of it): a column's last lines that a gap sets apart, a term whose page numbers
     * are all its sub-entries' ("C" / "cadre" / "entourant le titre de la thèse" at a page's foot).
     */
    static void inColumns(List<ReadingOrder.Region> regions, List<List<Paragraphs.Line>> columns,
            boolean[] index) {
        boolean[] found = index.clone();
        for (int r = 0; r < columns.size(); r++) {
            if (index[r] || columns.get(r).isEmpty() || pageNumber(columns.get(r))) {
                continue;
            }
            ReadingOrder.Region region = regions.get(r);
            float em = columns.get(r).get(0).size();
            for (int s = 0; s < r && !index[r]; s++) {
                ReadingOrder.Region other = regions.get(s);
                index[r] = found[s] && Math.abs(other.x0() - region.x0()) <= 3 * em && region.x1() <= other.x1() + em;
            }
        }
    }

    /**
     * Compares each term of a column with the one before it at its indent under the same entry (an entry with the
     * entry before it, a sub-entry with the sub-entry before it), counting in {@code order} the pairs compared and
     * those in alphabetical order; the same term twice ("mode 0", "mode 1" in a table) says nothing, nor does a term
     * that starts with a digit (a table of contents' dated entries, "[2011/11/22 v0.22] … 9"), and lines of page
     * numbers alone, the lines that go on an entry and groups' heads are passed over.
     */
    private static void compare(List<Paragraphs.Line> lines, int[] order) {
        Deque<float[]> at = new ArrayDeque<>(); // the indents of the entries above, deepest first
        Deque<String> terms = new ArrayDeque<>();
        String before = null;
        for (Paragraphs.Line line : lines) {
            String text = line.text();
            boolean skip = IndexLines.pagesAlone(text) || IndexLines.groupHead(line, 0)
                    || before != null && IndexLines.goesOnAfter(before);
            before = text;
            if (skip) {
                continue;
            }
            float tolerance = 0.3f * line.size();
            while (!at.isEmpty() && at.peek()[0] > line.x0() + tolerance) {
                at.pop();
                terms.pop();
            }
            String term = IndexLines.sortKey(text);
            if (!at.isEmpty() && at.peek()[0] >= line.x0() - tolerance) {
                String above = terms.pop();
                int sign = above.compareTo(term);
                if (sign != 0 && words(above) && words(term)) { // dates and numbers sort in a table of contents too
                    order[0]++;
                    order[1] += sign < 0 ? 1 : 0;
                }
                at.pop();
            }
            at.push(new float[] {line.x0()});
            terms.push(term);
        }
    }

    /** Whether a term starts with a letter. */
    private static boolean words(String term) {
        return !term.isEmpty() && Character.isLetter(term.codePointAt(0));
    }
}
