package app.margin.ui.reader;

/** A temporary mark drawn over the text, such as a find hit: a range of one block and a style class. */
public record TextMark(int blockIndex, int start, int end, String styleClass) {

    /** Marks looked up block by block, so that a million find hits need no million objects up front. */
    public interface Source {
        Source NONE = block -> java.util.List.of();

        /** The marks in one block, in order; empty if none. */
        java.util.List<TextMark> in(int blockIndex);
    }
}
