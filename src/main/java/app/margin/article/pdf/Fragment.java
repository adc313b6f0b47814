package app.margin.article.pdf;

/**
 * A run of words on one baseline with no wide gap inside: a line of a column, a cell of a table, a page number.
 *
 * @param size   the size most of its letters are set in
 * @param bold   whether (nearly) all its letters are bold: a run-in bold phrase does not make a line bold
 * @param raised the runs of its text set smaller and above its baseline (superscripts, footnote marks), in order
 */
record Fragment(float x0, float x1, float y, float size, boolean bold, String text, java.util.List<Raised> raised) {
    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of a text, set raised and smaller. */
    record Raised(int start, int end) {
        Raised shifted(int by) {
            return new Raised(start + by, end + by);
        }
    }

    Fragment {
        raised = java.util.List.copyOf(raised);
    }

    Fragment(float x0, float x1, float y, float size, boolean bold, String text) {
        this(x0, x1, y, size, bold, text, java.util.List.of());
    }

    float top() {
        return y - 0.75f * size;
    }

    float bottom() {
        return y + 0.25f * size;
    }

    float width() {
        return x1 - x0;
    }

    Fragment joinedWith(Fragment right) {
        float total = text.length() + right.text.length();
        float mixed = (size * text.length() + right.size * right.text.length()) / Math.max(1f, total);
        return new Fragment(Math.min(x0, right.x0), Math.max(x1, right.x1), size >= right.size ? y : right.y, mixed,
                bold && right.bold, text + " " + right.text, joined(right));
    }

    private java.util.List<Raised> joined(Fragment right) {
        if (right.raised.isEmpty()) {
            return raised;
        }
        java.util.List<Raised> all = new java.util.ArrayList<>(raised);
        right.raised.forEach(r -> all.add(r.shifted(text.length() + 1)));
        return all;
    }
}
