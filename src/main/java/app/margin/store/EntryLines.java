package app.margin.store;

import java.util.regex.Pattern;

/**
 * Whether a paragraph is an entry of a table of contents or of an index rather than text: short, and ending in a
 * page number or a list of them after leader dots, an ellipsis or a comma ("C.2 Acronymes … 84", "liste
 * d'acronymes, 73", "Acronymes … xxv"), or, as an index's sub-entry led by a dash, after a space ("— des sigles et
 * acronymes 1 ;"). FTS5's ranking favours short rows, so a PDF's contents and index lines came before the pages that
 * say something about the word (a new user's search of "acronymes" in a 150-page manual).
 */
final class EntryLines {
    private static final int LONGEST = 140;
    private static final String PAGE = "(\\d{1,4}|[ivxlcdm]{1,7})";
    private static final String PAGES = PAGE + "(\\s*[-–,]\\s*" + PAGE + ")*\\s*[;.]?\\s*$";
    private static final Pattern AFTER_LEADER = Pattern.compile("(?i)(\\.\\s*){2,}" + PAGES + "|(?i)(…|,)\\s*"
            + PAGES);
    private static final Pattern SUB_ENTRY = Pattern.compile("(?i)^\\s*[—–-]\\s.*\\s" + PAGES);

    private EntryLines() {}

    static boolean entry(String paragraph) {
        if (paragraph == null || paragraph.length() > LONGEST || paragraph.indexOf('\n') >= 0) {
            return false;
        }
        return AFTER_LEADER.matcher(paragraph).find() || SUB_ENTRY.matcher(paragraph).find();
    }
}
