package app.margin.ui.annotations;

/** Selections snap to whole words before they become highlights, as a pen would mark them. */
final class Words {
    private Words() {
    }

    /**
     * {@code [start, end)} of {@code text} widened to the words it cuts through and narrowed past any
     * white space at its edges. Returns the new {start, end}; an all-space selection comes back empty.
     */
    static int[] snap(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return new int[] {s, s};
        }
        while (s > 0 && isWordChar(text.charAt(s - 1)) && isWordChar(text.charAt(s))) {
            s--;
        }
        while (e < text.length() && isWordChar(text.charAt(e - 1)) && isWordChar(text.charAt(e))) {
            e++;
        }
        return new int[] {s, e};
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }
}
