package app.margin.model;

/** Where an anchor sits in a laid-out article: a block and a character range within it. */
public record Placement(int blockIndex, int start, int end) {
    public boolean contains(int block, int offset) {
        return block == blockIndex && offset >= start && offset < end;
    }
}
