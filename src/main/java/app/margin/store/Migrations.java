package app.margin.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The numbered schema changes, applied in order. The database's {@code PRAGMA user_version} is the number of
 * the last one applied; each step and its version bump commit together, so a crash leaves either the old
 * schema or the new one. Never edit a released step: add a new one at the end.
 */
final class Migrations {

    private static final String ANCHOR_COLUMNS = """
                section_id      TEXT    NOT NULL,
                quote_exact     TEXT,
                quote_prefix    TEXT,
                quote_suffix    TEXT,
                paragraph_index INTEGER NOT NULL,
                start_offset    INTEGER NOT NULL,
                end_offset      INTEGER NOT NULL,
            """;

    /** Step {@code i} takes the schema from version {@code i} to {@code i + 1}. */
    private static final List<List<String>> STEPS = List.of(
            List.of(
                    "CREATE TABLE notes (\n"
                            + "    id           TEXT PRIMARY KEY NOT NULL,\n"
                            + "    article_id   TEXT NOT NULL,\n"
                            + "    content_hash TEXT,\n"
                            + "    kind         TEXT NOT NULL,\n"
                            + ANCHOR_COLUMNS
                            + "    color        TEXT,\n"
                            + "    text         TEXT NOT NULL,\n"
                            + "    tags         TEXT NOT NULL DEFAULT '[]',\n"
                            + "    created      TEXT NOT NULL,\n"
                            + "    updated      TEXT NOT NULL\n"
                            + ")",
                    "CREATE INDEX notes_by_article ON notes (article_id, created)",
                    "CREATE TABLE bookmarks (\n"
                            + "    id           TEXT PRIMARY KEY NOT NULL,\n"
                            + "    article_id   TEXT NOT NULL,\n"
                            + "    content_hash TEXT,\n"
                            + ANCHOR_COLUMNS
                            + "    name         TEXT NOT NULL,\n"
                            + "    created      TEXT NOT NULL,\n"
                            + "    updated      TEXT NOT NULL\n"
                            + ")",
                    "CREATE INDEX bookmarks_by_article ON bookmarks (article_id, created)",
                    """
                    CREATE TABLE reading_positions (
                        article_id      TEXT PRIMARY KEY NOT NULL,
                        section_id      TEXT NOT NULL,
                        paragraph_index INTEGER NOT NULL,
                        fraction        REAL NOT NULL,
                        updated         TEXT NOT NULL
                    )""",
                    "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
            // 2: review cards made from annotations, and each card's review history (issue 13). No foreign key
            // to notes: a card may outlive its highlight, and finds it again by id when a deletion is undone.
            List.of(
                    """
                    CREATE TABLE cards (
                        id          TEXT PRIMARY KEY NOT NULL,
                        note_id     TEXT NOT NULL,
                        article_id  TEXT NOT NULL,
                        section_id  TEXT NOT NULL,
                        kind        TEXT NOT NULL,
                        question    TEXT NOT NULL,
                        quote       TEXT NOT NULL,
                        note_text   TEXT NOT NULL,
                        hidden      TEXT NOT NULL DEFAULT '[]',
                        stability   REAL,
                        difficulty  REAL,
                        last_review TEXT,
                        due         TEXT NOT NULL,
                        reps        INTEGER NOT NULL DEFAULT 0,
                        lapses      INTEGER NOT NULL DEFAULT 0,
                        created     TEXT NOT NULL,
                        updated     TEXT NOT NULL
                    )""",
                    "CREATE INDEX cards_by_note ON cards (note_id)",
                    "CREATE INDEX cards_due ON cards (article_id, due)",
                    """
                    CREATE TABLE card_reviews (
                        card_id      TEXT NOT NULL,
                        reviewed     TEXT NOT NULL,
                        grade        INTEGER NOT NULL,
                        elapsed_days REAL NOT NULL,
                        stability    REAL NOT NULL,
                        difficulty   REAL NOT NULL,
                        due          TEXT NOT NULL
                    )""",
                    "CREATE INDEX card_reviews_by_card ON card_reviews (card_id, reviewed)"),
            // 3: the reading position names the line at the top of the pane, not just its paragraph (issue 12).
            // Rows saved before keep offset 0, the paragraph's first line, which is where they used to open.
            List.of("ALTER TABLE reading_positions ADD COLUMN line_offset INTEGER NOT NULL DEFAULT 0"),
            // 4: library search (issue 13); see SearchSchema. Self-contained: its own tables and triggers.
            SearchSchema.STEP,
            // 5: study as Anki does it (issue 24): a card's phase (NEW, LEARNING, REVIEW, RELEARNING) and the
            // learning step it is on, and the tags of its annotation, kept for a card that outlives it. Cards
            // reviewed before had no steps: they are in review; cards never reviewed are new.
            List.of("ALTER TABLE cards ADD COLUMN phase TEXT NOT NULL DEFAULT 'REVIEW'",
                    "UPDATE cards SET phase = 'NEW' WHERE last_review IS NULL OR stability IS NULL",
                    "ALTER TABLE cards ADD COLUMN step INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE cards ADD COLUMN note_tags TEXT NOT NULL DEFAULT '[]'"));

    /** The schema version this build writes. */
    static final int LATEST = STEPS.size();

    private Migrations() {}

    /**
     * Brings the schema up to {@link #LATEST}.
     *
     * @return how many steps were applied (0 when it was already current)
     * @throws StoreException if the database was written by a newer Margin
     */
    static int migrate(Connection connection) throws SQLException, StoreException {
        int version = refuseNewer(connection);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (int step = version; step < LATEST; step++) {
                try {
                    for (String sql : STEPS.get(step)) {
                        statement.execute(sql);
                    }
                    statement.execute("PRAGMA user_version = " + (step + 1));
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return LATEST - version;
    }

    /**
     * Checks, without changing anything, that this Margin understands the schema.
     *
     * @return the schema version
     * @throws StoreException if the database was written by a newer Margin
     */
    static int refuseNewer(Connection connection) throws SQLException, StoreException {
        int version = version(connection);
        if (version > LATEST) {
            throw new StoreException("These notes were saved by a newer version of Margin (data format " + version
                    + "; this version understands up to " + LATEST + "). Update Margin to open them.");
        }
        return version;
    }

    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
