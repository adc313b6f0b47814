package app.margin.ui.shell;

import app.margin.model.ArticleLayout;

/**
 * Where a line of an article's beginning is in the whole article that takes its place. A book's first chapters are
 * the start of the whole, block for block; a PDF's first pages need not be: their layout is worked out from those
 * pages alone (a running head seen on one page only stays, the body's type size is counted on fewer lines), so a
 * block may sit a few places off in the whole. The block with the same text nearest the old place is taken.
 */
final class SameLine {
    /** How far from its old place a block is looked for. */
    static final int REACH = 64;

    private SameLine() {
    }

    /** The block of {@code after} that is block {@code block} of {@code before}: the same index when in doubt. */
    static int block(ArticleLayout before, int block, ArticleLayout after) {
        int last = after.blocks().size() - 1;
        if (block < 0 || last < 0) {
            return Math.max(0, Math.min(block, last));
        }
        if (block >= before.blocks().size()) {
            return Math.min(block, last);
        }
        String text = before.blocks().get(block).text();
        for (int d = 0; d <= REACH; d++) {
            if (block + d <= last && after.blocks().get(block + d).text().equals(text)) {
                return block + d;
            }
            if (d > 0 && block - d >= 0 && block - d <= last && after.blocks().get(block - d).text().equals(text)) {
                return block - d;
            }
        }
        return Math.min(block, last);
    }

    /** The offset in the whole's block {@code same}: the old one where it is the same text, else its start. */
    static int offset(ArticleLayout before, int block, ArticleLayout after, int same, int offset) {
        boolean sameText = block >= 0 && block < before.blocks().size() && same >= 0 && same < after.blocks().size()
                && before.blocks().get(block).text().equals(after.blocks().get(same).text());
        return sameText ? offset : 0;
    }
}
