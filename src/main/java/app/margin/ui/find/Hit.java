package app.margin.ui.find;

/**
 * One match of a find: characters {@code start} (inclusive) to {@code end} (exclusive) of the text of block
 * {@code blockIndex}, the reading pane's paragraph index; or, with {@code inPicture}, of the words drawn inside
 * that block's picture ({@link app.margin.model.Picture#text()}: a PDF table's cells), which the page shows only
 * in the picture.
 */
public record Hit(int blockIndex, int start, int end, boolean inPicture) {

    public Hit {
        if (blockIndex < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad hit: block " + blockIndex + ", " + start + ".." + end);
        }
    }

    /** A match in a block's text. */
    public Hit(int blockIndex, int start, int end) {
        this(blockIndex, start, end, false);
    }

    /** Whether this hit lies at or after character {@code offset} of block {@code block}. */
    public boolean isAtOrAfter(int block, int offset) {
        return blockIndex > block || (blockIndex == block && start >= offset);
    }
}
