package app.margin.ui.shell;

import app.margin.model.ArticleLayout;

/**
 * Where a line of an article's beginning is in the whole article that takes its place. A book's first chapters are
 * the start of the whole, block for block; a PDF's first pages need not be: their layout is worked out from those
 * pages alone (a running head seen on one page only stays, the body's type size is counted on fewer lines), so a
 * block may sit a few places off in the whole. The block with the same text nearest the old place is taken.
 *
 * @param block  the block in the whole
 * @param offset the line's offset in it: the old one where the block is the same text, else its start
 */
record SameLine(int block, int offset) {
    /** How far from its old place a block is looked for. */
    static final int REACH = 64;

    /**
     * The line of {@code after} that is the line at {@code offset} of block {@code block} of {@code before}: the same
     * index, from its start, when no block near it has the same text.
     */
    static SameLine in(ArticleLayout before, int block, int offset, ArticleLayout after) {
        int last = after.blocks().size() - 1;
        if (block < 0 || last < 0) {
            return new SameLine(Math.max(0, Math.min(block, last)), 0);
        }
        if (block < before.blocks().size()) {
            String text = before.blocks().get(block).text();
            for (int d = 0; d <= REACH; d++) {
                if (block + d <= last && after.blocks().get(block + d).text().equals(text)) {
                    return new SameLine(block + d, offset);
                }
                if (d > 0 && block - d >= 0 && block - d <= last
                        && after.blocks().get(block - d).text().equals(text)) {
                    return new SameLine(block - d, offset);
                }
            }
        }
        return new SameLine(Math.min(block, last), 0);
    }
}
