package app.margin.store;

import app.margin.model.Note;
import app.margin.model.study.Card;
import app.margin.model.study.Review;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Review cards and their histories, in the same notes file as the annotations they are made from. A card read
 * from here shows its annotation as it is now (its note edited, its highlight re-anchored); a card whose
 * annotation was deleted keeps the passage and note it last had.
 *
 * <p>As {@link AnnotationStore}: changes are committed durably before a method returns, methods block (call them
 * off the FX thread), and instants are stored in UTC, so due counts are the same in any time zone.
 */
public interface CardStore {

    /** The cards of an article, oldest first. */
    List<Card> cards(String articleId) throws StoreException;

    /** The cards of an article due at {@code now}, longest overdue first. */
    List<Card> dueCards(String articleId, Instant now) throws StoreException;

    /** How many cards each article has due at {@code now}; articles with none due are left out. */
    Map<String, Integer> dueCounts(Instant now) throws StoreException;

    /** The cards made from one annotation. */
    List<Card> cardsOfNote(String noteId) throws StoreException;

    /** Inserts the card, or replaces its text (not its schedule or history) if it exists. */
    void saveCard(Card card) throws StoreException;

    /** Deletes the card and its review history. */
    void deleteCard(String id) throws StoreException;

    /** Deletes the cards of an annotation with their histories; returns them as they were, for undo. */
    List<Card> deleteCardsOfNote(String noteId) throws StoreException;

    /** Puts a card and its history back as {@link #deleteCardsOfNote} returned them (undo). */
    void restoreCards(List<Card> cards, List<Review> history) throws StoreException;

    /**
     * Copies the annotation's passage and note into its cards, so that they read whole when it is deleted and
     * the reader keeps them.
     */
    void keepCardsOf(Note note) throws StoreException;

    /** Records a review: the card's new schedule and the history entry, in one transaction. */
    void recordReview(Card reviewed, Review review) throws StoreException;

    /** The card's reviews, oldest first. */
    List<Review> reviews(String cardId) throws StoreException;

    /** The cards kept in the same file as {@code store}, on its connection. */
    static CardStore of(AnnotationStore store) {
        if (store instanceof SqliteAnnotationStore sqlite) {
            return new SqliteCardStore(sqlite);
        }
        throw new IllegalArgumentException("Cards are kept only in a store opened by StoreOpener");
    }
}
