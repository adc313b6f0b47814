package app.margin.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * Writes an Anki collection file ({@code collection.anki2}) in Anki's legacy schema 11, the one every Anki since
 * 2.1 imports from an {@code .apkg} (Anki upgrades it on import). The tables and columns are Anki's; what goes in
 * them (note types, decks, fields, guids) is {@code exchange.AnkiPackage}'s business. Only new cards are written:
 * no review history (revlog) and no deletions (graves), both left empty.
 */
public final class AnkiCollectionFile {

    /** The collection's one row: times, and the note types, decks and deck options as Anki's JSON. */
    public record Collection(long createdSeconds, long modifiedMillis, String conf, String models, String decks,
                             String dconf) {
        public Collection {
            Objects.requireNonNull(conf, "conf");
            Objects.requireNonNull(models, "models");
            Objects.requireNonNull(decks, "decks");
            Objects.requireNonNull(dconf, "dconf");
        }
    }

    /** A note: {@code tags} space-separated with a space either side, {@code fields} joined by U+001F. */
    public record AnkiNote(long id, String guid, long modelId, long modifiedSeconds, String tags, String fields,
                           String sortField, long checksum) {}

    /** A new card of a note: ord is the template's (basic) or the cloze number less one (cloze). */
    public record AnkiCard(long id, long noteId, long deckId, int ord, long modifiedSeconds, long due) {}

    private static final String SCHEMA = """
            CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
                scm integer not null, ver integer not null, dty integer not null, usn integer not null,
                ls integer not null, conf text not null, models text not null, decks text not null,
                dconf text not null, tags text not null);
            CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
                mod integer not null, usn integer not null, tags text not null, flds text not null,
                sfld integer not null, csum integer not null, flags integer not null, data text not null);
            CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
                ord integer not null, mod integer not null, usn integer not null, type integer not null,
                queue integer not null, due integer not null, ivl integer not null, factor integer not null,
                reps integer not null, lapses integer not null, left integer not null, odue integer not null,
                odid integer not null, flags integer not null, data text not null);
            CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
                ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
                time integer not null, type integer not null);
            CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
            CREATE INDEX ix_notes_usn on notes (usn);
            CREATE INDEX ix_cards_usn on cards (usn);
            CREATE INDEX ix_revlog_usn on revlog (usn);
            CREATE INDEX ix_cards_nid on cards (nid);
            CREATE INDEX ix_cards_sched on cards (did, queue, due);
            CREATE INDEX ix_revlog_cid on revlog (cid);
            CREATE INDEX ix_notes_csum on notes (csum);
            """;

    private AnkiCollectionFile() {}

    /** Writes a new collection file at {@code file}, which must not exist yet. */
    public static void write(Path file, Collection col, List<AnkiNote> notes, List<AnkiCard> cards)
            throws StoreException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : SCHEMA.split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
                p.setLong(1, col.createdSeconds());
                p.setLong(2, col.modifiedMillis());
                p.setLong(3, col.modifiedMillis()); // scm: the schema's time
                p.setString(4, col.conf());
                p.setString(5, col.models());
                p.setString(6, col.decks());
                p.setString(7, col.dconf());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')")) {
                for (AnkiNote n : notes) {
                    p.setLong(1, n.id());
                    p.setString(2, n.guid());
                    p.setLong(3, n.modelId());
                    p.setLong(4, n.modifiedSeconds());
                    p.setString(5, n.tags());
                    p.setString(6, n.fields());
                    p.setString(7, n.sortField());
                    p.setLong(8, n.checksum());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
                for (AnkiCard card : cards) {
                    p.setLong(1, card.id());
                    p.setLong(2, card.noteId());
                    p.setLong(3, card.deckId());
                    p.setInt(4, card.ord());
                    p.setLong(5, card.modifiedSeconds());
                    p.setLong(6, card.due());
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Margin could not write the Anki collection: " + e.getMessage(), e);
        }
    }
}
