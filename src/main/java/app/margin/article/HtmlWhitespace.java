package app.margin.article;

import app.margin.model.ParagraphForm;

/**
 * Whitespace in a block's text as a browser folds it: each run of spaces, tabs, line breaks and no-break spaces is
 * one space, none at the start of a block, and NUL characters go; a table cell's separator
 * ({@link ParagraphForm#CELL}) counts as a space already there. Preformatted text keeps its own, but for the blank
 * lines at its ends. {@link HtmlBlock} gathers its text this way, and {@link MathLine} trims its line with it.
 */
final class HtmlWhitespace {

    private HtmlWhitespace() {}

    /** Appends a text node's words to {@code text}, whitespace folded. */
    static void appendFolded(StringBuilder text, String words) {
        // Runs of text that need no change (word characters and single spaces between them) are copied whole:
        // a character at a time, and then a word at a time, were most of a long book's walk on the installed app's
        // C1-only runtime. Any other whitespace, a space after a space, and NUL go through the slow path below.
        int n = words.length();
        int i = 0;
        while (i < n) {
            int start = i;
            boolean afterSpace = endsInSpace(text);
            while (i < n) {
                char c = words.charAt(i);
                if (c == ' ') {
                    if (afterSpace) {
                        break;
                    }
                    afterSpace = true;
                } else if ((c > ' ' && c < '\u007F') || isWordChar(c)) {
                    afterSpace = false;
                } else {
                    break;
                }
                i++;
            }
            if (i > start) {
                text.append(words, start, i);
            }
            if (i < n) {
                if (words.charAt(i) != '\u0000' && !endsInSpace(text)) {
                    text.append(' ');
                }
                i++;
            }
        }
    }

    /** Not whitespace, no-break space or NUL; the ASCII letters and punctuation that make up most text are quick. */
    static boolean isWordChar(char c) {
        if (c > ' ' && c < '\u007F') {
            return true;
        }
        return c != ' ' && c != '\u0000' && c != '\u00A0' && !Character.isWhitespace(c);
    }

    /** Whether a word that follows needs no space before it: the text is empty or ends in a space or a cell. */
    static boolean endsInSpace(StringBuilder text) {
        if (text.isEmpty()) {
            return true;
        }
        char last = text.charAt(text.length() - 1);
        return last == ' ' || last == ParagraphForm.CELL;
    }

    /** Drops the spaces at the end of {@code text}, back to {@code start} at the most. */
    static void trimEnd(StringBuilder text, int start) {
        int end = text.length();
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        text.setLength(end);
    }

    /** Preformatted text as written, without the blank lines and spaces at its ends. */
    static String withoutBlankEnds(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String block = text.subSequence(start, end).toString();
        return block.isBlank() ? "" : block;
    }
}
