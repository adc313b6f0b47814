package app.margin.store;

import app.margin.model.Bookmark;
import app.margin.model.Note;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * How a note or bookmark is written: an insert that, for an id already stored, updates the row only if it belongs
 * to the same article, so {@code article_id} never changes and a repeated id never moves another article's
 * annotation. The import's form also requires the incoming {@code updated} time to be later (timestamps are
 * fixed-width UTC text, so they compare in time order), so an older copy never overwrites a newer one. A statement
 * that changed no row was refused by these conditions.
 */
final class Upserts {

    private static final String SAME_ARTICLE = " WHERE %1$s.article_id = excluded.article_id";
    private static final String NEWER = " AND excluded.updated > %1$s.updated";

    /** Saves a note: same article only. */
    static final String SAVE_NOTE = upsert("notes", Rows.NOTE_COLUMNS, 16, false);
    /** Imports a note: same article, and newer only. */
    static final String IMPORT_NOTE = upsert("notes", Rows.NOTE_COLUMNS, 16, true);
    /** Saves a bookmark: same article only. */
    static final String SAVE_BOOKMARK = upsert("bookmarks", Rows.BOOKMARK_COLUMNS, 13, false);
    /** Imports a bookmark: same article, and newer only. */
    static final String IMPORT_BOOKMARK = upsert("bookmarks", Rows.BOOKMARK_COLUMNS, 13, true);

    private Upserts() {}

    private static String upsert(String table, String columns, int count, boolean newerOnly) {
        StringBuilder set = new StringBuilder();
        for (String column : columns.split(",\\s*")) {
            if (!column.equals("id") && !column.equals("article_id")) {
                set.append(set.isEmpty() ? "" : ", ").append(column).append(" = excluded.").append(column);
            }
        }
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(count - 1) + "?)"
                + " ON CONFLICT (id) DO UPDATE SET " + set
                + String.format(SAME_ARTICLE + (newerOnly ? NEWER : ""), table);
    }

    static void bind(PreparedStatement upsert, Note note) throws SQLException {
        upsert.setString(1, note.id());
        upsert.setString(2, note.articleId());
        upsert.setString(3, note.contentHash());
        upsert.setString(4, note.kind().name());
        Rows.bindAnchor(upsert, 5, note.anchor());
        upsert.setString(12, note.color() == null ? null : note.color().key());
        upsert.setString(13, note.text());
        upsert.setString(14, Rows.tagsJson(note.tags()));
        upsert.setString(15, Sqlite.timestamp(note.created()));
        upsert.setString(16, Sqlite.timestamp(note.updated()));
    }

    static void bind(PreparedStatement upsert, Bookmark bookmark) throws SQLException {
        upsert.setString(1, bookmark.id());
        upsert.setString(2, bookmark.articleId());
        upsert.setString(3, bookmark.contentHash());
        Rows.bindAnchor(upsert, 4, bookmark.anchor());
        upsert.setString(11, bookmark.name());
        upsert.setString(12, Sqlite.timestamp(bookmark.created()));
        upsert.setString(13, Sqlite.timestamp(bookmark.updated()));
    }

    /** Runs a single save; an id of another article's annotation changes no row and is refused. */
    static void saveOne(PreparedStatement upsert, String what, String id) throws SQLException {
        if (upsert.executeUpdate() != 1) {
            throw new SQLException("The " + what + " " + id + " was not saved: that id belongs to another article's "
                    + what + ", and an annotation never moves between articles.");
        }
    }
}
