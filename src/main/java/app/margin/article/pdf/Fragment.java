package app.margin.article.pdf;

/**
 * A run of words on one baseline with no wide gap inside: a line of a column, a cell of a table, a page number.
 *
 * @param size the size most of its letters are set in
 * @param bold whether (nearly) all its letters are bold: a run-in bold phrase does not make a line bold
 */
record Fragment(float x0, float x1, float y, float size, boolean bold, String text) {
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
                bold && right.bold, text + " " + right.text);
    }
}
