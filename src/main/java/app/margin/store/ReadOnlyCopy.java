package app.margin.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private copy of a notes file and its write-ahead log, for reading a database whose folder cannot be written
 * while a log left by a crash still holds saved notes: SQLite can replay the log only where it may write. The copy
 * lives in a temporary folder that the JVM removes when it exits; the original is never touched.
 */
final class ReadOnlyCopy {

    private ReadOnlyCopy() {}

    /** Copies {@code db} and {@code wal} into a new temporary folder; returns the copy of {@code db}. */
    static Path of(Path db, Path wal) throws IOException {
        Path folder = Files.createTempDirectory("margin-read-only-");
        Path copy = folder.resolve(db.getFileName());
        Path walCopy = folder.resolve(wal.getFileName());
        Path shmCopy = folder.resolve(db.getFileName() + "-shm");
        // Deleted in the reverse order of registration: the files first, then their folder.
        folder.toFile().deleteOnExit();
        copy.toFile().deleteOnExit();
        walCopy.toFile().deleteOnExit();
        shmCopy.toFile().deleteOnExit();
        Files.copy(db, copy);
        Files.copy(wal, walCopy);
        return copy;
    }
}
