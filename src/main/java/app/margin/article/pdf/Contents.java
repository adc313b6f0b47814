package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of contents set without dot leaders (ConTeXt's, as in {@code luatex.pdf}; LaTeX's chapter and section
 * entries): each entry's title, then white space, then its page number at the column's right edge. On a page where
 * three lines or more end so, those lines are made to read as the entries with leaders do ({@link Columns}): "2.1
 * Introduction … 19", and {@link Breaks} starts a paragraph after each. An entry whose title wraps keeps its first
 * line with the line that carries its number.
 */
final class Contents {
    /** A page number: arabic or roman. */
    private static final Pattern PAGE = Pattern.compile("[0-9]{1,4}|[ivxlcdm]{1,7}");
    /** A title has a word: two letters in a row (a drawing's labels "2  3" are no entry). */
    private static final Pattern TITLE = Pattern.compile("\\p{L}{2}");
    /** The white space between an entry's title and its number, in ems, at least. */
    private static final float GAP_EMS = 2f;
    /** How many entries a page must have; two do when both are numbered sections ("3.1 …", "3.2 …"). */
    private static final int ENTRIES = 3;
    /** A section's number of two parts or more at a title's start: "3.1 ", "A.2.1 ". */
    private static final Pattern SECTION = Pattern.compile("^([0-9]{1,2}|[A-Z])(\\.[0-9]{1,2})+\\s.*");

    private Contents() {}

    /**
     * Whether the row (a line's fragments, left to right, in type {@code em} big) ends with a page number set apart
     * from the rest by two ems of white space or more (a fragment of its own), after a word.
     */
    static boolean pageAtEnd(List<Fragment> row, float em) {
        if (row.size() < 2) {
            return false;
        }
        Fragment number = row.get(row.size() - 1);
        Fragment before = row.get(row.size() - 2);
        if (!PAGE.matcher(number.text()).matches() || number.x0() - before.x1() < GAP_EMS * em) {
            return false;
        }
        for (int i = 0; i < row.size() - 1; i++) {
            if (TITLE.matcher(row.get(i).text()).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean pageAtEnd(Paragraphs.Line line) {
        return pageAtEnd(line.parts(), line.size()) && line.text().endsWith(last(line.parts()).text());
    }

    /**
     * Which of a page's rows (each a line's fragments, left to right, top to bottom in reading order) are entries of
     * a table of contents: rows that end with a page number set apart ({@link #pageAtEnd}), three or more (two when
     * both start with a section's number of two parts: yathesis' contents of a chapter of two sections), their
     * numbers ending at one right edge (within an em), the right edge of the page's text (not a table's column of
     * numbers inside it), and going up from row to row (four times in five at least: a table's numbers need not).
     */
    static boolean[] entries(List<List<Fragment>> rows) {
        boolean[] entry = new boolean[rows.size()];
        List<Float> ends = new ArrayList<>();
        int sections = 0;
        float right = -Float.MAX_VALUE;
        for (int i = 0; i < rows.size(); i++) {
            List<Fragment> row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            right = Math.max(right, last(row).x1());
            if (pageAtEnd(row, last(row).size())) {
                entry[i] = true;
                ends.add(last(row).x1());
                sections += SECTION.matcher(row.get(0).text()).matches() ? 1 : 0;
            }
        }
        int least = sections == ends.size() ? 2 : ENTRIES; // a chapter's own contents of two sections
        if (ends.size() < least) {
            return new boolean[rows.size()];
        }
        ends.sort(Float::compare);
        float edge = ends.get(ends.size() / 2);
        int count = 0;
        int up = 0;
        int pairs = 0;
        int before = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (!entry[i]) {
                continue;
            }
            Fragment number = last(rows.get(i));
            entry[i] = Math.abs(number.x1() - edge) <= number.size() && edge >= right - 2 * number.size();
            if (entry[i]) {
                count++;
                int page = number.text().matches("[0-9]+") ? Integer.parseInt(number.text()) : 0;
                if (before >= 0) {
                    pairs++;
                    up += page >= before ? 1 : 0;
                }
                before = page;
            }
        }
        return count >= least && up * 5 >= pairs * 4 ? entry : new boolean[rows.size()];
    }

    /**
     * The page's columns' lines, those that are entries of a table of contents ({@link #entries}) made "title …
     * page".
     */
    static List<List<Paragraphs.Line>> lines(List<List<Paragraphs.Line>> columns) {
        List<List<Fragment>> rows = new ArrayList<>();
        for (List<Paragraphs.Line> lines : columns) {
            for (Paragraphs.Line line : lines) {
                rows.add(line.text().endsWith(last(line.parts()).text()) ? line.parts() : List.of());
            }
        }
        boolean[] entry = entries(rows);
        List<List<Paragraphs.Line>> out = new ArrayList<>(columns.size());
        int at = 0;
        for (List<Paragraphs.Line> lines : columns) {
            List<Paragraphs.Line> made = new ArrayList<>(lines.size());
            for (Paragraphs.Line line : lines) {
                made.add(entry[at++] ? entry(line) : line);
            }
            out.add(made);
        }
        return out;
    }

    private static Fragment last(List<Fragment> row) {
        return row.get(row.size() - 1);
    }

    /** The line "title … page", its raised and other runs within the title kept. */
    private static Paragraphs.Line entry(Paragraphs.Line line) {
        String number = line.parts().get(line.parts().size() - 1).text();
        String title = line.text().substring(0, line.text().length() - number.length()).strip();
        // A line whose leaders were made "…" before keeps that one.
        String text = title.endsWith("…") ? title + " " + number : title + " … " + number;
        List<Fragment.Shift> shifts = line.shifts().stream().filter(s -> s.end() <= title.length()).toList();
        return new Paragraphs.Line(line.x0(), line.x1(), line.y(), line.size(), line.bold(), text, shifts,
                line.math(), line.words(), line.parts());
    }
}
