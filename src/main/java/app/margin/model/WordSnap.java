package app.margin.model;

/**
 * Trims, widens or narrows an approximate match to word edges the way the stored quote sat: a quote that
 * began at the start of a word begins at the start of a word again, and no whitespace is gained at either
 * end. Widening takes in the rest of a cut word; narrowing leaves the cut word out.
 */
final class WordSnap {

    /** How far an end may move to reach a word edge. */
    private static final int MAX_SHIFT = 24;

    private WordSnap() {
    }

    /** {start, end} of the snapped range; start may equal end if nothing is left. */
    static int[] snap(String text, int start, int end, TextQuote quote, boolean widen) {
        String exact = quote.exact();
        if (!Character.isWhitespace(exact.charAt(0))) {
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (!Character.isWhitespace(exact.charAt(exact.length() - 1))) {
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        if (start < end && isWord(exact.charAt(0)) && (quote.prefix().isEmpty() || !isWord(last(quote.prefix())))) {
            int s = start;
            while (s > 0 && isWord(text.charAt(s - 1)) && start - s < MAX_SHIFT) {
                s--;
            }
            if (!widen) {
                while (start < end && (inWord(text, start - 1) || !isWord(text.charAt(start)))) {
                    start++;
                }
            } else if (s == 0 || !isWord(text.charAt(s - 1))) {
                start = s;
            }
        }
        if (start < end && isWord(last(exact)) && (quote.suffix().isEmpty() || !isWord(quote.suffix().charAt(0)))) {
            int e = end;
            while (e < text.length() && isWord(text.charAt(e)) && e - end < MAX_SHIFT) {
                e++;
            }
            if (!widen) {
                while (end > start && (inWord(text, end) || !isWord(text.charAt(end - 1)))) {
                    end--;
                }
            } else if (e == text.length() || !isWord(text.charAt(e))) {
                end = e;
            }
        }
        return new int[] {start, end};
    }

    private static boolean inWord(String text, int at) {
        return at >= 0 && at < text.length() && isWord(text.charAt(at));
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static char last(String s) {
        return s.charAt(s.length() - 1);
    }
}
