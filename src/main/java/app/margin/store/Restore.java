package app.margin.store;

import app.margin.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Restoring a backup in place of the open notes file, and putting the old file back if that fails. */
final class Restore {

    private Restore() {}

    /** See {@link StoreOpener#restoreBackup}. */
    static OpenResult restore(AnnotationStore current, Path backup, Clock clock) throws StoreException {
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
                    ? Optional.of(NotesFile.moveAside(db, "before-restore", clock.instant(), OpenSteps.REAL))
                    : Optional.empty();
            AtomicFiles.copy(backup, db, dataDir.resolve(Backups.RESTORING));
            SqliteAnnotationStore store = SqliteAnnotationStore.open(dataDir, clock, lock);
            lock = null; // the store owns it now
            releaseKeptBackup(dataDir);
            return StoreOpener.result(store, movedAside, StoreException.Kind.OTHER, newestGood -> Optional.empty());
        } catch (IOException | StoreException | RuntimeException e) {
            String message = "Margin could not restore the backup " + backup.getFileName()
                    + "; it goes on with the notes it had open.";
            Faults.warn(message, e);
            throw new RestoreFailedException(message, e, putBack(dataDir, db, movedAside, clock, lock));
        }
    }

    /** A backup restored: the one kept since a damaged file was set aside rotates as any other again. */
    private static void releaseKeptBackup(Path dataDir) {
        try {
            Backups.releaseKeptAfterDamage(dataDir);
        } catch (StoreException e) {
            // logged by Faults; at worst one old backup stays a while longer
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
                Files.deleteIfExists(dataDir.resolve(Backups.RESTORING));
            } catch (IOException e) {
                // A leftover partial copy is harmless: it is removed at the next open.
            }
            if (movedAside.isPresent()) {
                if (Files.exists(db)) {
                    NotesFile.moveAside(db, "failed-restore", clock.instant(), OpenSteps.REAL);
                }
                Path aside = movedAside.get();
                AtomicFiles.rename(aside, db);
                for (String suffix : NotesFile.COMPANIONS) {
                    Path companion = aside.resolveSibling(aside.getFileName() + suffix);
                    if (Files.exists(companion)) {
                        AtomicFiles.rename(companion, db.resolveSibling(db.getFileName() + suffix));
                    }
                }
            }
            return SqliteAnnotationStore.open(dataDir, clock, lock);
        } catch (IOException | StoreException | RuntimeException e) {
            Faults.warn("Margin could not put its notes file back after a failed restore.", e);
            if (lock != null) {
                lock.close();
            }
            return null;
        }
    }
}
