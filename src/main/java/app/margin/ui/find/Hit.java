package app.margin.ui.find;

/**
 * One match of a find: characters {@code start} (inclusive) to {@code end} (exclusive) of the text of block
 * {@code blockIndex}, the reading pane's paragraph index.
 */
public record Hit(int blockIndex, int start, int end) {

    public Hit {
        if (blockIndex < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad hit: block " + blockIndex + ", " + start + ".." + end);
        }
    }

    /** Whether this hit lies at or after character {@code offset} of block {@code block}. */
    public boolean isAtOrAfter(int block, int offset) {
        return blockIndex > block || (blockIndex == block && start >= offset);
    }
}
