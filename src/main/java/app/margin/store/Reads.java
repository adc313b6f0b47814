package app.margin.store;

import app.margin.model.ArticleActivity;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The store's queries that read many rows. A row that cannot be read (a bad date, kind or colour written by
 * hand or by a faulty tool) is left out and reported to {@code unreadable}, so one bad row never hides the rest.
 */
final class Reads {

    private Reads() {}

    static List<Note> notes(Connection connection, String articleId, Consumer<Rows.UnreadableRow> unreadable)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + Rows.NOTE_COLUMNS
                + " FROM notes WHERE article_id = ? ORDER BY created, rowid")) {
            select.setString(1, articleId);
            List<Note> notes = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    try {
                        notes.add(Rows.note(rows));
                    } catch (Rows.UnreadableRow bad) {
                        unreadable.accept(bad);
                    }
                }
            }
            return notes;
        }
    }

    static List<Bookmark> bookmarks(Connection connection, String articleId, Consumer<Rows.UnreadableRow> unreadable)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + Rows.BOOKMARK_COLUMNS
                + " FROM bookmarks WHERE article_id = ? ORDER BY created, rowid")) {
            select.setString(1, articleId);
            List<Bookmark> bookmarks = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    try {
                        bookmarks.add(Rows.bookmark(rows));
                    } catch (Rows.UnreadableRow bad) {
                        unreadable.accept(bad);
                    }
                }
            }
            return bookmarks;
        }
    }

    /** Annotation counts, progress and last-read time per article; an unreadable time counts as never read. */
    static Map<String, ArticleActivity> activity(Connection connection) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        for (String table : List.of("notes", "bookmarks")) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT article_id, COUNT(*) FROM " + table + " GROUP BY article_id");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.merge(rows.getString(1), rows.getInt(2), Integer::sum);
                }
            }
        }
        Map<String, ArticleActivity> out = new HashMap<>();
        counts.forEach((id, n) -> out.put(id, new ArticleActivity(id, n, 0, null)));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT article_id, fraction, updated FROM reading_positions");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString(1);
                out.put(id, new ArticleActivity(id, counts.getOrDefault(id, 0), rows.getDouble(2),
                        instantOrNull(rows.getString(3))));
            }
        }
        return out;
    }

    private static Instant instantOrNull(String timestamp) {
        try {
            return timestamp == null ? null : Sqlite.instant(timestamp);
        } catch (RuntimeException e) {
            Faults.warn("A reading position's time cannot be read (" + timestamp + "); it is shown as never read.", e);
            return null;
        }
    }
}
