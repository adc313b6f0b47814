package app.margin.model.study;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a card stands in its reviews. All instants are UTC; a card is due when {@link #due()} is not after now.
 *
 * @param memory     FSRS's memory state, or {@code null} for a card never reviewed
 * @param lastReview when it was last reviewed, or {@code null} for a new card
 * @param due        when it should be reviewed next (a new card: when it was made)
 * @param reps       how many reviews it has had
 * @param lapses     how many times a card already learnt was forgotten (graded Again in review)
 * @param phase      new, learning, review or relearning, as Anki's card types
 * @param step       in learning or relearning, the index of the step the card is on; 0 otherwise
 */
public record CardSchedule(MemoryState memory, Instant lastReview, Instant due, int reps, int lapses, Phase phase,
                           int step) {

    /** Anki's card types: a card is learnt in steps of minutes, then reviewed in days, relearnt after a lapse. */
    public enum Phase { NEW, LEARNING, REVIEW, RELEARNING }

    public CardSchedule {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(phase, "phase");
        if ((memory == null) != (lastReview == null)) {
            throw new IllegalArgumentException("A reviewed card has both a memory state and a last review");
        }
        if ((memory == null) != (phase == Phase.NEW)) {
            throw new IllegalArgumentException("A card is new exactly when it has never been reviewed");
        }
        if (step < 0 || (step > 0 && phase != Phase.LEARNING && phase != Phase.RELEARNING)) {
            throw new IllegalArgumentException("Only a card in (re)learning is on a step, not step " + step
                    + " of a " + phase + " card");
        }
    }

    /** A schedule without learning steps: new if never reviewed, else in review. */
    public CardSchedule(MemoryState memory, Instant lastReview, Instant due, int reps, int lapses) {
        this(memory, lastReview, due, reps, lapses, memory == null ? Phase.NEW : Phase.REVIEW, 0);
    }

    /** A card never reviewed, due at once. */
    public static CardSchedule fresh(Instant created) {
        return new CardSchedule(null, null, created, 0, 0, Phase.NEW, 0);
    }

    public boolean isNew() {
        return phase == Phase.NEW;
    }

    /** In learning or relearning: due again within minutes, on one of its steps. */
    public boolean isLearning() {
        return phase == Phase.LEARNING || phase == Phase.RELEARNING;
    }

    public boolean isDueAt(Instant now) {
        return !due.isAfter(now);
    }
}
