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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

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
    private final Rows.LeftOut unreadable = new Rows.LeftOut();

    private SqliteAnnotationStore(Path dataDir, Clock clock, Connection connection, DataFolderLock folderLock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.connection = connection;
        this.folderLock = folderLock;
    }

    /** Opens (creating if needed) and migrates {@code margin.db} in a folder whose lock the caller holds. */
    static SqliteAnnotationStore open(Path dataDir, Clock clock, DataFolderLock folderLock) throws StoreException {
        return open(dataDir, clock, folderLock, false);
    }

    /**
     * Opens {@code margin.db} in a folder whose lock the caller holds: for writing (creating and migrating it if
     * needed), or, when the file or folder cannot be written, read-only, so the reader still sees the notes
     * and every save fails with {@link StoreException.Kind#READ_ONLY}.
     */
    static SqliteAnnotationStore open(Path dataDir, Clock clock, DataFolderLock folderLock, boolean readOnly)
            throws StoreException {
        Connection connection = Sqlite.prepare(dataDir.resolve(FILE_NAME), readOnly);
        return new SqliteAnnotationStore(dataDir, clock, connection, folderLock);
    }

    /** A store over a connection the caller has opened and migrated, without a folder lock: for fault tests. */
    static SqliteAnnotationStore over(Path dataDir, Clock clock, Connection connection) {
        return new SqliteAnnotationStore(dataDir, clock, connection, null);
    }

    /** The data folder this store lives in. */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public List<Bookmark> bookmarks(String articleId) throws StoreException {
        return locked("Margin could not read the bookmarks.",
                () -> Reads.bookmarks(connection, articleId, unreadable));
    }

    @Override
    public void saveBookmark(Bookmark bookmark) throws StoreException {
        saveOne("bookmark", bookmark, Bookmark::id, Upserts.SAVE_BOOKMARK, Upserts::bind);
    }

    @Override
    public void deleteBookmark(String id) throws StoreException {
        deleteById("bookmarks", id, "Margin could not delete the bookmark.");
    }

    @Override
    public List<Note> notes(String articleId) throws StoreException {
        return locked("Margin could not read the notes.", () -> Reads.notes(connection, articleId, unreadable));
    }

    @Override
    public void saveNote(Note note) throws StoreException {
        saveOne("note", note, Note::id, Upserts.SAVE_NOTE, Upserts::bind);
    }

    @Override
    public void deleteNote(String id) throws StoreException {
        deleteById("notes", id, "Margin could not delete the note.");
    }

    @Override
    public ImportOutcome importAnnotations(String articleId, List<Note> notes, List<Bookmark> bookmarks)
            throws StoreException {
        Objects.requireNonNull(articleId, "articleId");
        List<Note> noteList = List.copyOf(notes);
        List<Bookmark> bookmarkList = List.copyOf(bookmarks);
        AnnotationImport.check(articleId, noteList, bookmarkList);
        ImportOutcome[] outcome = new ImportOutcome[1];
        inTransaction("Margin could not save the imported notes.",
                () -> outcome[0] = AnnotationImport.run(connection, articleId, noteList, bookmarkList));
        return outcome[0];
    }

    @Override
    public List<ImportOutcome> importAnnotations(List<ArticleImport> imports) throws StoreException {
        List<ArticleImport> all = List.copyOf(imports);
        for (ArticleImport one : all) {
            AnnotationImport.check(one.articleId(), one.notes(), one.bookmarks());
        }
        List<ImportOutcome> outcomes = new java.util.ArrayList<>();
        inTransaction("Margin could not save the imported notes.", () -> {
            outcomes.clear();
            for (ArticleImport one : all) {
                outcomes.add(AnnotationImport.run(connection, one.articleId(), one.notes(), one.bookmarks()));
            }
        });
        return outcomes;
    }

    @Override
    public Optional<ReadingPosition> readingPosition(String articleId) throws StoreException {
        return locked("Margin could not read where you were in the article.",
                () -> PlaceAndSettings.readingPosition(connection, articleId));
    }

    @Override
    public void saveReadingPosition(ReadingPosition position) throws StoreException {
        Objects.requireNonNull(position, "position");
        inTransaction("Margin could not save where you were in the article.",
                () -> PlaceAndSettings.saveReadingPosition(connection, position, clock.instant()));
    }

    @Override
    public java.util.Map<String, app.margin.model.ArticleActivity> activity() throws StoreException {
        return locked("Margin could not read your library's reading progress.", () -> Reads.activity(connection));
    }

    @Override
    public List<LeftOutRow> unreadableRows() {
        return unreadable.rows();
    }

    @Override
    public Optional<String> setting(String key) throws StoreException {
        return locked("Margin could not read its settings.", () -> PlaceAndSettings.setting(connection, key));
    }

    @Override
    public void saveSetting(String key, String value) throws StoreException {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        inTransaction("Margin could not save its settings.", () -> PlaceAndSettings.saveSetting(connection, key, value));
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

    /** The clock this store stamps its rows with. */
    Clock clock() {
        return clock;
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
        } catch (SQLException | RuntimeException e) {
            throw Faults.wrap(failure, e, dataDir.resolve(FILE_NAME));
        } finally {
            lock.unlock();
        }
    }

    /** Runs the change in a transaction committed (and synced) before this returns; see {@link Transactions}. */
    private void inTransaction(String failure, SqlChange change) throws StoreException {
        locked(failure, () -> {
            Transactions.commit(connection, change::run);
            return null;
        });
    }

    /** How a row of a kind is bound to its upsert statement. */
    private interface Binder<T> {
        void bind(PreparedStatement upsert, T row) throws SQLException;
    }

    /** Saves one note or bookmark ({@code kind}) in its own transaction. */
    private <T> void saveOne(String kind, T row, Function<T, String> id, String sql, Binder<T> binder)
            throws StoreException {
        Objects.requireNonNull(row, kind);
        inTransaction("Margin could not save the " + kind + ".", () -> {
            try (PreparedStatement upsert = connection.prepareStatement(sql)) {
                binder.bind(upsert, row);
                Upserts.saveOne(upsert, kind, id.apply(row));
            }
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
