package app.margin.article.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a back-of-book index, one at a time (see {@link IndexEntries}): whether a line reads as an entry (a
 * term and its page numbers, a cross reference, page numbers alone), heads a group of entries, or leaves its entry
 * open for the next line; how its term sorts; its leaders made " … ".
 */
final class IndexLines {
    /** A page number: arabic, a range, or (after a comma) roman. */
    private static final String NUMBER = "\\d{1,5}(?:[–-]{1,2}\\d{1,5})?[a-z]?";
    private static final String PAGES = "(?:" + NUMBER + "|[ivxlc]{1,7})";
    /** A line ending with its page numbers: after a comma, a space, or leaders ("…", ". . ."). */
    private static final Pattern ENDS_WITH_PAGES = Pattern.compile("(?u)^.*?[^\\s\\d,.…–-]\\S*(?:,\\s*" + PAGES
            + "|\\s+" + NUMBER + "|\\s*(?:…|(?:\\.\\s*){2,})\\s*" + PAGES + ")(?:,\\s*" + PAGES + ")*,?$");
    /** A line of page numbers alone, or of leaders and page numbers (an entry's numbers wrapped). */
    private static final Pattern PAGES_ALONE = Pattern.compile("(?u)^(?:(?:…|(?:\\.\\s*)+)\\s*)?" + NUMBER
            + "(?:,\\s*" + PAGES + ")*,?$|^(?:…|\\.\\s*\\.).*");
    /** A cross reference: "dots, see ellipsis dots", "sigle, voir acronyme". */
    private static final Pattern SEE = Pattern.compile("(?iu).*[,.]\\s+(see|see also|voir|voir aussi|siehe|siehe auch"
            + "|vedi|véase)\\s+\\S.*");
    /** A section's number before a title. */
    private static final Pattern SECTION =
            Pattern.compile("(?u)^(\\d{1,2}(\\.\\d{1,2})*|[A-Z](\\.\\d{1,2})+)\\.?\\s+\\p{L}.*");
    /** How a line ends when its entry goes on: a comma, a hyphen, leaders, or a word that cannot end a phrase. */
    private static final Pattern OPEN_END = Pattern.compile("(?iu).*([,\\-–…]|\\s\\.|\\b(and|or|of|for|to|in|on"
            + "|the|a|an|with|see|und|oder|et|ou|de|du|la|le|les))$");
    private static final Pattern LEADS = Pattern.compile("^(?:…|\\.(?:\\s*\\.)+|\\.(?=\\s*\\d))\\s*");
    private static final Pattern TRAILS = Pattern.compile("(?:\\s+\\.|\\s*…|\\s*\\.\\s+\\.)[\\s.…]*$");
    /** Leaders of a dot or three between a term and its page numbers ("\chaptermark . 17, 19"). */
    private static final Pattern SHORT_LEADERS = Pattern.compile("(?<=[^\\s.…])\\s+\\.(?:\\s*\\.)*\\s*(?=\\d)");

    private IndexLines() {}

    /** Whether the line ends with page numbers ("table, 44, 46", "\mathdir 43", "\setbox … 514,"). */
    static boolean endsWithPages(String text) {
        return ENDS_WITH_PAGES.matcher(text).matches();
    }

    /** Whether the line is page numbers alone, or leaders and page numbers: an entry's numbers wrapped. */
    static boolean pagesAlone(String text) {
        return PAGES_ALONE.matcher(text).matches();
    }

    /** Whether an entry's line leaves it open for the next: a comma, a hyphen, leaders or "and" at its end. */
    static boolean goesOnAfter(String text) {
        return OPEN_END.matcher(text).matches();
    }

    /** Whether the line reads as an index's: a term and its page numbers, a cross reference, or page numbers alone. */
    static boolean entryLike(String text) {
        if (SECTION.matcher(text).matches()) {
            return false; // a table of contents' entry: "3.1 Introduction … 3"
        }
        return ENDS_WITH_PAGES.matcher(text).matches() || SEE.matcher(text).matches()
                || PAGES_ALONE.matcher(text).matches();
    }

    /**
     * Whether a line of an index's column heads a group of entries: a letter ("A", "Symbols" too) or a bold line
     * without page numbers set in from the column's margin (centred over it).
     */
    static boolean groupHead(Paragraphs.Line line, float indent) {
        String text = line.text().strip();
        return text.codePointCount(0, text.length()) == 1 && Character.isLetter(text.codePointAt(0))
                || text.matches("(?i)symbols|numbers|numerals|[a-z] ?[-–] ?[a-z]")
                || line.bold() && indent >= 2 && !entryLike(text) && text.length() <= 20;
    }

    /**
     * A term as indexes sort it: its letters and digits in lower case, without accents or a leading "\", and without a
     * section's number before it.
     */
    static String sortKey(String line) {
        // A table of contents' section numbers aside: "2.1 Introduction", "2.2 Attributes" are in no such order.
        // expl3's variables sort without their scope ("\c_sys_day_int" among "\sys_..."), its keys without the dot.
        String term = line.replaceFirst("^[\\d.]+\\s+", "").replaceFirst("^\\\\?\\.?([cgl]_(?=[a-z]))?", "")
                .split(",|\\s…|\\s\\.\\s?\\.|\\s\\d", 2)[0];
        String plain = Normalizer.normalize(term, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length());
        plain.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** An index's line, its leaders, however short, made " … " as longer ones are ({@link Columns}). */
    static Paragraphs.Line leaders(Paragraphs.Line line) {
        Matcher m = SHORT_LEADERS.matcher(line.text());
        return m.find() ? replaced(line, m.start(), m.end(), " … ") : line;
    }

    /**
     * The line that goes on an entry whose text so far is {@code text}, leaders split over the two lines made one
     * ("\setcitestyle …" / ". . . 25, 283" → "\setcitestyle … 25, 283"): {@code text} loses its trailing leaders,
     * the line its leading ones, which it then starts with as "… ".
     */
    static Paragraphs.Line leadersJoined(StringBuilder text, Paragraphs.Line line) {
        Matcher lead = LEADS.matcher(line.text());
        Matcher trail = TRAILS.matcher(text);
        boolean leads = lead.find();
        boolean trails = trail.find();
        if (!leads && !trails) {
            return line;
        }
        if (trails) {
            text.setLength(trail.start());
        }
        return replaced(line, 0, leads ? lead.end() : 0, "… ");
    }

    /** The line with characters {@code start} to {@code end} of its text replaced, its runs after them moved. */
    private static Paragraphs.Line replaced(Paragraphs.Line line, int start, int end, String with) {
        int by = with.length() - (end - start);
        List<Fragment.Shift> shifts = new ArrayList<>();
        for (Fragment.Shift s : line.shifts()) {
            if (s.end() <= start) {
                shifts.add(s);
            } else if (s.start() >= end) {
                shifts.add(s.shifted(by));
            }
        }
        String text = line.text().substring(0, start) + with + line.text().substring(end);
        return new Paragraphs.Line(line.x0(), line.x1(), line.y(), line.size(), line.bold(), text, shifts,
                line.math(), line.words(), line.parts());
    }
}
