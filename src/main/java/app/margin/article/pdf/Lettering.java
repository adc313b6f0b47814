package app.margin.article.pdf;

import java.util.List;

/**
 * A drawing lettered with lone letters (a journal's logo: nwejm's "W N M E J" set small around its emblem): its
 * letters are part of the picture, not a panel of text, and not text of their own. A shaded note or a key cap in a
 * sentence is none: the one holds words, the other has the sentence's text right beside it.
 */
final class Lettering {
    /** The most characters of a piece of text on such a drawing. */
    private static final int MAX_LETTERS = 2;
    /**
     * The largest size of those letters, against the body's: a logo's are small (nwejm's 5 points on a body of 10);
     * a table's framed cells in body type ("0", "x" in luatex.pdf's examples of options) are none.
     */
    private static final float SMALL = 0.7f;

    private Lettering() {}

    /**
     * Whether {@code c}, a drawing (not a line), holds two pieces of text or more, each one or two letters set small,
     * and no other text lies on its rows within an em of it.
     */
    static boolean lettered(Cluster c, List<Fragment> fragments, float body) {
        List<Fragment> in = c.inside(fragments, body);
        if (c.thin || in.size() < 2) {
            return false;
        }
        for (Fragment f : in) {
            String t = f.text().strip();
            if (t.isEmpty() || t.length() > MAX_LETTERS || !t.chars().allMatch(Character::isLetter)
                    || f.size() > SMALL * body) {
                return false;
            }
        }
        for (Fragment f : fragments) {
            boolean rows = f.bottom() > c.y0 && f.top() < c.y1;
            boolean beside = f.x1() > c.x0 - body && f.x0() < c.x1 + body;
            if (rows && beside && !in.contains(f)) {
                return false; // a sentence runs past it: a key cap or a mark in the text
            }
        }
        return true;
    }

    /** {@code fragments} without the letters of the lettered drawings not {@code chosen} as figures (small logos). */
    static List<Fragment> withoutSmall(List<Fragment> fragments, List<Cluster> lettered, List<Cluster> chosen,
            float body) {
        List<Fragment> out = fragments;
        for (Cluster c : lettered) {
            if (!chosen.contains(c)) {
                out = new java.util.ArrayList<>(out);
                out.removeAll(c.inside(out, body));
            }
        }
        return out;
    }
}
