package app.margin.store;

import app.margin.model.ReadingPosition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The SQL of the small rows beside the notes: where the reader was in each article, and Margin's settings. The
 * caller ({@link SqliteAnnotationStore}) holds the connection's lock and the transaction.
 */
final class PlaceAndSettings {

    private PlaceAndSettings() {}

    static Optional<ReadingPosition> readingPosition(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT section_id, paragraph_index, line_offset, fraction"
                + " FROM reading_positions WHERE article_id = ?")) {
            select.setString(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(new ReadingPosition(articleId, rows.getString(1), rows.getInt(2),
                                rows.getInt(3), rows.getDouble(4)))
                        : Optional.empty();
            }
        }
    }

    static void saveReadingPosition(Connection connection, ReadingPosition position, Instant now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO reading_positions"
                + " (article_id, section_id, paragraph_index, line_offset, fraction, updated) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (article_id) DO UPDATE SET section_id = excluded.section_id,"
                + " paragraph_index = excluded.paragraph_index, line_offset = excluded.line_offset,"
                + " fraction = excluded.fraction,"
                + " updated = excluded.updated")) {
            upsert.setString(1, position.articleId());
            upsert.setString(2, position.sectionId());
            upsert.setInt(3, position.paragraphIndex());
            upsert.setInt(4, position.offset());
            upsert.setDouble(5, position.fraction());
            upsert.setString(6, Sqlite.timestamp(now));
            upsert.executeUpdate();
        }
    }

    static Optional<String> setting(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    static void saveSetting(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO settings (key, value)"
                + " VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }
}
