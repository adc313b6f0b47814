package app.margin.store;

import app.margin.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rolling daily backups in {@code backups/}: {@code margin-YYYY-MM-DD.db} (UTC date), at most one a day,
 * the newest {@link #KEEP} kept, and the newest good one beyond them until a newer good one exists. Only
 * files with exactly that name pattern are ever rotated out; the partial files Margin itself writes (a backup
 * or a new or restored notes file being written) are removed when a kill left them behind.
 */
final class Backups {

    static final String FOLDER = "backups";
    static final int KEEP = 5;
    /** Names the backup kept out of the rotation since a damaged notes file was set aside. */
    static final String KEPT_AFTER_DAMAGE = "kept-after-damage";

    /** Where a new notes file is made before it is renamed to {@code margin.db}. */
    static final String CREATING = SqliteAnnotationStore.FILE_NAME + ".creating";
    /** Where a backup being restored is copied before it is renamed to {@code margin.db}. */
    static final String RESTORING = SqliteAnnotationStore.FILE_NAME + ".restoring";

    private static final Pattern NAME = Pattern.compile("margin-\\d{4}-\\d{2}-\\d{2}\\.db");
    private static final Pattern PARTIAL =
            Pattern.compile("margin-\\d{4}-\\d{2}-\\d{2}\\.db\\.partial(-journal|-wal|-shm)?");
    private static final Pattern PARTIAL_NOTES = Pattern.compile(
            Pattern.quote(SqliteAnnotationStore.FILE_NAME) + "\\.(creating|restoring)(-journal|-wal|-shm)?");

    private Backups() {}

    static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    static Path fileFor(Path dataDir, LocalDate day) {
        return folder(dataDir).resolve("margin-" + day + ".db");
    }

    /**
     * Takes today's backup unless there already is one, then drops all but the newest {@link #KEEP}.
     *
     * @return whether a new backup was written
     */
    static boolean takeDaily(SqliteAnnotationStore store, Path dataDir, LocalDate today) throws StoreException {
        Path target = fileFor(dataDir, today);
        boolean taken = false;
        if (!Files.exists(target)) {
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            try {
                Files.createDirectories(target.getParent());
                deleteWithCompanions(partial); // our own leftover from an interrupted backup
                store.copyTo(partial);
                useRollbackJournal(partial);
                AtomicFiles.install(partial, target);
                taken = true;
            } catch (IOException | SQLException | StoreException e) {
                try {
                    deleteWithCompanions(partial);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw Faults.wrap("Margin could not make today's backup in " + folder(dataDir) + ".", e, target);
            }
        }
        rotate(dataDir);
        return taken;
    }

    /**
     * Deletes all but the newest {@link #KEEP} backup files, except the newest good one when none of those is:
     * after the notes file was damaged the newest backups can be empty or damaged too, and the last backup
     * that holds the reader's notes must stay until a newer one does.
     */
    static void rotate(Path dataDir) throws StoreException {
        List<Path> backups = list(dataDir);
        if (backups.size() <= KEEP) {
            return;
        }
        List<Path> kept = backups.subList(0, KEEP);
        List<Path> older = new ArrayList<>(backups.subList(KEEP, backups.size()));
        if (kept.stream().noneMatch(Backups::holdsNotes)) {
            older.stream().filter(Backups::holdsNotes).findFirst().ifPresent(older::remove);
        }
        keptAfterDamage(dataDir).ifPresent(older::remove);
        for (Path old : older) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new StoreException("Margin could not remove the old backup " + old + ".", e);
            }
        }
    }

    /**
     * Keeps {@code backup}, the newest good one when a damaged notes file was set aside, out of the rotation until
     * {@link #releaseKeptAfterDamage}: the backups taken on the fresh notes file after the damage hold notes too,
     * and would otherwise push out the one that holds the reader's notes from before it.
     */
    static void keepAfterDamage(Path dataDir, Path backup) throws StoreException {
        Path pin = folder(dataDir).resolve(KEPT_AFTER_DAMAGE);
        try {
            AtomicFiles.writeString(pin, backup.getFileName().toString() + "\n");
        } catch (IOException e) {
            throw Faults.wrap("Margin could not mark the backup " + backup + " to be kept.", e, pin);
        }
    }

    /** The backup kept since a damaged notes file was set aside, while it is there. */
    static Optional<Path> keptAfterDamage(Path dataDir) {
        Path pin = folder(dataDir).resolve(KEPT_AFTER_DAMAGE);
        try {
            String name = Files.isRegularFile(pin) ? Files.readString(pin).strip() : "";
            return NAME.matcher(name).matches() ? Optional.of(folder(dataDir).resolve(name)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The reader restored a backup or dismissed the damage: the kept backup rotates as any other. */
    static void releaseKeptAfterDamage(Path dataDir) throws StoreException {
        Path pin = folder(dataDir).resolve(KEPT_AFTER_DAMAGE);
        try {
            Files.deleteIfExists(pin);
        } catch (IOException e) {
            throw Faults.wrap("Margin could not let go of the backup kept after damage.", e, pin);
        }
    }

    /** The backup files, newest first. */
    static List<Path> list(Path dataDir) throws StoreException {
        Path folder = folder(dataDir);
        List<Path> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (NAME.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file)) {
                    backups.add(file);
                }
            }
        } catch (IOException e) {
            throw new StoreException("Margin could not list the backups in " + folder + ".", e);
        }
        backups.sort(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed());
        return backups;
    }

    /**
     * The backup to offer for restoring: the first in the list that SQLite finds healthy and that holds notes or
     * bookmarks (after damage, the newest backups may be of the fresh, nearly empty file), else the first healthy.
     */
    static Optional<Path> newestGood(List<Path> newestFirst) {
        return newestFirst.stream().filter(Backups::holdsNotes).findFirst()
                .or(() -> newestFirst.stream().filter(Backups::isGood).findFirst());
    }

    /** Whether the file is an SQLite database that passes {@code PRAGMA quick_check}. */
    static boolean isGood(Path backup) {
        try {
            if (!Files.isRegularFile(backup) || !Sqlite.hasSqliteHeader(backup)) {
                return false;
            }
            try (Connection connection = Sqlite.openReadOnly(backup)) {
                return Sqlite.quickCheck(connection).isEmpty();
            }
        } catch (IOException | SQLException e) {
            return false;
        }
    }

    /** Whether the backup is good (see {@link #isGood}) and holds at least one note or bookmark. */
    static boolean holdsNotes(Path backup) {
        if (!isGood(backup)) {
            return false;
        }
        try (Connection connection = Sqlite.openReadOnly(backup);
                Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(
                        "SELECT EXISTS (SELECT 1 FROM notes) OR EXISTS (SELECT 1 FROM bookmarks)")) {
            return rows.next() && rows.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Removes the partial files a kill can leave behind: a backup being written, a new notes file being made,
     * a backup being restored. Only those exact names are touched; the caller holds the folder's lock, so none
     * of them is still being written.
     */
    static void removeLeftovers(Path dataDir) {
        removeMatching(folder(dataDir), PARTIAL);
        removeMatching(dataDir, PARTIAL_NOTES);
    }

    private static void removeMatching(Path folder, Pattern names) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                file -> names.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file))) {
            for (Path file : files) {
                Files.deleteIfExists(file);
                Faults.warn("Removed " + file + ", left by a backup or restore that was interrupted.", null);
            }
        } catch (IOException e) {
            Faults.warn("Margin could not remove the partial files in " + folder + ".", e);
        }
    }

    /** Deletes the file and any SQLite companions ({@code -journal}, {@code -wal}, {@code -shm}) beside it. */
    static void deleteWithCompanions(Path file) throws IOException {
        Files.deleteIfExists(file);
        for (String suffix : NotesFile.COMPANIONS) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    /** Throws, with a message for the reader, unless this Margin can restore the backup. */
    static void checkRestorable(Path backup) throws StoreException {
        if (!isGood(backup)) {
            throw new StoreException("The backup " + backup + " is damaged or is not a Margin backup, "
                    + "so nothing was changed.");
        }
        try (Connection connection = Sqlite.openReadOnly(backup)) {
            Migrations.refuseNewer(connection);
        } catch (SQLException e) {
            throw new StoreException("Margin could not read the backup " + backup + ", so nothing was changed.", e);
        }
    }

    /** Makes the copy a self-contained file that can be read without -wal and -shm companions. */
    private static void useRollbackJournal(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
        }
    }
}
