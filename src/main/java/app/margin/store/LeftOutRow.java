package app.margin.store;

/**
 * A stored note or bookmark that could not be read (a bad date, kind, colour, tags or anchor) and was left out of
 * what the store returned; the row itself is kept as it is.
 *
 * @param bookmark whether it is a bookmark's row (else a note's)
 * @param id       the row's id
 * @param message  one sentence for the reader and the log, naming the row and why
 */
public record LeftOutRow(boolean bookmark, String id, String message) {
}
