package app.margin.model.study;

/** Characters {@code [start, end)} of a card's passage that the front hides. */
public record ClozeRange(int start, int end) implements Comparable<ClozeRange> {
    public ClozeRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A hidden range has 0 ≤ start < end, not [" + start + ", " + end + ")");
        }
    }

    @Override
    public int compareTo(ClozeRange other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
