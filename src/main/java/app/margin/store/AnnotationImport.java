package app.margin.store;

import app.margin.model.Bookmark;
import app.margin.model.Note;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The body of {@link AnnotationStore#importAnnotations}, run inside the caller's transaction: a chunk at a time,
 * reads the stored rows with the incoming ids (whatever their article), decides per annotation, and writes the
 * changes as batches of the import upsert, which enforces the same rules again in SQL.
 */
final class AnnotationImport {

    /** Ids per lookup ({@code IN (...)}, well under SQLite's limit on parameters) and about rows per batch. */
    private static final int CHUNK = 500;

    private final Connection connection;
    private final String articleId;
    private int added;
    private int updated;
    private int unchanged;
    private int skippedOlder;
    private int otherArticle;

    private AnnotationImport(Connection connection, String articleId) {
        this.connection = connection;
        this.articleId = articleId;
    }

    /** Checks what the store can take before any transaction starts. */
    static void check(String articleId, List<Note> notes, List<Bookmark> bookmarks) {
        for (Note note : notes) {
            check(articleId, note.articleId(), "note", note.id(), note.created(), note.updated());
        }
        for (Bookmark bookmark : bookmarks) {
            check(articleId, bookmark.articleId(), "bookmark", bookmark.id(), bookmark.created(), bookmark.updated());
        }
    }

    private static void check(String articleId, String owner, String what, String id, Instant... times) {
        if (!owner.equals(articleId)) {
            throw new IllegalArgumentException(what + " " + id + " belongs to " + owner + ", not to " + articleId);
        }
        for (Instant time : times) {
            int year = time.atOffset(ZoneOffset.UTC).getYear();
            if (year < 0 || year > 9999) {
                // Stored times compare as fixed-width text, which holds for years 0000 to 9999 only.
                throw new IllegalArgumentException(what + " " + id + " has a time outside years 0 to 9999: " + time);
            }
        }
    }

    static ImportOutcome run(Connection connection, String articleId, List<Note> notes, List<Bookmark> bookmarks)
            throws SQLException {
        AnnotationImport run = new AnnotationImport(connection, articleId);
        run.merge("notes", Rows.NOTE_COLUMNS, Upserts.IMPORT_NOTE, notes, Note::id, Note::articleId, Note::updated,
                Rows::note, Upserts::bind);
        run.merge("bookmarks", Rows.BOOKMARK_COLUMNS, Upserts.IMPORT_BOOKMARK, bookmarks, Bookmark::id,
                Bookmark::articleId, Bookmark::updated, Rows::bookmark, Upserts::bind);
        return new ImportOutcome(run.added, run.updated, run.unchanged, run.skippedOlder, run.otherArticle);
    }

    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException, Rows.UnreadableRow;
    }

    /** Ids whose stored row cannot be read: an import leaves them as they are rather than guess whose they are. */
    private final java.util.Set<String> unreadable = new java.util.HashSet<>();

    private interface Binder<T> {
        void bind(PreparedStatement statement, T value) throws SQLException;
    }

    /**
     * Goes through the incoming annotations a chunk at a time, so that only a chunk's stored rows are in memory
     * beside the incoming ones, and writes what changes in batches.
     */
    private <T> void merge(String table, String columns, String upsertSql, List<T> incoming, Function<T, String> id,
            Function<T, String> owner, Function<T, Instant> updatedAt, RowReader<T> reader, Binder<T> binder)
            throws SQLException {
        Map<String, T> written = new HashMap<>(); // an id repeated in the list compares with what this import wrote
        try (PreparedStatement upsert = connection.prepareStatement(upsertSql)) {
            int pending = 0;
            for (int from = 0; from < incoming.size(); from += CHUNK) {
                List<T> chunk = incoming.subList(from, Math.min(incoming.size(), from + CHUNK));
                Map<String, T> stored = stored(table, columns, chunk, id, reader);
                for (T candidate : chunk) {
                    if (unreadable.contains(id.apply(candidate))) {
                        skippedOlder++;
                        continue;
                    }
                    T existing = written.getOrDefault(id.apply(candidate), stored.get(id.apply(candidate)));
                    if (!takes(candidate, existing, owner, updatedAt)) {
                        continue;
                    }
                    written.put(id.apply(candidate), candidate);
                    binder.bind(upsert, candidate);
                    upsert.addBatch();
                    pending++;
                }
                if (pending >= CHUNK) {
                    execute(upsert, table);
                    pending = 0;
                }
            }
            if (pending > 0) {
                execute(upsert, table);
            }
        }
    }

    /** Whether the import takes {@code candidate} over {@code existing}; counts the decision. */
    private <T> boolean takes(T candidate, T existing, Function<T, String> owner, Function<T, Instant> updatedAt) {
        if (existing == null) {
            added++;
            return true;
        }
        if (!owner.apply(existing).equals(articleId)) {
            otherArticle++;
        } else if (existing.equals(candidate)) {
            unchanged++;
        } else if (updatedAt.apply(candidate).isAfter(updatedAt.apply(existing))) {
            updated++;
            return true;
        } else {
            skippedOlder++;
        }
        return false;
    }

    /** Every batched row must have changed: the SQL refusing one means the decision above was wrong. */
    private static void execute(PreparedStatement upsert, String table) throws SQLException {
        for (int count : upsert.executeBatch()) {
            if (count != 1) {
                throw new SQLException("An imported row of " + table + " was refused by the store's own rules"
                        + " (another article's id, or not newer); nothing was imported.");
            }
        }
    }

    /** The stored rows with the ids of {@code chunk}, of any article. */
    private <T> Map<String, T> stored(String table, String columns, List<T> chunk, Function<T, String> id,
            RowReader<T> reader) throws SQLException {
        Map<String, T> byId = new HashMap<>();
        String sql = "SELECT " + columns + " FROM " + table + " WHERE id IN (" + "?, ".repeat(chunk.size() - 1) + "?)";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < chunk.size(); i++) {
                select.setString(i + 1, id.apply(chunk.get(i)));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    try {
                        T row = reader.read(rows);
                        byId.put(id.apply(row), row);
                    } catch (Rows.UnreadableRow e) {
                        unreadable.add(rows.getString("id"));
                    }
                }
            }
        }
        return byId;
    }
}
