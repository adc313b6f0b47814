package app.margin.article.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A chapter's or part's label at its opening: "Chapitre 3", "Part II", "Appendix C". A label set beside a huge
 * number with no space between them reads with one ({@link Draft}); a label just above a bookmarked chapter's heading
 * goes with it ({@link BookmarkPlaces}).
 */
final class ChapterLabels {
    /** A chapter's or part's label and its number with no space between ("Chapitre3": the number set huge). */
    private static final Pattern GLUED = Pattern.compile("(?u)((?i:chapter|appendix|part|lecture|kapitel|anhang|teil"
            + "|chapitre|annexe|partie|capitolo|capítulo))([0-9]{1,3}|[IVXLC]{1,6}|[A-Z])");
    /** A chapter's or part's label with its number: "Chapitre 3", "Part II", "Appendix C". */
    private static final Pattern CHAPTER_LABEL = Pattern.compile("(?u)(?i:chapter|appendix|part|lecture|kapitel"
            + "|anhang|teil|chapitre|annexe|partie|capitolo|capítulo)\\s+([0-9]{1,3}|[IVXLC]{1,6}|[A-Z])");

    private ChapterLabels() {}

    /**
     * The line with a space put between a chapter's label and its number that the page sets with none between them
     * (yathesis' "Chapitre" beside a huge "3" read "Chapitre3"); else the line itself.
     */
    static Paragraphs.Line spaced(Paragraphs.Line line) {
        java.util.regex.Matcher m = GLUED.matcher(line.text());
        if (!m.matches()) {
            return line;
        }
        int at = m.end(1);
        List<Fragment.Shift> shifts = new java.util.ArrayList<>(line.shifts().size());
        for (Fragment.Shift r : line.shifts()) {
            shifts.add(r.start() >= at ? r.shifted(1) : r.end() > at ? new Fragment.Shift(r.start(), r.end() + 1,
                    r.kind(), r.target()) : r);
        }
        return new Paragraphs.Line(line.x0(), line.x1(), line.y(), line.size(), line.bold(),
                m.group(1) + " " + m.group(2), shifts, line.math(), line.words(), line.parts());
    }

    /** The number of a chapter's label ("3" of "Chapitre 3"), or null when the text is none. */
    static String chapterLabel(String text) {
        java.util.regex.Matcher m = CHAPTER_LABEL.matcher(text.strip());
        return m.matches() ? m.group(1) : null;
    }
}
