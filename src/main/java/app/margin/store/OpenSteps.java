package app.margin.store;

import app.margin.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The steps of opening a data folder that touch the disk, one seam so that tests can inject the faults a
 * real disk has (full, unreadable, read-only) and watch the stages a kill can land in. {@link #REAL} is the
 * only implementation outside tests.
 */
interface OpenSteps {

    OpenSteps REAL = new OpenSteps() {};

    /** The stages of opening, in order. */
    enum Stage { LOCK, CHECK, MIGRATE, BACKUP }

    /** Called as each stage begins. */
    default void entering(Stage stage) {}

    default boolean hasSqliteHeader(Path db) throws IOException {
        return Sqlite.hasSqliteHeader(db);
    }

    /** The problems SQLite's {@code quick_check} finds in the file; empty when it is healthy. */
    default List<String> quickCheck(Path db) throws SQLException {
        // In a folder that cannot be written, SQLite could neither replay a log nor make its -shm file.
        Path folder = db.toAbsolutePath().getParent();
        boolean readOnly = folder != null && !Files.isWritable(folder);
        try (Connection connection = readOnly ? Sqlite.openReadOnly(db) : Sqlite.openForChecking(db)) {
            return Sqlite.quickCheck(connection);
        }
    }

    /** Whether Margin may write the file or folder. */
    default boolean writable(Path file) {
        return Files.isWritable(file);
    }

    /** Renames a file in the data folder. */
    default void move(Path from, Path to) throws IOException {
        AtomicFiles.rename(from, to);
    }

    default SqliteAnnotationStore openStore(Path dataDir, Clock clock, DataFolderLock lock, boolean readOnly)
            throws StoreException {
        return SqliteAnnotationStore.open(dataDir, clock, lock, readOnly);
    }
}
