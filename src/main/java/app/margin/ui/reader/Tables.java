package app.margin.ui.reader;

import app.margin.model.Block;
import app.margin.model.ParagraphForm;
import java.util.List;

/**
 * A table's rows are paragraphs whose cells are split by tabs; the rows of one table share a tab size from their
 * widest cell, so the columns line up. A cell wider than the tab wraps its row; a wide table wraps rather than
 * scrolling sideways (not yet a grid: see docs/rich-page.md).
 */
final class Tables {
    /** Tab stops, in spaces: the room of the widest cell, and no more than this. */
    static final int MAX_TAB = 48;
    static final int MIN_TAB = 8;

    private Tables() {}

    /** The tab size of the table whose rows include block {@code index}: from the widest cell of all its rows. */
    static int tabSize(List<Block> blocks, int index) {
        int start = index;
        while (start > 0 && tabular(blocks.get(start - 1))) {
            start--;
        }
        int widest = 0;
        for (int i = start; i < blocks.size() && tabular(blocks.get(i)); i++) {
            String text = blocks.get(i).text();
            int cell = 0;
            for (int c = 0; c < text.length(); c++) {
                if (text.charAt(c) == ParagraphForm.CELL) {
                    widest = Math.max(widest, cell);
                    cell = 0;
                } else {
                    cell++;
                }
            }
            widest = Math.max(widest, cell);
        }
        // A proportional face's letters are about twice a space's width.
        return Math.max(MIN_TAB, Math.min(MAX_TAB, widest * 2 + 3));
    }

    private static boolean tabular(Block b) {
        return b.kind() == Block.Kind.PARAGRAPH && b.form().role().tabular();
    }
}
