package app.margin.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens a data folder safely: one Margin per folder, a damaged notes file moved aside (never deleted) and
 * replaced by an empty one, a daily backup, and restoring from a backup. Holds no state of its own.
 */
public final class StoreOpener {

    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");
    private static final DateTimeFormatter ASIDE_STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private StoreOpener() {}

    /**
     * Opens (creating if needed) the store in {@code dataDir}.
     *
     * @throws StoreException if another Margin has the folder open, the folder cannot be used, or the notes
     *                        were written by a newer Margin; nothing is moved or changed in those cases
     */
    public static OpenResult open(Path dataDir, Clock clock) throws StoreException {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("Margin cannot create its data folder " + dataDir + ".", e);
        }
        DataFolderLock lock = DataFolderLock.acquire(dataDir);
        Optional<Damage> damage;
        Optional<Path> movedAside;
        SqliteAnnotationStore store;
        try {
            Path db = dataDir.resolve(SqliteAnnotationStore.FILE_NAME);
            damage = damage(db);
            movedAside = damage.isPresent()
                    ? Optional.of(moveAside(db, "corrupt", clock.instant()))
                    : Optional.empty();
            store = SqliteAnnotationStore.open(dataDir, clock, lock);
        } catch (StoreException | RuntimeException e) {
            lock.close();
            throw e;
        }
        Optional<String> problem = Optional.empty();
        try {
            // A fresh, empty store is not backed up: its backup would push out the good ones.
            if (!store.isEmpty()) {
                Backups.takeDaily(store, dataDir, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            }
        } catch (StoreException e) {
            problem = Optional.of(e.getMessage() + " Your notes are saved, but are not being backed up.");
        }
        if (damage.isPresent()) {
            Damage why = damage.get();
            Path aside = movedAside.get();
            return result(store, movedAside, newestGood -> Optional.of(damagedMessage(why, aside, newestGood)));
        }
        Optional<String> backupProblem = problem;
        return result(store, movedAside, newestGood -> backupProblem);
    }

    /** The open result with the folder's backups; closes the store if they cannot be listed. */
    private static OpenResult result(SqliteAnnotationStore store, Optional<Path> movedAside,
            Function<Optional<Path>, Optional<String>> problem) throws StoreException {
        try {
            List<Path> backups = Backups.list(store.dataDir());
            Optional<Path> newestGood = Backups.newestGood(backups);
            return new OpenResult(store, movedAside, problem.apply(newestGood), backups, newestGood);
        } catch (StoreException | RuntimeException e) {
            try {
                store.close();
            } catch (StoreException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Replaces the database of {@code current} with a copy of {@code backup} and returns the newly opened store.
     * The backup is checked first; if it is damaged, nothing changes and {@code current} stays open. Otherwise
     * {@code current} is closed, its file moved aside (reported in {@link OpenResult#movedAside()}), and the folder
     * stays locked throughout. If the restore then fails, the folder is left unlocked and closed: open it again.
     */
    public static OpenResult restoreBackup(AnnotationStore current, Path backup, Clock clock) throws StoreException {
        if (!(current instanceof SqliteAnnotationStore sqliteStore)) {
            throw new IllegalArgumentException("Only a store opened by StoreOpener can be restored");
        }
        Backups.checkRestorable(backup);
        Path dataDir = sqliteStore.dataDir();
        DataFolderLock lock = sqliteStore.closeKeepingLock();
        if (lock == null) {
            throw new StoreException("Margin's notes file is already closed.");
        }
        Path db = dataDir.resolve(SqliteAnnotationStore.FILE_NAME);
        Optional<Path> movedAside = Optional.empty();
        try {
            movedAside = Files.exists(db)
                    ? Optional.of(moveAside(db, "before-restore", clock.instant()))
                    : Optional.empty();
            Path incoming = dataDir.resolve(SqliteAnnotationStore.FILE_NAME + ".restoring");
            Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
            Backups.force(incoming);
            Files.move(incoming, db, StandardCopyOption.ATOMIC_MOVE);
            SqliteAnnotationStore store = SqliteAnnotationStore.open(dataDir, clock, lock);
            lock = null; // the store owns it now
            return result(store, movedAside, newestGood -> Optional.empty());
        } catch (IOException | StoreException | RuntimeException e) {
            throw new RestoreFailedException("Margin could not restore the backup " + backup.getFileName()
                    + "; it goes on with the notes it had open.", e, putBack(dataDir, db, movedAside, clock, lock));
        }
    }

    /**
     * After a failed restore: the database that was open goes back in place and is opened again under the
     * same lock, so the reader's session goes on where it was. Returns it, or null (and releases the lock)
     * if even that fails.
     */
    private static AnnotationStore putBack(Path dataDir, Path db, Optional<Path> movedAside, Clock clock,
                                           DataFolderLock lock) {
        try {
            try {
                Files.deleteIfExists(dataDir.resolve(SqliteAnnotationStore.FILE_NAME + ".restoring"));
            } catch (IOException e) {
                // A leftover partial copy is harmless: it is replaced on the next restore.
            }
            if (movedAside.isPresent()) {
                if (Files.exists(db)) {
                    moveAside(db, "failed-restore", clock.instant());
                }
                Path aside = movedAside.get();
                Files.move(aside, db, StandardCopyOption.ATOMIC_MOVE);
                for (String suffix : COMPANIONS) {
                    Path companion = aside.resolveSibling(aside.getFileName() + suffix);
                    if (Files.exists(companion)) {
                        Files.move(companion, db.resolveSibling(db.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            }
            return SqliteAnnotationStore.open(dataDir, clock, lock);
        } catch (IOException | StoreException | RuntimeException e) {
            closeIfHeld(lock);
            return null;
        }
    }

    private static void closeIfHeld(DataFolderLock lock) {
        if (lock != null) {
            lock.close();
        }
    }

    /**
     * Why the existing notes file cannot be used, or empty if it is healthy (or absent, or empty).
     */
    private static Optional<Damage> damage(Path db) throws StoreException {
        try {
            if (!Files.exists(db) || Files.size(db) == 0) {
                return Optional.empty();
            }
            if (!Sqlite.hasSqliteHeader(db)) {
                return Optional.of(new Damage("it is not a Margin notes file", ""));
            }
        } catch (IOException e) {
            return Optional.of(new Damage("it cannot be read", e.toString()));
        }
        try (Connection connection = Sqlite.openForChecking(db)) {
            List<String> problems = Sqlite.quickCheck(connection);
            return problems.isEmpty() ? Optional.empty() : Optional.of(new Damage("it is damaged", "SQLite found: " + problems.get(0)));
        } catch (SQLException e) {
            if (e instanceof SQLiteException sqlite && isTransient(sqlite.getResultCode())) {
                throw new StoreException("Margin could not open its notes file " + db + " just now. Try again.", e);
            }
            return Optional.of(new Damage("it is damaged", "SQLite said: " + e.getMessage()));
        }
    }

    private static boolean isTransient(SQLiteErrorCode code) {
        return switch (code.code & 0xff) { // the primary result code
            case 5, 6, 7, 13 -> true; // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_FULL
            default -> false;
        };
    }

    /** Renames the database and its companion files to {@code margin.db.<label>-<UTC time>[-n]}. */
    private static Path moveAside(Path db, String label, Instant now) throws StoreException {
        String base = db.getFileName() + "." + label + "-" + ASIDE_STAMP.format(now);
        Path aside = db.resolveSibling(base);
        for (int n = 2; Files.exists(aside) || companionsExist(aside); n++) {
            aside = db.resolveSibling(base + "-" + n);
        }
        try {
            Files.move(db, aside, StandardCopyOption.ATOMIC_MOVE);
            for (String suffix : COMPANIONS) {
                Path companion = db.resolveSibling(db.getFileName() + suffix);
                if (Files.exists(companion)) {
                    Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix),
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new StoreException("Margin could not move its notes file " + db + " out of the way, so it has "
                    + "not opened it. Check the folder's permissions.", e);
        }
        return aside;
    }

    private static boolean companionsExist(Path aside) {
        return COMPANIONS.stream().anyMatch(s -> Files.exists(aside.resolveSibling(aside.getFileName() + s)));
    }

    /** Why a notes file cannot be used: {@code reason} in plain words ("it is damaged"), and for the curious. */
    private record Damage(String reason, String detail) {}

    private static String damagedMessage(Damage damage, Path movedAside, Optional<Path> newestGood) {
        String message = "Margin could not use your notes file because " + damage.reason() + ". It has been kept, "
                + "untouched, as " + movedAside + ", and Margin has started with an empty one.";
        return message + newestGood
                .map(backup -> " You can restore your notes from the most recent backup, " + backup.getFileName() + ".")
                .orElse(" There is no backup to restore from.")
                + (damage.detail().isEmpty() ? "" : " (" + damage.detail() + ")");
    }
}
