package app.margin.store;

import app.margin.model.Note;
import app.margin.model.study.Card;
import app.margin.model.study.CardSchedule;
import app.margin.model.study.Grade;
import app.margin.model.study.MemoryState;
import app.margin.model.study.Review;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cards on the connection of a {@link SqliteAnnotationStore}: same file, same lock, same one-transaction-per-change
 * rule. A card is read joined to its annotation, so it shows the note as it is now.
 */
final class SqliteCardStore implements CardStore {

    private static final String COLUMNS = "c.id, c.note_id, c.article_id, c.section_id, c.kind, c.question, c.quote,"
            + " c.note_text, c.hidden, c.stability, c.difficulty, c.last_review, c.due, c.reps, c.lapses, c.created,"
            + " c.updated, c.phase, c.step, c.note_tags, n.id AS live_id, n.section_id AS live_section,"
            + " n.quote_exact AS live_quote, n.text AS live_text, n.tags AS live_tags, n.updated AS live_updated";
    private static final String FROM = " FROM cards c LEFT JOIN notes n ON n.id = c.note_id";

    private final SqliteAnnotationStore store;

    SqliteCardStore(SqliteAnnotationStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<Card> cards(String articleId) throws StoreException {
        return select("Margin could not read the study cards.",
                " WHERE c.article_id = ? ORDER BY c.created, c.rowid", articleId);
    }

    @Override
    public List<Card> dueCards(String articleId, Instant now) throws StoreException {
        return select("Margin could not read which cards are due.",
                " WHERE c.article_id = ? AND c.due <= ? ORDER BY c.due, c.created, c.rowid", articleId,
                Sqlite.timestamp(now));
    }

    @Override
    public Map<String, Integer> dueCounts(Instant now) throws StoreException {
        return store.shared("Margin could not count the cards due.", connection -> {
            Map<String, Integer> counts = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT article_id, COUNT(*) FROM cards WHERE due <= ? GROUP BY article_id")) {
                select.setString(1, Sqlite.timestamp(now));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    @Override
    public List<Card> cardsOfNote(String noteId) throws StoreException {
        return select("Margin could not read the study cards.",
                " WHERE c.note_id = ? ORDER BY c.created, c.rowid", noteId);
    }

    @Override
    public void saveCard(Card card) throws StoreException {
        Objects.requireNonNull(card, "card");
        store.sharedChange("Margin could not save the study card.", connection -> {
            insert(connection, card, false);
            return null;
        });
    }

    @Override
    public void deleteCard(String id) throws StoreException {
        store.sharedChange("Margin could not delete the study card.", connection -> {
            delete(connection, "DELETE FROM card_reviews WHERE card_id = ?", id);
            delete(connection, "DELETE FROM cards WHERE id = ?", id);
            return null;
        });
    }

    @Override
    public List<Card> deleteCardsOfNote(String noteId) throws StoreException {
        List<Card> cards = cardsOfNote(noteId);
        store.sharedChange("Margin could not delete the study cards.", connection -> {
            delete(connection, "DELETE FROM card_reviews WHERE card_id IN (SELECT id FROM cards WHERE note_id = ?)",
                    noteId);
            delete(connection, "DELETE FROM cards WHERE note_id = ?", noteId);
            return null;
        });
        return cards;
    }

    @Override
    public void restoreCards(List<Card> cards, List<Review> history) throws StoreException {
        store.sharedChange("Margin could not put the study cards back.", connection -> {
            for (Card card : cards) {
                insert(connection, card, true);
            }
            for (Review review : history) {
                insertReview(connection, review);
            }
            return null;
        });
    }

    @Override
    public void keepCardsOf(Note note) throws StoreException {
        store.sharedChange("Margin could not keep the study cards.", connection -> {
            // the kept text changes when the annotation last did, so a later export still reads as newer
            try (PreparedStatement update = connection.prepareStatement("UPDATE cards SET section_id = ?,"
                    + " quote = CASE WHEN kind = 'CLOZE' THEN quote ELSE ? END, note_text = ?, note_tags = ?,"
                    + " updated = MAX(updated, ?) WHERE note_id = ?")) {
                update.setString(1, note.anchor().sectionId());
                update.setString(2, note.anchor().quote() == null ? "" : note.anchor().quote().exact());
                update.setString(3, note.text());
                update.setString(4, Rows.tagsJson(note.tags()));
                update.setString(5, Sqlite.timestamp(note.updated()));
                update.setString(6, note.id());
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void recordReview(Card reviewed, Review review) throws StoreException {
        CardSchedule s = reviewed.schedule();
        store.sharedChange("Margin could not save the review.", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE cards SET stability = ?,"
                    + " difficulty = ?, last_review = ?, due = ?, reps = ?, lapses = ?, phase = ?, step = ?"
                    + " WHERE id = ?")) {
                update.setDouble(1, s.memory().stability());
                update.setDouble(2, s.memory().difficulty());
                update.setString(3, Sqlite.timestamp(s.lastReview()));
                update.setString(4, Sqlite.timestamp(s.due()));
                update.setInt(5, s.reps());
                update.setInt(6, s.lapses());
                update.setString(7, s.phase().name());
                update.setInt(8, s.step());
                update.setString(9, reviewed.id());
                if (update.executeUpdate() != 1) {
                    throw new SQLException("No card " + reviewed.id() + " to record a review of");
                }
            }
            insertReview(connection, review);
            return null;
        });
    }

    @Override
    public List<Review> reviews(String cardId) throws StoreException {
        return store.shared("Margin could not read the card's reviews.", connection -> {
            List<Review> out = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT card_id, reviewed, grade,"
                    + " elapsed_days, stability, difficulty, due FROM card_reviews WHERE card_id = ?"
                    + " ORDER BY rowid")) {
                select.setString(1, cardId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.add(new Review(rows.getString(1), Sqlite.instant(rows.getString(2)),
                                Grade.ofRating(rows.getInt(3)), rows.getDouble(4),
                                new MemoryState(rows.getDouble(5), rows.getDouble(6)),
                                Sqlite.instant(rows.getString(7))));
                    }
                }
            }
            return out;
        });
    }

    private List<Card> select(String failure, String where, String... parameters) throws StoreException {
        return store.shared(failure, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + FROM + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setString(i + 1, parameters[i]);
                }
                List<Card> cards = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        cards.add(CardRows.card(rows));
                    }
                }
                return cards;
            }
        });
    }

    /** Inserts, or on an existing id replaces the text only (with {@code whole}, the schedule too). */
    private static void insert(Connection connection, Card card, boolean whole) throws SQLException {
        CardSchedule s = card.schedule();
        String onConflict = " ON CONFLICT (id) DO UPDATE SET section_id = excluded.section_id,"
                + " kind = excluded.kind, question = excluded.question, quote = excluded.quote,"
                + " note_text = excluded.note_text, hidden = excluded.hidden, updated = excluded.updated"
                + (whole ? ", stability = excluded.stability, difficulty = excluded.difficulty,"
                        + " last_review = excluded.last_review, due = excluded.due, reps = excluded.reps,"
                        + " lapses = excluded.lapses, phase = excluded.phase, step = excluded.step,"
                        + " note_tags = excluded.note_tags" : "");
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO cards (id, note_id, article_id,"
                + " section_id, kind, question, quote, note_text, hidden, stability, difficulty, last_review, due,"
                + " reps, lapses, created, updated, phase, step, note_tags)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + onConflict)) {
            upsert.setString(1, card.id());
            upsert.setString(2, card.noteId());
            upsert.setString(3, card.articleId());
            upsert.setString(4, card.sectionId());
            upsert.setString(5, card.kind().name());
            upsert.setString(6, card.question());
            upsert.setString(7, card.quote());
            upsert.setString(8, card.noteText());
            upsert.setString(9, CardRows.hiddenJson(card.hidden()));
            if (s.isNew()) {
                upsert.setNull(10, Types.REAL);
                upsert.setNull(11, Types.REAL);
                upsert.setNull(12, Types.VARCHAR);
            } else {
                upsert.setDouble(10, s.memory().stability());
                upsert.setDouble(11, s.memory().difficulty());
                upsert.setString(12, Sqlite.timestamp(s.lastReview()));
            }
            upsert.setString(13, Sqlite.timestamp(s.due()));
            upsert.setInt(14, s.reps());
            upsert.setInt(15, s.lapses());
            upsert.setString(16, Sqlite.timestamp(card.created()));
            upsert.setString(17, Sqlite.timestamp(card.updated()));
            upsert.setString(18, s.phase().name());
            upsert.setInt(19, s.step());
            upsert.setString(20, Rows.tagsJson(card.noteTags()));
            upsert.executeUpdate();
        }
    }

    private static void insertReview(Connection connection, Review review) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO card_reviews (card_id, reviewed,"
                + " grade, elapsed_days, stability, difficulty, due) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, review.cardId());
            insert.setString(2, Sqlite.timestamp(review.reviewed()));
            insert.setInt(3, review.grade().rating());
            insert.setDouble(4, review.elapsedDays());
            insert.setDouble(5, review.memory().stability());
            insert.setDouble(6, review.memory().difficulty());
            insert.setString(7, Sqlite.timestamp(review.due()));
            insert.executeUpdate();
        }
    }

    private static void delete(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, id);
            delete.executeUpdate();
        }
    }
}
