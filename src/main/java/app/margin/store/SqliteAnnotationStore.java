package app.margin.store;

import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.model.ReadingPosition;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The annotation store in one SQLite file, {@code margin.db}, in WAL mode with a full sync on every commit.
 * One connection, used by one thread at a time; every change is its own committed transaction. Open it with
 * {@link StoreOpener}, which also checks the file, keeps backups and holds the single-instance lock.
 */
public final class SqliteAnnotationStore implements AnnotationStore {

    static final String FILE_NAME = "margin.db";

    private final Path dataDir;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Connection connection;
    private DataFolderLock folderLock;
    private boolean closed;

    private SqliteAnnotationStore(Path dataDir, Clock clock, Connection connection, DataFolderLock folderLock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.connection = connection;
        this.folderLock = folderLock;
    }

    /** Opens (creating if needed) and migrates {@code margin.db} in a folder whose lock the caller holds. */
    static SqliteAnnotationStore open(Path dataDir, Clock clock, DataFolderLock folderLock) throws StoreException {
        Connection connection;
        try {
            connection = Sqlite.openForChecking(dataDir.resolve(FILE_NAME));
        } catch (SQLException e) {
            throw new StoreException("Margin could not open its notes file in " + dataDir + ".", e);
        }
        try {
            Migrations.refuseNewer(connection); // before WAL mode rewrites the header of a newer Margin's file
            Sqlite.useForWriting(connection);
            Migrations.migrate(connection);
        } catch (SQLException | StoreException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof StoreException storeException) {
                throw storeException;
            }
            throw new StoreException("Margin could not prepare its notes file in " + dataDir + ".", e);
        }
        return new SqliteAnnotationStore(dataDir, clock, connection, folderLock);
    }

    /** The data folder this store lives in. */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public List<Bookmark> bookmarks(String articleId) throws StoreException {
        return locked("Margin could not read the bookmarks.", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + Rows.BOOKMARK_COLUMNS
                    + " FROM bookmarks WHERE article_id = ? ORDER BY created, rowid")) {
                select.setString(1, articleId);
                List<Bookmark> bookmarks = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        bookmarks.add(Rows.bookmark(rows));
                    }
                }
                return bookmarks;
            }
        });
    }

    @Override
    public void saveBookmark(Bookmark bookmark) throws StoreException {
        Objects.requireNonNull(bookmark, "bookmark");
        inTransaction("Margin could not save the bookmark.", () -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO bookmarks ("
                    + Rows.BOOKMARK_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET " + Rows.updateAll(Rows.BOOKMARK_COLUMNS))) {
                upsert.setString(1, bookmark.id());
                upsert.setString(2, bookmark.articleId());
                upsert.setString(3, bookmark.contentHash());
                Rows.bindAnchor(upsert, 4, bookmark.anchor());
                upsert.setString(11, bookmark.name());
                upsert.setString(12, Sqlite.timestamp(bookmark.created()));
                upsert.setString(13, Sqlite.timestamp(bookmark.updated()));
                upsert.executeUpdate();
            }
        });
    }

    @Override
    public void deleteBookmark(String id) throws StoreException {
        deleteById("bookmarks", id, "Margin could not delete the bookmark.");
    }

    @Override
    public List<Note> notes(String articleId) throws StoreException {
        return locked("Margin could not read the notes.", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + Rows.NOTE_COLUMNS
                    + " FROM notes WHERE article_id = ? ORDER BY created, rowid")) {
                select.setString(1, articleId);
                List<Note> notes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        notes.add(Rows.note(rows));
                    }
                }
                return notes;
            }
        });
    }

    @Override
    public void saveNote(Note note) throws StoreException {
        Objects.requireNonNull(note, "note");
        String tags = Rows.tagsJson(note.tags());
        inTransaction("Margin could not save the note.", () -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO notes (" + Rows.NOTE_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET " + Rows.updateAll(Rows.NOTE_COLUMNS))) {
                upsert.setString(1, note.id());
                upsert.setString(2, note.articleId());
                upsert.setString(3, note.contentHash());
                upsert.setString(4, note.kind().name());
                Rows.bindAnchor(upsert, 5, note.anchor());
                upsert.setString(12, note.color() == null ? null : note.color().key());
                upsert.setString(13, note.text());
                upsert.setString(14, tags);
                upsert.setString(15, Sqlite.timestamp(note.created()));
                upsert.setString(16, Sqlite.timestamp(note.updated()));
                upsert.executeUpdate();
            }
        });
    }

    @Override
    public void deleteNote(String id) throws StoreException {
        deleteById("notes", id, "Margin could not delete the note.");
    }

    @Override
    public Optional<ReadingPosition> readingPosition(String articleId) throws StoreException {
        return locked("Margin could not read where you were in the article.", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT section_id, paragraph_index, fraction"
                    + " FROM reading_positions WHERE article_id = ?")) {
                select.setString(1, articleId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new ReadingPosition(articleId, rows.getString(1), rows.getInt(2),
                                    rows.getDouble(3)))
                            : Optional.<ReadingPosition>empty();
                }
            }
        });
    }

    @Override
    public void saveReadingPosition(ReadingPosition position) throws StoreException {
        Objects.requireNonNull(position, "position");
        inTransaction("Margin could not save where you were in the article.", () -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO reading_positions"
                    + " (article_id, section_id, paragraph_index, fraction, updated) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (article_id) DO UPDATE SET section_id = excluded.section_id,"
                    + " paragraph_index = excluded.paragraph_index, fraction = excluded.fraction,"
                    + " updated = excluded.updated")) {
                upsert.setString(1, position.articleId());
                upsert.setString(2, position.sectionId());
                upsert.setInt(3, position.paragraphIndex());
                upsert.setDouble(4, position.fraction());
                upsert.setString(5, Sqlite.timestamp(clock.instant()));
                upsert.executeUpdate();
            }
        });
    }

    @Override
    public java.util.Map<String, app.margin.model.ArticleActivity> activity() throws StoreException {
        return locked("Margin could not read your library's reading progress.", () -> {
            java.util.Map<String, Integer> counts = new java.util.HashMap<>();
            for (String table : List.of("notes", "bookmarks")) {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT article_id, COUNT(*) FROM " + table + " GROUP BY article_id");
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.merge(rows.getString(1), rows.getInt(2), Integer::sum);
                    }
                }
            }
            java.util.Map<String, app.margin.model.ArticleActivity> out = new java.util.HashMap<>();
            counts.forEach((id, n) -> out.put(id, new app.margin.model.ArticleActivity(id, n, 0, null)));
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT article_id, fraction, updated FROM reading_positions");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    out.put(id, new app.margin.model.ArticleActivity(id, counts.getOrDefault(id, 0),
                            rows.getDouble(2), Sqlite.instant(rows.getString(3))));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<String> setting(String key) throws StoreException {
        return locked("Margin could not read its settings.", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void saveSetting(String key, String value) throws StoreException {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        inTransaction("Margin could not save its settings.", () -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO settings (key, value)"
                    + " VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, key);
                upsert.setString(2, value);
                upsert.executeUpdate();
            }
        });
    }

    /** Whether the reader has stored anything at all; an empty store is not worth a backup. */
    boolean isEmpty() throws StoreException {
        return locked("Margin could not read its notes file.", () -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT NOT (EXISTS (SELECT 1 FROM notes)"
                    + " OR EXISTS (SELECT 1 FROM bookmarks) OR EXISTS (SELECT 1 FROM reading_positions)"
                    + " OR EXISTS (SELECT 1 FROM settings))");
                    ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        });
    }

    /** Writes a consistent, compacted copy of the database to {@code target}, which must not exist yet. */
    void copyTo(Path target) throws StoreException {
        locked("Margin could not write a backup to " + target + ".", () -> {
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, target.toAbsolutePath().toString());
                vacuum.execute();
            }
            return null;
        });
    }

    @Override
    public void close() throws StoreException {
        DataFolderLock toRelease = closeConnection();
        if (toRelease != null) {
            toRelease.close();
        }
    }

    /**
     * Closes the database but keeps the folder locked, handing the lock to the caller (to restore a backup
     * without another Margin slipping in). Returns {@code null} if the store was already closed.
     */
    DataFolderLock closeKeepingLock() throws StoreException {
        return closeConnection();
    }

    private DataFolderLock closeConnection() throws StoreException {
        lock.lock();
        try {
            if (closed) {
                return null;
            }
            closed = true;
            DataFolderLock held = folderLock;
            folderLock = null;
            try {
                connection.close();
            } catch (SQLException e) {
                if (held != null) {
                    held.close();
                }
                throw new StoreException("Margin could not close its notes file cleanly.", e);
            }
            return held;
        } finally {
            lock.unlock();
        }
    }

    /** Work on this store's connection by another store sharing the file (cards); see {@link SqliteCardStore}. */
    interface OnConnection<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} on the connection, under the same lock as every other use of it. */
    <T> T shared(String failure, OnConnection<T> work) throws StoreException {
        return locked(failure, () -> work.run(connection));
    }

    /** Runs {@code work} on the connection in a transaction committed before this returns. */
    void sharedChange(String failure, OnConnection<?> work) throws StoreException {
        inTransaction(failure, () -> work.run(connection));
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private interface SqlChange {
        void run() throws SQLException;
    }

    private <T> T locked(String failure, SqlWork<T> work) throws StoreException {
        lock.lock();
        try {
            if (closed) {
                throw new StoreException("Margin's notes file is already closed.");
            }
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(failure, e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs the change in a transaction that is committed (and synced) before this returns. */
    private void inTransaction(String failure, SqlChange change) throws StoreException {
        locked(failure, () -> {
            connection.setAutoCommit(false);
            try {
                change.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return null;
        });
    }

    private void deleteById(String table, String id, String failure) throws StoreException {
        inTransaction(failure, () -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        });
    }
}
