package app.margin.article.pdf;

import java.util.regex.Pattern;

/**
 * Where a paragraph breaks between two lines of a column: at a gap taller than the column's usual line pitch, a change
 * of type size or weight, an indented first line, a bullet or number, a caption ("Figure 3.", "Table 2:"), after a
 * short line that ends a sentence, between a title's first line and a subtitle in the same type, or at the next entry
 * of a column set with hanging indents; and whether a paragraph goes on at the top of the next column.
 */
final class Breaks {
    /** "Table 2: …", "Figure 3. …", or a label and a capital ("Fig. 1 The …"; not "Table 1 is", "Figure 2 shows"). */
    static final Pattern CAPTION = Pattern.compile(
            "(?i)^(figure|fig\\.|table|tab\\.|listing|algorithm|abbildung|abb\\.|tabelle|tableau|exhibit|chart)"
            + "\\s*[0-9IVX]+[0-9.\\-]*\\s*[:.|—–-].*|^(figure|fig\\.|table|abbildung|tabelle|tableau)\\s+[0-9]+(\\.[0-9]+)?\\s+(?-i:\\p{Lu}).*");
    private static final Pattern BULLET =
            Pattern.compile("^([•◦▪▸►‣∙·●○■□–—*]|\\(?[0-9]{1,2}[.)]|\\(?[a-z][.)]|\\([ivx]+\\)|\\[[0-9]{1,4}\\])\\s.*");
    static final Pattern NUMBERED = Pattern.compile("^(([0-9]{1,2}(\\.[0-9]{1,2}){0,4})|[A-Z](\\.[0-9]{1,2}){0,3}|[IVX]{1,5})\\.?\\s+\\p{L}.*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;\"”’)»]$");
    /** A line of a table of contents: its title, dot leaders (made " … ") and a page number. */
    private static final Pattern CONTENTS_LINE = Pattern.compile(".* … [0-9ivxlcdm]+$");
    /** Words that cannot end a phrase: "and", "of", "the"… */
    private static final String WORDS = "and|or|nor|of|for|to|in|on|at|by|with|from|into|about|the|a|an|und|oder|mit"
            + "|für|von|zu|im|der|die|das|den|des|et|ou|de|du|la|le|les|pour|avec|en|sur|y|e|o|del|di|per";
    /**
     * How a title's or heading's line ends when its words go on in the next line: a comma, a hyphen or a dash, or a
     * word that cannot end a phrase ("Using and" / "extending the babelbib package").
     */
    private static final Pattern GOES_ON = Pattern.compile("(?iu).*([,&/\\-–—]|\\b(" + WORDS + "))$");
    /** A line that ends with such a word. */
    private static final Pattern WORD_GOES_ON = Pattern.compile("(?iu).*\\b(" + WORDS + ")$");
    /** A number or letter and a closing parenthesis at a line's start, with no opening one: "1) [27]". */
    private static final Pattern CLOSING_NUMBER = Pattern.compile("^([0-9]{1,2}|[a-z])\\)\\s.*");
    /** A word in lower case at a line's start ("an", "packages"; not a symbol such as "x = y" or "f(x)"). */
    private static final Pattern WORD_IN_LOWER_CASE = Pattern.compile("^(\\p{Ll}{2,}|a(?=\\s))(?![\\p{L}(_]).*");
    /** How wide a column of prose is at least, in ems (a table's columns are narrower). */
    private static final float PROSE_EMS = 15;
    /** A heading's label on a line of its own, its title on the next: "Appendix C", "Chapter 3", "Part II", "4.2". */
    private static final Pattern LABEL = Pattern.compile("(?u)((?i:chapter|appendix|part|section|lecture|kapitel|anhang"
            + "|teil|abschnitt|chapitre|annexe|partie|capitolo|capítulo)\\s+)?([0-9]{1,3}(\\.[0-9]{1,3})*|[IVXLC]{1,6}"
            + "|[A-Z])\\.?");

    private Breaks() {}

    static boolean endsSentence(CharSequence text) {
        return ENDS_SENTENCE.matcher(text).matches();
    }

    /** Whether the line is a table of contents' entry made "title … page" ({@link Columns}, {@link Contents}). */
    static boolean contentsLine(String text) {
        return CONTENTS_LINE.matcher(text).matches();
    }

    /** Whether the line starts with a bullet, a list's number or a reference's "[12]" and a space. */
    static boolean bullet(String text) {
        return BULLET.matcher(text).matches();
    }

    static boolean caption(String text) {
        return CAPTION.matcher(text).matches();
    }

    /**
     * A paragraph that ended its column without a full stop, its last line filling the column: its text so far, its
     * first and last lines, how far the last sits in from its column's left edge, that column's width (0 when it had
     * one line), its number of lines, and whether the next column is one a column break leads to: on a later page or
     * starting higher than the paragraph's last line (not a block under it, set apart by white space), with nothing
     * but the notes below the paragraph between (not a code line in smaller type at the next page's top).
     */
    record Open(CharSequence text, Paragraphs.Line first, Paragraphs.Line last, float indent, float width, int lines,
                boolean columnBreak) {}

    /**
     * Whether the paragraph {@code open} goes on in {@code line}, the first line of the next column {@code region},
     * set with hanging indents or not: same size, and either set in as far as the paragraph's last line was (a list
     * item's or an entry's hanging indent), or not indented and starting in lower case, or the paragraph ended with
     * a hyphen, a comma or inside a web address, or, over a column break into a column as wide as the one before (a
     * column of prose of two lines or more, not a table's), nothing says a new paragraph starts there (see
     * {@link #startsAnew}).
     */
    static boolean continues(Open open, Paragraphs.Line line, ReadingOrder.Region region, boolean hanging) {
        Paragraphs.Line last = open.last();
        CharSequence text = open.text();
        float em = line.size();
        if (Math.abs(line.size() - last.size()) > 0.9f) {
            return false;
        }
        float indent = line.x0() - region.x0();
        if (open.lines() > 1 && open.indent() > 0.6f * em && Math.abs(indent - open.indent()) < 0.3f * em
                && !CAPTION.matcher(line.text()).matches() && !BULLET.matcher(line.text()).matches()) {
            return true; // under the hanging indent its last line had
        }
        if (indent > 0.6f * em) {
            return false;
        }
        int c = line.text().codePointAt(0);
        char end = text.charAt(text.length() - 1);
        return Character.isLowerCase(c) || end == '-' || end == ',' || UrlBreaks.continues(text, line.text())
                || !hanging && open.columnBreak() && open.width() >= PROSE_EMS * em
                && Math.abs(region.x1() - region.x0() - open.width()) < 0.1f * open.width()
                && !startsAnew(open.first(), last, line, region);
    }

    /**
     * Whether {@code line}, at its column's left edge at the top of a column as wide as the one before, starts a
     * paragraph of its own after {@code last} though it is not indented: it does not start with a letter or a digit,
     * or has fewer than three words, or either line is mostly mathematics; a change of weight or a bold phrase
     * leading it (a run-in heading), a caption, a list item (unless its number goes on in the phrase of a paragraph
     * that is none, see {@link #goesOnInto}), an entry of a table of contents, or a short numbered line (a heading in
     * body type).
     */
    private static boolean startsAnew(Paragraphs.Line first, Paragraphs.Line last, Paragraphs.Line line,
                                      ReadingOrder.Region region) {
        String t = line.text();
        boolean shortLine = line.x1() < region.x1() - Math.max(2 * line.size(), 0.12f * (region.x1() - region.x0()));
        return !Character.isLetterOrDigit(t.codePointAt(0)) || t.split("\\s+").length < 3
                || line.math() > line.words() || last.math() > last.words()
                || line.bold() != last.bold() || leadsBold(line) || CAPTION.matcher(t).matches()
                || BULLET.matcher(t).matches() && !goesOnInto(first.text(), last.text(), t)
                || CONTENTS_LINE.matcher(t).matches() || CONTENTS_LINE.matcher(last.text()).matches()
                || Contents.pageAtEnd(line) || Contents.pageAtEnd(last)
                || shortLine && NUMBERED.matcher(t).matches();
    }

    /** Whether the line starts with a phrase set in bold while the rest is not. */
    private static boolean leadsBold(Paragraphs.Line line) {
        for (Fragment.Shift s : line.shifts()) {
            if (s.kind() == Fragment.Shift.Kind.BOLD && s.start() == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code b}, which starts as a numbered list item does ("1) ", "4. ", "[27] "), goes on in the phrase of
     * the line before it, {@code a}, in a paragraph that is no list item (its first line {@code first}): {@code a}
     * ends with a word that cannot end one ("Refs. 1 and" / "4. By default"), or opened a parenthesis that {@code b}'s
     * number closes ("a video game (Case" / "1) [27]").
     */
    static boolean goesOnInto(String first, String a, String b) {
        if (endsSentence(a) || BULLET.matcher(first).matches() || !Character.isLetterOrDigit(b.codePointAt(0))
                && b.charAt(0) != '(' && b.charAt(0) != '[') {
            return false;
        }
        if (WORD_GOES_ON.matcher(a).matches()) {
            return true;
        }
        int open = 0;
        for (int i = 0; i < a.length(); i++) {
            char ch = a.charAt(i);
            open += ch == '(' ? 1 : ch == ')' ? -1 : 0;
        }
        return open > 0 && CLOSING_NUMBER.matcher(b).matches();
    }

    /**
     * Whether a new paragraph starts at {@code b}, the line after {@code a} in one column, in a paragraph that began
     * with {@code first}, reads {@code text} and has {@code lines} lines so far.
     */
    static boolean between(Paragraphs.Line a, Paragraphs.Line b, ReadingOrder.Region region, float pitch,
                           boolean hanging, Paragraphs.Line first, CharSequence text, int lines, float body) {
        float em = Math.max(a.size(), b.size());
        float width = region.x1() - region.x0();
        if (Math.abs(a.size() - b.size()) > 0.9f || a.bold() != b.bold()) {
            return true;
        }
        if (b.y() - a.y() > Math.max(1.3f * pitch, pitch + 0.3f * em)) {
            return true;
        }
        if (CAPTION.matcher(b.text()).matches() || CONTENTS_LINE.matcher(a.text()).matches()
                || BULLET.matcher(b.text()).matches() && !goesOnInto(first.text(), a.text(), b.text())
                && !series(text, a.text(), b.text())) {
            return true;
        }
        if (CONTENTS_LINE.matcher(b.text()).matches() && NUMBERED.matcher(a.text()).matches()) {
            return false; // an entry of a table of contents whose title wraps to the line with its page number
        }
        if (lines == 1 && (a.bold() || Headings.larger(a.size(), body)) && newPhrase(a, b, region, em)) {
            return true; // a title's or heading's subtitle in the same type
        }
        if (a.bold() && b.bold() && !endsSentence(a.text())) {
            return false; // a heading's second line, however it is indented
        }
        if (BULLET.matcher(first.text()).matches() && b.x0() > first.x0() + 0.3f * em && !endsSentence(a.text())) {
            return false; // a list item's hanging indent
        }
        if (lines == 1 && BULLET.matcher(a.text()).matches() && b.x0() > a.x0() + 0.3f * em
                && a.x1() > region.x1() - 0.2f * width && b.y() - a.y() < 1.05f * pitch) {
            // A list item's first line ends a sentence nearly full and the next goes on under its hanging indent, with
            // no more space than between lines ("3. … explained by an example." / "Suppose you say"): a paragraph of
            // the item would be set apart (LaTeX's \parsep) or indented.
            return false;
        }
        boolean aIndented = a.x0() > region.x0() + 0.6f * em;
        boolean bIndented = b.x0() > region.x0() + 0.6f * em && b.x0() < region.x0() + 6 * em;
        boolean aShort = a.x1() < region.x1() - Math.max(2 * em, 0.12f * width);
        if (hanging && !aIndented && bIndented && !aShort) {
            return false; // an entry's second line, under its hanging indent
        }
        if (hanging && !bIndented && b.x0() < region.x0() + 0.6f * em && lines > 1
                && a.x0() > region.x0() + 0.6f * em && a.x0() < region.x0() + 6 * em) {
            return true; // the next entry, back at the margin after one under a hanging indent
        }
        if (hanging && !aIndented && b.x0() < region.x0() + 0.6f * em && lines == 1 && endsSentence(a.text())) {
            return true; // the next entry after an entry of one full line
        }
        if (bIndented && !aIndented && b.x0() > a.x0() + 0.6f * em) {
            // A new paragraph's indented first line, unless a full line that ends no sentence goes on in a word in
            // lower case: the second line of a description's entry under its hanging indent ("This includes build-"
            // / "ing classes", "upgrade existing classes" / "and packages"); or goes on from the paragraph's first
            // line, whatever starts it: an entry's term and the lines under it ("when the" / "“author” information",
            // "such as 42--111 or" / "7,41,73--97"), where a paragraph of one full line is rare, and not centred
            // under it (a title page's "Copyright © 1995–2006 The LaTeX Project" / "All rights reserved.").
            boolean centred = Math.abs((b.x0() - a.x0()) - (a.x1() - b.x1())) < em;
            return aShort || endsSentence(a.text())
                    || (lines > 1 || centred) && !WORD_IN_LOWER_CASE.matcher(b.text()).matches();
        }
        if (aShort && endsSentence(a.text())) {
            return true;
        }
        // A numbered heading in body type: short, and not ending a sentence.
        return aShort && lines == 1 && NUMBERED.matcher(a.text()).matches() && a.text().length() < 80;
    }

    /** "(2) " at a line's start, when the text so far ends no sentence and has "(1)": a series in the sentence. */
    private static final Pattern SERIES = Pattern.compile("^\\(([0-9]{1,2})\\)\\s.*");

    /**
     * Whether {@code b}'s "(n)" goes on a series "(1) … (2) … (3)" in the sentence of the paragraph so far,
     * {@code text} ("…cross references a PROCEEDINGS; when" / "(2) a BOOK, (3) an INBOOK"), its last line {@code a}
     * ending no sentence.
     */
    static boolean series(CharSequence text, String a, String b) {
        java.util.regex.Matcher m = SERIES.matcher(b);
        if (text == null || !m.matches() || endsSentence(a)) {
            return false;
        }
        int n = Integer.parseInt(m.group(1));
        return n >= 2 && text.toString().contains("(" + (n - 1) + ")");
    }

    /**
     * Whether {@code b}, under a title's or heading's first line {@code a} in the same size and weight, starts a new
     * phrase: {@code a} ends short of the column's right edge, without a full stop and without going on in {@code b}
     * (no comma, hyphen, "and", "of"…) and is not a label ("Appendix C"), and {@code b} starts with a capital and is
     * not in title case. "Margin" / "A reader for students" is a title and its subtitle; "Multilingual Bibliographies:
     * Using and" / "extending the babelbib package", "The Name of the Title Is" / "Hope" and "Appendix C" / "For
     * further information" are one title each.
     */
    private static boolean newPhrase(Paragraphs.Line a, Paragraphs.Line b, ReadingOrder.Region region, float em) {
        String text = a.text();
        if (endsSentence(text) || GOES_ON.matcher(text).matches() || LABEL.matcher(text).matches()
                || !Character.isUpperCase(b.text().codePointAt(0)) || titleCase(b.text())) {
            return false;
        }
        return a.x1() < region.x1() - Math.max(2 * em, 0.12f * (region.x1() - region.x0()));
    }

    /** Whether every word of four letters or more starts with a capital ("Different Approaches for Multilingual"). */
    private static boolean titleCase(String text) {
        for (String word : text.split("\\s+")) {
            int start = 0;
            while (start < word.length() && !Character.isLetter(word.charAt(start))) {
                start++;
            }
            if (word.length() - start >= 4 && Character.isLowerCase(word.codePointAt(start))
                    && word.codePoints().filter(Character::isLetter).count() >= 4) {
                return false;
            }
        }
        return true;
    }
}
