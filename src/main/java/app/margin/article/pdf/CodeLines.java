package app.margin.article.pdf;

import java.util.List;

/**
 * Whether a line of a column is a line of code, for {@link Listings}: set in a monospaced face, by the share of its
 * characters in it, a mark without letters set apart at its end (TUGboat's arrow beside a changed line) aside.
 */
final class CodeLines {
    private static final float MONO_SHARE = 0.5f;

    private CodeLines() {}

    /**
     * Whether a line is set in a monospaced face: it starts so, and most of its characters are, in each of its pieces
     * that has letters (a word in the margin beside a line of text is not code, nor a line beside a label).
     */
    static boolean code(Paragraphs.Line line) {
        if (!mono(line.text(), line.shifts(), true) && !markedInTheMargin(line)) {
            return false;
        }
        if (line.parts().size() > 1) {
            for (Fragment part : line.parts()) {
                if (!part.text().matches("[^\\p{L}]*") && !mono(part.text(), part.shifts(), false)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the line is set in a monospaced face but for a mark without letters or digits set apart at its end (the
     * arrow TUGboat sets in the margin beside a changed line of code: "{ ←").
     */
    private static boolean markedInTheMargin(Paragraphs.Line line) {
        List<Fragment> parts = line.parts();
        if (!marked(line)) {
            return false;
        }
        Fragment rest = parts.get(0);
        for (int i = 1; i < parts.size() - 1; i++) {
            rest = rest.joinedWith(parts.get(i));
        }
        return mono(rest.text(), rest.shifts(), true);
    }

    /** Whether the line ends in a piece set apart that has no letters or digits (a mark in the margin). */
    private static boolean marked(Paragraphs.Line line) {
        List<Fragment> parts = line.parts();
        return parts.size() > 1 && parts.get(parts.size() - 1).text().matches("[^\\p{L}\\p{N}]+");
    }

    /** Where the line's text ends, a mark in the margin aside. */
    static float end(Paragraphs.Line line) {
        return marked(line) ? line.parts().get(line.parts().size() - 2).x1() : line.x1();
    }

    /**
     * Whether at least {@link #MONO_SHARE} of the text's characters (spaces aside) are monospaced, and its first (for
     * a line); a line that ends in another face needs four in five ("\\email Inside \\institute you can use" is a
     * label in the margin and a line of text).
     */
    private static boolean mono(String text, List<Fragment.Shift> shifts, boolean line) {
        int letters = 0;
        int lastLetter = -1;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                letters++;
                lastLetter = i;
            }
        }
        int mono = 0;
        boolean starts = false;
        boolean ends = false;
        for (Fragment.Shift s : shifts) {
            if (s.kind() != Fragment.Shift.Kind.MONO) {
                continue;
            }
            starts |= s.start() == 0;
            ends |= s.start() <= lastLetter && lastLetter < s.end();
            for (int i = s.start(); i < s.end() && i < text.length(); i++) {
                mono += Character.isWhitespace(text.charAt(i)) ? 0 : 1;
            }
        }
        if (!line) {
            return letters > 0 && mono >= MONO_SHARE * letters;
        }
        return starts && letters > 0 && mono >= MONO_SHARE * letters && (ends || mono >= 0.8f * letters);
    }
}
