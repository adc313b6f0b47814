package app.margin.model;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Margin's one word rule, used wherever a word's edges matter: snapping a selection, re-anchoring a quote,
 * whole-word find, library search and cloze cards. It is {@link BreakIterator}'s word rule for
 * {@link Locale#ROOT}, read with two characters taken as Unicode's own word rule (UAX #29) takes them: the
 * typographic apostrophe ’ holds a word together as ' does ("don’t", like "don't"), and an en or em dash never
 * does ("talks—which" is two words, while a hyphen still joins "well-known"). The text between two boundaries
 * is a word when it holds a letter or a digit.
 *
 * <p>Asking about one offset looks only at the characters around it: {@value #WINDOW} either side, and only
 * its two neighbours (three at most) where they settle it, as two letters of a word or a letter beside a space or a
 * comma do. So whole-word find stays linear on a long text, where a {@link BreakIterator} moving to each hit would
 * walk the text from the last boundary it knew. {@code WordRuleTest} holds the two readings equal.
 */
public final class WordRule {

    /** A word of a text: characters {@code [start, end)}. */
    public record Span(int start, int end) {}

    /** How many characters either side of an offset decide whether it is a boundary. */
    static final int WINDOW = 32;

    /** Marks that always end a word before them and begin one after them, beside a letter of an alphabet. */
    private static final String SEPARATORS = " ,;:!?()[]{}/\u201c\u201d\u2018\u2026\u2013\u2014\u2015";
    /** Marks that join two letters of an alphabet into one word. */
    private static final String JOINERS = "'-\u2019";

    private static final Optional<Boolean> ENDS = Optional.of(true);
    private static final Optional<Boolean> JOINS = Optional.of(false);

    private static final int NO_RUN = 0;
    private static final int ALPHABET = 1;

    private WordRule() {}

    /** Whether a word may begin or end at {@code at}: the start and the end of the text always are. */
    public static boolean isBoundary(CharSequence text, int at) {
        if (at <= 0 || at >= text.length()) {
            return true;
        }
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        int run = run(before);
        if (run != NO_RUN && run == run(after)) {
            return false;
        }
        if (run == ALPHABET || run(after) == ALPHABET) {
            Optional<Boolean> known = run == ALPHABET ? beforeMark(text, at) : afterMark(text, at);
            if (known.isPresent()) {
                return known.get();
            }
        }
        if (Character.isHighSurrogate(before) && Character.isLowSurrogate(after)) {
            return false;
        }
        int from = Math.max(0, at - WINDOW);
        int to = Math.min(text.length(), at + WINDOW);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        // BreakIterator.isBoundary misreads an offset just after a surrogate pair: ask from where that pair begins.
        int last = at - Character.charCount(Character.codePointBefore(text, at));
        return iterator(new View(text, from, to)).following(last) == at;
    }

    /** Whether a word (see {@link WordRule}) begins at {@code at}. */
    public static boolean startsWord(CharSequence text, int at) {
        return at < text.length() && isBoundary(text, at)
                && holdsLetterOrDigit(text, at, boundaryAtOrAfter(text, at + 1));
    }

    /** Whether a word ends at {@code at}. */
    public static boolean endsWord(CharSequence text, int at) {
        return at > 0 && isBoundary(text, at) && holdsLetterOrDigit(text, boundaryAtOrBefore(text, at - 1), at);
    }

    /** The nearest boundary at or before {@code at}: where the word {@code at} falls in begins. */
    public static int boundaryAtOrBefore(CharSequence text, int at) {
        int b = Math.min(at, text.length());
        while (b > 0 && !isBoundary(text, b)) {
            b--;
        }
        return Math.max(b, 0);
    }

    /** The nearest boundary at or after {@code at}: where the word {@code at} falls in ends. */
    public static int boundaryAtOrAfter(CharSequence text, int at) {
        int b = Math.max(at, 0);
        while (b < text.length() && !isBoundary(text, b)) {
            b++;
        }
        return Math.min(b, text.length());
    }

    /** The words of the text, in order. */
    public static List<Span> words(CharSequence text) {
        BreakIterator words = iterator(new View(text, 0, text.length()));
        List<Span> out = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (holdsLetterOrDigit(text, start, end)) {
                out.add(new Span(start, end));
            }
        }
        return out;
    }

    private static BreakIterator iterator(View view) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(view);
        return words;
    }

    private static boolean holdsLetterOrDigit(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)
                    || (Character.isHighSurrogate(c) && Character.isLetterOrDigit(Character.codePointAt(text, i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind of run a character makes words of without a {@link BreakIterator} being asked: two characters of
     * one kind are always one word, and a letter of an alphabet beside a space always ends one. The kinds are the
     * letters and digits below Armenian (Latin, Greek, Cyrillic), and the Han ideographs, hiragana, katakana and
     * Hangul syllables that BreakIterator runs together; anything else is {@link #NO_RUN}.
     */
    private static int run(char c) {
        if (c < '\u0530') {
            return Character.isLetterOrDigit(c) ? ALPHABET : NO_RUN;
        } else if (c >= '\u4e00' && c <= '\u9fa5') {
            return 2;
        } else if (c >= '\u3041' && c <= '\u3096') {
            return 3;
        } else if (c >= '\u30a1' && c <= '\u30fa') {
            return 4;
        }
        return c >= '\uac00' && c <= '\ud7a3' ? 5 : NO_RUN;
    }

    /** Whether a letter of an alphabet at {@code at - 1} ends a word, where the mark after it settles that. */
    private static Optional<Boolean> beforeMark(CharSequence text, int at) {
        char mark = text.charAt(at);
        boolean letter = Character.isLetter(text.charAt(at - 1));
        if (mark == ',' && !letter) {
            return Optional.empty(); // "1,000"
        } else if (SEPARATORS.indexOf(mark) >= 0) {
            return ENDS;
        } else if (mark == '.' && (at + 1 == text.length() || text.charAt(at + 1) == ' ')) {
            return ENDS;
        } else if (letter && JOINERS.indexOf(mark) >= 0 && at + 1 < text.length()
                && isAlphabetLetter(text.charAt(at + 1))) {
            return JOINS; // "don't", "well-known"
        }
        return Optional.empty();
    }

    /** Whether a letter of an alphabet at {@code at} begins a word, where the mark before it settles that. */
    private static Optional<Boolean> afterMark(CharSequence text, int at) {
        char mark = text.charAt(at - 1);
        boolean letter = Character.isLetter(text.charAt(at));
        if (mark == ',' && !letter) {
            return Optional.empty();
        } else if (SEPARATORS.indexOf(mark) >= 0) {
            return ENDS;
        } else if (letter && JOINERS.indexOf(mark) >= 0 && at >= 2 && isAlphabetLetter(text.charAt(at - 2))) {
            return JOINS;
        }
        return Optional.empty();
    }

    private static boolean isAlphabetLetter(char c) {
        return c < '\u0530' && Character.isLetter(c);
    }

    /** How the rule reads a character: the apostrophe ’ as ', an en or em dash as a mark that joins nothing. */
    private static char read(char c) {
        return switch (c) {
            case '\u2019' -> '\'';
            case '\u2013', '\u2014', '\u2015' -> '/';
            default -> c;
        };
    }

    /** {@code text[from, to)} as a {@link BreakIterator} reads it, with the offsets of the whole text. */
    private static final class View implements CharacterIterator {
        private final CharSequence text;
        private final int from;
        private final int to;
        private int index;

        View(CharSequence text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.index = from;
        }

        @Override
        public char first() {
            index = from;
            return current();
        }

        @Override
        public char last() {
            index = to > from ? to - 1 : to;
            return current();
        }

        @Override
        public char current() {
            return index >= from && index < to ? read(text.charAt(index)) : DONE;
        }

        @Override
        public char next() {
            if (index < to) {
                index++;
            }
            return current();
        }

        @Override
        public char previous() {
            if (index <= from) {
                return DONE;
            }
            index--;
            return current();
        }

        @Override
        public char setIndex(int position) {
            if (position < from || position > to) {
                throw new IllegalArgumentException("Offset " + position + " is outside " + from + ".." + to);
            }
            index = position;
            return current();
        }

        @Override
        public int getBeginIndex() {
            return from;
        }

        @Override
        public int getEndIndex() {
            return to;
        }

        @Override
        public int getIndex() {
            return index;
        }

        @Override
        public Object clone() {
            View copy = new View(text, from, to);
            copy.index = index;
            return copy;
        }
    }
}
