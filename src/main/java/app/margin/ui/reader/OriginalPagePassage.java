package app.margin.ui.reader;

import app.margin.model.ArticleLayout;
import app.margin.model.WordRule;

/**
 * Where the reader was when the original page was asked for: the label of its block's page and the words to look for
 * on it, so the window opens at them. The selection when one shows in the pane, else the caret when it shows, else
 * the line at the top of the pane; made long enough ({@link #MIN_LETTERS}) that its words are not found by chance
 * elsewhere on the page, and short enough ({@link #MAX_CHARS}) that a long selection marks its beginning only.
 *
 * @param label the page label of the passage's block, as {@link ArticleLayout#pageAt} gives it
 * @param quote the words of the passage, as the reflowed text has them ({@code ""}: nothing to look for)
 */
public record OriginalPagePassage(String label, String quote) {
    /** The fewest letters and digits a passage has when its block has them: a short line's words could be anywhere. */
    static final int MIN_LETTERS = 30;
    /** The most characters of a selection looked for: its beginning is where the eye goes. */
    static final int MAX_CHARS = 240;

    public OriginalPagePassage {
        quote = quote == null ? "" : quote;
    }

    /** A place in the reading pane: a block and a range of its characters (the caret: an empty one). */
    public record Place(int block, int start, int end) {}

    /**
     * The passage the reader is at.
     *
     * @param top       the line at the top of the pane (the block being read's first line when only the last lines of
     *                  the block above it show)
     * @param selection the selection, within its first block, when it shows in the pane; else {@code null}
     * @param caret     the caret, when it shows in the pane and nothing is selected; else {@code null}
     */
    public static OriginalPagePassage of(ArticleLayout layout, Place top, Place selection, Place caret) {
        Place at = selection != null && selection.end() > selection.start() ? selection
                : caret != null ? caret : top;
        int block = Math.max(0, Math.min(at.block(), layout.blocks().size() - 1));
        String text = layout.blocks().get(block).text();
        int start = Math.max(0, Math.min(at.start(), text.length()));
        int end = Math.max(start, Math.min(at.end(), text.length()));
        if (at == caret) {
            start = WordRule.boundaryAtOrBefore(text, start); // from the word the caret is in
        }
        if (end - start > MAX_CHARS) {
            end = WordRule.boundaryAtOrBefore(text, start + MAX_CHARS);
            end = end > start ? end : start + MAX_CHARS;
        }
        // Too few letters: on to the words after it in the block, then back to those before it.
        end = reach(text, start, end, 1);
        start = reach(text, end, start, -1);
        return new OriginalPagePassage(layout.pageAt(block), text.substring(start, end).strip());
    }

    /** Moves {@code edge} away from {@code fixed} ({@code step} a character) to a word's edge, to letters enough. */
    private static int reach(String text, int fixed, int edge, int step) {
        int letters = letters(text, Math.min(fixed, edge), Math.max(fixed, edge));
        if (letters >= MIN_LETTERS) {
            return edge;
        }
        while (letters < MIN_LETTERS && (step > 0 ? edge < text.length() : edge > 0)) {
            char c = text.charAt(step > 0 ? edge : edge - 1);
            if (Character.isLetterOrDigit(c)) {
                letters++;
            }
            edge += step;
        }
        return step > 0 ? WordRule.boundaryAtOrAfter(text, edge) : WordRule.boundaryAtOrBefore(text, edge);
    }

    private static int letters(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
