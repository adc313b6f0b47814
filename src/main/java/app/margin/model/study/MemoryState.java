package app.margin.model.study;

/**
 * What FSRS knows of the reader's memory of a card.
 *
 * @param stability  days until the chance of recall falls to 90%
 * @param difficulty how hard the card is, 1 (easy) to 10 (hard)
 */
public record MemoryState(double stability, double difficulty) {
    public MemoryState {
        if (!(stability > 0) || !Double.isFinite(stability)) {
            throw new IllegalArgumentException("Stability must be a positive number of days, not " + stability);
        }
        if (!(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException("Difficulty must be between 1 and 10, not " + difficulty);
        }
    }
}
