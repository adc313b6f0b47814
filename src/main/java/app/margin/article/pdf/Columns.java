package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a column's lines are set, for {@link Paragraphs}: its fragments made lines, their usual pitch, and whether
 * they hang.
 */
final class Columns {
    /** A table of contents' dot leaders: four dots or more, spaced or not. */
    private static final Pattern LEADERS = Pattern.compile("\\s*(\\.\\s*){4,}");

    private Columns() {}

    /** The region's fragments as lines: those on one baseline, left to right, joined with a space. */
    static List<Paragraphs.Line> lines(List<Fragment> fragments) {
        List<Paragraphs.Line> lines = new ArrayList<>();
        Fragment current = null;
        List<Fragment> parts = new ArrayList<>();
        for (Fragment f : fragments) {
            if (current != null && Math.abs(f.y() - current.y()) < 0.3f * Math.min(f.size(), current.size())) {
                current = current.joinedWith(f);
            } else {
                if (current != null) {
                    lines.add(line(current, parts));
                }
                current = f;
                parts = new ArrayList<>();
            }
            parts.add(f);
        }
        if (current != null) {
            lines.add(line(current, parts));
        }
        return lines;
    }

    private static Paragraphs.Line line(Fragment f, List<Fragment> parts) {
        String text = f.text().indexOf("...") >= 0 || f.text().indexOf(". .") >= 0
                ? LEADERS.matcher(f.text()).replaceAll(" … ").strip() : f.text();
        java.util.regex.Matcher leaders = LEADERS.matcher(f.text());
        return new Paragraphs.Line(f.x0(), f.x1(), f.y(), f.size(), f.bold(), text, text.equals(f.text()) ? f.shifts()
                : PdfLinks.before(f.shifts(), leaders.find() ? leaders.start() : 0), // an entry's link over its title
                f.math(), f.words(), List.copyOf(parts));
    }

    /**
     * Whether the column is set with hanging indents (a list of references by author and year, a glossary): its
     * lines at the margin that the next line's indent follows are full more than twice as often as short. In text
     * whose paragraphs start with an indented line, the line before an indented one is mostly a paragraph's short
     * last line. A column that goes on from one set so needs one such line, and no short one.
     */
    static boolean hanging(List<Paragraphs.Line> lines, ReadingOrder.Region region, boolean before) {
        int full = 0;
        int shortBefore = 0;
        float width = region.x1() - region.x0();
        for (int i = 1; i < lines.size(); i++) {
            Paragraphs.Line a = lines.get(i - 1);
            Paragraphs.Line b = lines.get(i);
            float em = Math.max(a.size(), b.size());
            boolean atMargin = a.x0() <= region.x0() + 0.6f * em;
            boolean indented = b.x0() > a.x0() + 0.6f * em && b.x0() < region.x0() + 6 * em;
            if (atMargin && indented && Math.abs(a.size() - b.size()) <= 0.9f) {
                if (a.x1() < region.x1() - Math.max(2 * em, 0.12f * width)) {
                    shortBefore++;
                } else {
                    full++;
                }
            }
        }
        return full >= 2 && full > 2 * shortBefore || before && full >= 1 && shortBefore == 0;
    }

    /** The usual distance between baselines in the column (the lower median), or 1.2 ems when it has one line. */
    static float pitch(List<Paragraphs.Line> lines) {
        List<Float> pitches = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            float d = lines.get(i).y() - lines.get(i - 1).y();
            if (d > 0.5f * lines.get(i).size() && Math.abs(lines.get(i).size() - lines.get(i - 1).size()) < 0.9f) {
                pitches.add(d);
            }
        }
        if (pitches.isEmpty()) {
            return lines.isEmpty() ? 12f : 1.2f * lines.get(0).size();
        }
        pitches.sort(Float::compare);
        return pitches.get((pitches.size() - 1) / 2);
    }
}
