package app.margin.exchange.readers;

import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.Placement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An article's paragraphs as one searchable text, with the differences another reader's copy of the words may have
 * taken out: curly and straight quotes, dashes, ligatures, soft hyphens, runs of spaces and case. A position found
 * in it maps back to a block and a range of that block's own text, so the note is anchored to the article's words.
 */
final class ArticleText {

    private static final char SEPARATOR = '\u0000';

    private final ArticleLayout layout;
    /** The paragraphs as they are, separated, and where each starts; exact words are looked for here first. */
    private final String raw;
    private final int[] rawStart;
    /** The paragraphs without the differences, made when words are not found as they are. */
    private String text;
    /** The first char of each paragraph in {@link #text}, in order. */
    private int[] paragraphStart;
    private final int[] paragraphBlock;

    ArticleText(ArticleLayout layout) {
        this.layout = layout;
        List<Block> all = layout.blocks();
        StringBuilder out = new StringBuilder();
        int[] starts = new int[all.size()];
        int[] blocks = new int[all.size()];
        int n = 0;
        for (int b = 0; b < all.size(); b++) {
            if (all.get(b).isParagraph()) {
                starts[n] = out.length();
                blocks[n++] = b;
                out.append(all.get(b).text()).append(SEPARATOR);
            }
        }
        this.raw = out.toString();
        this.rawStart = Arrays.copyOf(starts, n);
        this.paragraphBlock = Arrays.copyOf(blocks, n);
    }

    /** The normalized text, made once when first needed. */
    private String normalized() {
        if (text == null) {
            StringBuilder out = new StringBuilder(raw.length());
            paragraphStart = new int[paragraphBlock.length];
            for (int p = 0; p < paragraphBlock.length; p++) {
                paragraphStart[p] = out.length();
                normalize(layout.blocks().get(paragraphBlock[p]).text(), out, null, null);
                out.append(SEPARATOR);
            }
            text = out.toString();
        }
        return text;
    }

    ArticleLayout layout() {
        return layout;
    }

    /** Every place the words stand, whole within one paragraph; at most {@code limit}. */
    List<Placement> find(String words, int limit) {
        List<Placement> out = new ArrayList<>();
        int first = words.isEmpty() ? -1 : raw.indexOf(words);
        if (first >= 0 && raw.indexOf(words, first + 1) < 0) { // the words as they are, once: no need to look further
            int p = paragraphOf(rawStart, first);
            out.add(new Placement(paragraphBlock[p], first - rawStart[p], first - rawStart[p] + words.length()));
            return out;
        }
        String needle = normalize(words).text;
        if (needle.isEmpty()) {
            return out;
        }
        String text = normalized();
        for (int at = text.indexOf(needle); at >= 0 && out.size() < limit; at = text.indexOf(needle, at + 1)) {
            out.add(placement(at, at + needle.length()));
        }
        return out;
    }

    /**
     * For words not found whole (an edition changed a few of them): the one paragraph where their beginning and
     * their end both stand once, in order, about as far apart as the words are long. Null when there is not
     * exactly one such place.
     */
    Placement findByEnds(String words) {
        String needle = normalize(words).text;
        int w = 24;
        if (needle.length() < 3 * w) {
            return null;
        }
        String head = needle.substring(0, w);
        String tail = needle.substring(needle.length() - w);
        String text = normalized();
        Placement found = null;
        int count = 0;
        for (int at = text.indexOf(head); at >= 0 && count < 2; at = text.indexOf(head, at + 1)) {
            int p = paragraphOf(paragraphStart, at);
            int end = p + 1 < paragraphStart.length ? paragraphStart[p + 1] - 1 : text.length() - 1;
            int limit = Math.min(end, at + needle.length() + needle.length() / 5);
            int tailAt = text.indexOf(tail, at + w);
            if (tailAt >= 0 && tailAt + w <= limit && tailAt + w - at >= needle.length() * 4 / 5) {
                found = placement(at, tailAt + w);
                count++;
            }
        }
        return count == 1 ? found : null;
    }

    private static int paragraphOf(int[] starts, int at) {
        int i = Arrays.binarySearch(starts, at);
        return i >= 0 ? i : -i - 2;
    }

    /** The block and the range of its own text that {@code text[start, end)} stands for. */
    private Placement placement(int start, int end) {
        int p = paragraphOf(paragraphStart, start);
        int block = paragraphBlock[p];
        Normalized n = normalize(layout.blocks().get(block).text());
        int offset = paragraphStart[p];
        return new Placement(block, n.from[start - offset], n.to[end - 1 - offset]);
    }

    /** Text with the differences named in the class comment taken out, and where each char came from. */
    record Normalized(String text, int[] from, int[] to) {}

    static Normalized normalize(String s) {
        IntList from = new IntList();
        IntList to = new IntList();
        StringBuilder out = new StringBuilder(s.length());
        normalize(s, out, from, to);
        return new Normalized(out.toString(), from.toArray(), to.toArray());
    }

    /**
     * Appends {@code s} without the differences named in the class comment to {@code out}; when {@code from} is not
     * null, also where each appended char came from ({@code from} and {@code to} in {@code s}).
     */
    private static void normalize(String s, StringBuilder out, IntList from, IntList to) {
        boolean space = true; // no leading space
        int begin = out.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 && c > ' ') { // the common case: plain ASCII, not a space
                append(out, from, to, c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '`' ? '\'' : c, i);
                space = false;
                continue;
            }
            String mapped = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4' -> "'";
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> "\"";
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> "";
                case '\uFB00' -> "ff";
                case '\uFB01' -> "fi";
                case '\uFB02' -> "fl";
                case '\uFB03' -> "ffi";
                case '\uFB04' -> "ffl";
                case '\u2026' -> "...";
                default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? " "
                        : String.valueOf(Character.toLowerCase(c));
            };
            for (int k = 0; k < mapped.length(); k++) {
                char m = mapped.charAt(k);
                if (m == ' ') {
                    if (space) {
                        continue;
                    }
                    space = true;
                } else {
                    space = false;
                }
                append(out, from, to, m, i);
            }
        }
        if (out.length() > begin && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static void append(StringBuilder out, IntList from, IntList to, char c, int at) {
        out.append(c);
        if (from != null) {
            from.add(at);
            to.add(at + 1);
        }
    }

    /** A growing list of ints without boxing. */
    private static final class IntList {
        private int[] values = new int[256];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
