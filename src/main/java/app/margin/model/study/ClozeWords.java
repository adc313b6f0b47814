package app.margin.model.study;

import app.margin.model.WordRule;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The words of a passage that a cloze card can hide, by the one word rule ({@link WordRule}), and the hidden ranges
 * a choice of them makes: words chosen next to each other hide as one range, spaces between them included.
 */
public final class ClozeWords {

    /** A word of the passage: characters {@code [start, end)}. */
    public record Word(int start, int end, String text) {}

    private ClozeWords() {}

    public static List<Word> of(String passage) {
        List<Word> out = new ArrayList<>();
        for (WordRule.Span w : WordRule.words(passage)) {
            out.add(new Word(w.start(), w.end(), passage.substring(w.start(), w.end())));
        }
        return out;
    }

    /** The ranges that hiding the words numbered {@code chosen} (indices into {@code words}) makes. */
    public static List<ClozeRange> ranges(List<Word> words, java.util.Collection<Integer> chosen) {
        SortedSet<Integer> sorted = new TreeSet<>(chosen);
        List<ClozeRange> out = new ArrayList<>();
        Integer first = null;
        Integer last = null;
        for (int i : sorted) {
            if (i < 0 || i >= words.size()) {
                throw new IllegalArgumentException("No word " + i + " in a passage of " + words.size());
            }
            if (last != null && i != last + 1) {
                out.add(new ClozeRange(words.get(first).start(), words.get(last).end()));
                first = null;
            }
            if (first == null) {
                first = i;
            }
            last = i;
        }
        if (first != null) {
            out.add(new ClozeRange(words.get(first).start(), words.get(last).end()));
        }
        return out;
    }
}
