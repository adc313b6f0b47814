package app.margin.model;

/**
 * Trims, widens or narrows an approximate match to word edges ({@link WordRule}) the way the stored quote sat: a
 * quote that began at the start of a word begins at the start of a word again, and no whitespace is gained at
 * either end. Widening takes in the rest of a cut word; narrowing leaves the cut word out.
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
        if (start < end && WordRule.startsWord(quote.prefix() + exact, quote.prefix().length())) {
            if (!widen) {
                while (start < end && !WordRule.startsWord(text, start)) {
                    start++;
                }
            } else {
                int s = WordRule.boundaryAtOrBefore(text, start);
                start = start - s <= MAX_SHIFT ? s : start;
            }
        }
        if (start < end && WordRule.endsWord(exact + quote.suffix(), exact.length())) {
            if (!widen) {
                while (end > start && !WordRule.endsWord(text, end)) {
                    end--;
                }
            } else {
                int e = WordRule.boundaryAtOrAfter(text, end);
                end = e - end <= MAX_SHIFT ? e : end;
            }
        }
        return new int[] {start, end};
    }
}
