package app.margin.model.study;

import java.time.Instant;
import java.util.Objects;

/**
 * One review of a card, as its history keeps it.
 *
 * @param cardId      the card
 * @param reviewed    when (UTC), as the clock said then
 * @param grade       how the reader graded their recall
 * @param elapsedDays days since the review before, 0 for the first (never negative)
 * @param memory      FSRS's memory state after the review
 * @param due         when the review made the card due next
 */
public record Review(String cardId, Instant reviewed, Grade grade, double elapsedDays, MemoryState memory,
                     Instant due) {
    public Review {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(due, "due");
    }
}
