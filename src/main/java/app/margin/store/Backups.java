package app.margin.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * the newest {@link #KEEP} kept. Only files with exactly that name pattern are ever deleted.
 */
final class Backups {

    static final String FOLDER = "backups";
    static final int KEEP = 5;

    private static final Pattern NAME = Pattern.compile("margin-\\d{4}-\\d{2}-\\d{2}\\.db");

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
                Files.deleteIfExists(partial); // our own leftover from an interrupted backup
                store.copyTo(partial);
                useRollbackJournal(partial);
                force(partial);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                taken = true;
            } catch (IOException | SQLException e) {
                throw new StoreException("Margin could not make today's backup in " + folder(dataDir) + ".", e);
            }
        }
        rotate(dataDir);
        return taken;
    }

    /** Deletes all but the newest {@link #KEEP} backup files. */
    static void rotate(Path dataDir) throws StoreException {
        List<Path> backups = list(dataDir);
        for (Path old : backups.subList(Math.min(KEEP, backups.size()), backups.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new StoreException("Margin could not remove the old backup " + old + ".", e);
            }
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

    /** The first backup in the list that SQLite finds healthy. */
    static Optional<Path> newestGood(List<Path> newestFirst) {
        return newestFirst.stream().filter(Backups::isGood).findFirst();
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

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
