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
    private final String text;
    /** For each char of {@link #text}: its block, and the range of that block's text it stands for. */
    private final int[] block;
    private final int[] from;
    private final int[] to;
    /** The first char of each paragraph in {@link #text}, in order, and the paragraph's block. */
    private final int[] paragraphStart;
    private final int[] paragraphBlock;

    ArticleText(ArticleLayout layout) {
        this.layout = layout;
        StringBuilder out = new StringBuilder();
        IntList blocks = new IntList();
        IntList froms = new IntList();
        IntList tos = new IntList();
        IntList starts = new IntList();
        IntList startBlocks = new IntList();
        List<Block> all = layout.blocks();
        for (int b = 0; b < all.size(); b++) {
            if (!all.get(b).isParagraph()) {
                continue;
            }
            starts.add(out.length());
            startBlocks.add(b);
            Normalized n = normalize(all.get(b).text());
            out.append(n.text).append(SEPARATOR);
            for (int i = 0; i < n.text.length(); i++) {
                blocks.add(b);
                froms.add(n.from[i]);
                tos.add(n.to[i]);
            }
            blocks.add(-1);
            froms.add(-1);
            tos.add(-1);
        }
        this.text = out.toString();
        this.block = blocks.toArray();
        this.from = froms.toArray();
        this.to = tos.toArray();
        this.paragraphStart = starts.toArray();
        this.paragraphBlock = startBlocks.toArray();
    }

    ArticleLayout layout() {
        return layout;
    }

    /** Every place the words stand, whole within one paragraph; at most {@code limit}. */
    List<Placement> find(String words, int limit) {
        List<Placement> out = new ArrayList<>();
        String needle = normalize(words).text;
        if (needle.isEmpty()) {
            return out;
        }
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
        Placement found = null;
        int count = 0;
        for (int at = text.indexOf(head); at >= 0 && count < 2; at = text.indexOf(head, at + 1)) {
            int p = paragraphOf(at);
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

    private int paragraphOf(int at) {
        int i = Arrays.binarySearch(paragraphStart, at);
        return i >= 0 ? i : -i - 2;
    }

    private Placement placement(int start, int end) {
        return new Placement(block[start], from[start], to[end - 1]);
    }

    /** Text with the differences named in the class comment taken out, and where each char came from. */
    record Normalized(String text, int[] from, int[] to) {}

    static Normalized normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        IntList from = new IntList();
        IntList to = new IntList();
        boolean space = true; // no leading space
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String mapped = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> "'";
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
                out.append(m);
                from.add(i);
                to.add(i + 1);
            }
        }
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == ' ') {
            out.setLength(n - 1);
        }
        return new Normalized(out.toString(), from.toArray(), to.toArray());
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
