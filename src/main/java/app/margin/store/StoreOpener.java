package app.margin.store;

import app.margin.files.AtomicFiles;
import app.margin.store.NotesFile.Damage;
import app.margin.store.OpenSteps.Stage;
import app.margin.store.StoreException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Opens a data folder safely: one Margin per folder, a damaged notes file moved aside (never deleted) and
 * replaced by an empty one, a read-only one opened for reading with a warning, a daily backup, and restoring
 * from a backup. Holds no state of its own. Every problem it reports is also logged.
 */
public final class StoreOpener {

    private StoreOpener() {}

    /**
     * Opens (creating if needed) the store in {@code dataDir}.
     *
     * @throws StoreException if another Margin has the folder open, the folder or file cannot be used (disk
     *                        full, permission denied, missing), or the notes were written by a newer Margin;
     *                        nothing is moved or changed in those cases
     */
    public static OpenResult open(Path dataDir, Clock clock) throws StoreException {
        return open(dataDir, clock, OpenSteps.REAL);
    }

    /**
     * Opens the notes to read them, for a command-line export: as {@link #open} when no Margin has the folder open;
     * when one has, read-only beside it and without its lock. SQLite lets such a reader see every committed note
     * while the window goes on writing, so an export need not wait for the window to close. Nothing is changed,
     * moved aside or backed up then.
     */
    public static OpenResult openToRead(Path dataDir, Clock clock) throws StoreException {
        try {
            return open(dataDir, clock);
        } catch (StoreException e) {
            if (e.kind() != StoreException.Kind.IN_USE) {
                throw e;
            }
            SqliteAnnotationStore store = SqliteAnnotationStore.open(dataDir, clock, null, true);
            return new OpenResult(store, Optional.empty(), Optional.empty(), List.of(), Optional.empty());
        }
    }

    static OpenResult open(Path dataDir, Clock clock, OpenSteps steps) throws StoreException {
        Path db = dataDir.resolve(SqliteAnnotationStore.FILE_NAME);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw Faults.wrap("Margin cannot create its data folder " + dataDir + ".", e, db);
        }
        steps.entering(Stage.LOCK);
        DataFolderLock lock = DataFolderLock.acquire(dataDir);
        Optional<Damage> damage;
        Optional<Path> movedAside = Optional.empty();
        boolean readOnly;
        SqliteAnnotationStore store;
        try {
            steps.entering(Stage.CHECK);
            Backups.removeLeftovers(dataDir);
            readOnly = lock.shared() || !steps.writable(dataDir) || (Files.exists(db) && !steps.writable(db));
            damage = NotesFile.damage(db, steps);
            if (damage.isPresent()) {
                if (readOnly) {
                    throw Faults.report(Kind.DAMAGED, "Margin could not use your notes file because "
                            + damage.get().reason() + ", and cannot set it aside because " + db + " or its folder "
                            + "is read-only. Nothing was changed.", null);
                }
                movedAside = Optional.of(NotesFile.moveAside(db, "corrupt", clock.instant(), steps));
            }
            steps.entering(Stage.MIGRATE);
            store = openStore(dataDir, clock, lock, readOnly, steps, damage, movedAside);
        } catch (StoreException | RuntimeException e) {
            lock.close();
            throw e;
        }
        if (damage.isPresent()) {
            Damage why = damage.get();
            Path aside = movedAside.get();
            OpenResult damaged = result(store, movedAside, Kind.DAMAGED, newestGood -> Optional.of(Faults.logged(
                    NotesFile.damagedMessage(why, aside, newestGood))));
            keepAfterDamage(dataDir, damaged.newestGoodBackup());
            return damaged;
        }
        if (readOnly) {
            String warning = Faults.logged("Your notes file " + db + " or its folder is read-only: Margin shows your "
                    + "notes but cannot save changes. Make them writable and start Margin again.");
            return result(store, movedAside, Kind.READ_ONLY, newestGood -> Optional.of(warning));
        }
        steps.entering(Stage.BACKUP);
        Optional<String> problem = Optional.empty();
        Kind kind = Kind.OTHER;
        try {
            // A fresh, empty store is not backed up: its backup would push out the good ones.
            if (!store.isEmpty()) {
                Backups.takeDaily(store, dataDir, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            }
        } catch (StoreException e) {
            problem = Optional.of(Faults.logged(e.getMessage()
                    + " Your notes are saved, but are not being backed up."));
            kind = e.kind();
        }
        Optional<String> backupProblem = problem;
        return result(store, movedAside, kind, newestGood -> backupProblem);
    }

    /**
     * Opens the store, first creating a missing database complete under another name, so that a kill while
     * creating it never leaves a half-made {@code margin.db}. If a damaged file was just moved aside and this
     * fails, the reader still hears where the damaged file went.
     */
    private static SqliteAnnotationStore openStore(Path dataDir, Clock clock, DataFolderLock lock, boolean readOnly,
            OpenSteps steps, Optional<Damage> damage, Optional<Path> movedAside) throws StoreException {
        try {
            if (!readOnly) {
                createIfMissing(dataDir);
            } else if (!Files.exists(dataDir.resolve(SqliteAnnotationStore.FILE_NAME))) {
                throw Faults.report(Kind.READ_ONLY, "Margin cannot create its notes file in " + dataDir
                        + ": the folder is read-only.", null);
            }
            return steps.openStore(dataDir, clock, lock, readOnly);
        } catch (StoreException e) {
            if (movedAside.isEmpty()) {
                throw e;
            }
            throw Faults.report(e.kind(), "Margin could not use your notes file because " + damage.orElseThrow()
                    .reason() + ". It has been kept, untouched, as " + movedAside.get() + ". Margin could not "
                    + "start a new one: " + e.getMessage(), e);
        }
    }

    /** The backup offered after damage stays until the reader restores or dismisses; failing that is only logged. */
    private static void keepAfterDamage(Path dataDir, Optional<Path> offered) {
        try {
            if (offered.isPresent()) {
                Backups.keepAfterDamage(dataDir, offered.get());
            }
        } catch (StoreException e) {
            // logged by Faults; the rotation then treats it as it did before
        }
    }

    private static void createIfMissing(Path dataDir) throws StoreException {
        Path db = dataDir.resolve(SqliteAnnotationStore.FILE_NAME);
        if (Files.exists(db)) {
            return;
        }
        Path creating = dataDir.resolve(Backups.CREATING);
        try {
            Backups.deleteWithCompanions(creating);
            try (Connection connection = Sqlite.openForWriting(creating)) {
                Migrations.migrate(connection);
            }
            AtomicFiles.install(creating, db);
        } catch (IOException | SQLException e) {
            throw Faults.wrap("Margin could not create its notes file " + db + ".", e, db);
        }
    }

    /** The open result with the folder's backups; closes the store if they cannot be listed. */
    static OpenResult result(SqliteAnnotationStore store, Optional<Path> movedAside, Kind kind,
            java.util.function.Function<Optional<Path>, Optional<String>> problem) throws StoreException {
        try {
            List<Path> backups = Backups.list(store.dataDir());
            Optional<Path> newestGood = Backups.newestGood(backups);
            Optional<String> message = problem.apply(newestGood);
            return new OpenResult(store, movedAside, message, backups, newestGood, message.map(m -> kind));
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
     * The reader dismissed the message about a damaged notes file: the backup kept since then (the newest from
     * before the damage) is no longer held back from the rotation.
     */
    public static void releaseBackupKeptAfterDamage(Path dataDir) throws StoreException {
        Backups.releaseKeptAfterDamage(dataDir);
    }

    /**
     * Replaces the database of {@code current} with a copy of {@code backup} and returns the newly opened store.
     * The backup is checked first; if it is damaged, nothing changes and {@code current} stays open. Otherwise
     * {@code current} is closed, its file moved aside (reported in {@link OpenResult#movedAside()}), and the folder
     * stays locked throughout. If the restore then fails, the folder is left unlocked and closed: open it again.
     */
    public static OpenResult restoreBackup(AnnotationStore current, Path backup, Clock clock) throws StoreException {
        return Restore.restore(current, backup, clock);
    }
}
