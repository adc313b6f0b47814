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
 * @param lapses     how many times a card already learnt was forgotten (graded Again)
 */
public record CardSchedule(MemoryState memory, Instant lastReview, Instant due, int reps, int lapses) {
    public CardSchedule {
        Objects.requireNonNull(due, "due");
        if ((memory == null) != (lastReview == null)) {
            throw new IllegalArgumentException("A reviewed card has both a memory state and a last review");
        }
    }

    /** A card never reviewed, due at once. */
    public static CardSchedule fresh(Instant created) {
        return new CardSchedule(null, null, created, 0, 0);
    }

    public boolean isNew() {
        return memory == null;
    }

    public boolean isDueAt(Instant now) {
        return !due.isAfter(now);
    }
}
