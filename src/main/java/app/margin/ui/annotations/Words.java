package app.margin.ui.annotations;

import app.margin.model.WordRule;

/** Selections snap to whole words ({@link WordRule}) before they become highlights, as a pen would mark them. */
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
        return new int[] {WordRule.boundaryAtOrBefore(text, s), WordRule.boundaryAtOrAfter(text, e)};
    }
}
