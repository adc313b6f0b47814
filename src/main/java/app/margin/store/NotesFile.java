package app.margin.store;

import app.margin.store.StoreException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Looking at {@code margin.db} before Margin uses it: whether it is really damaged, and moving it aside when it
 * is. Only a readable file that fails SQLite's check (or is not a database at all) is damage; a full disk, a
 * busy file, an unreadable or read-only one never is, and is never moved.
 */
final class NotesFile {

    static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");
    private static final DateTimeFormatter ASIDE_STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** The size of a write-ahead log's header: a longer -wal holds pages. */
    private static final long WAL_HEADER_BYTES = 32;

    private NotesFile() {}

    /** Why the existing notes file cannot be used: {@code reason} in plain words ("it is damaged"), and detail. */
    record Damage(String reason, String detail) {}

    /**
     * Why the notes file cannot be used, or empty if it is healthy or absent.
     *
     * <p>A zero-length {@code margin.db} is treated as damage, with or without a {@code -wal} beside it. Margin
     * creates a new database under another name and renames it into place only once it is complete (see
     * {@link StoreOpener}), so an empty {@code margin.db} is never Margin's own fresh start but a file that lost
     * its contents: the reader must hear of it and be offered a backup. A {@code -wal} beside it is no rescue:
     * SQLite (3.54) does not replay a log onto an empty file, and switching that file to WAL would reset the
     * log; so the file is moved aside together with its {@code -wal}, which may still hold recent notes.
     *
     * @throws StoreException when the file cannot be checked just now (disk full, busy, permission denied):
     *                        the reader is told why, and nothing is moved or changed
     */
    static Optional<Damage> damage(Path db, OpenSteps steps) throws StoreException {
        try {
            if (!Files.exists(db)) {
                return Optional.empty();
            }
            if (Files.size(db) == 0) {
                Path wal = db.resolveSibling(db.getFileName() + "-wal");
                boolean logKept = Files.exists(wal) && Files.size(wal) > WAL_HEADER_BYTES;
                return Optional.of(new Damage("it is empty (0 bytes)", logKept
                        ? "its write-ahead log, kept beside it with the ending -wal, may still hold recent notes"
                        : ""));
            }
            if (!steps.hasSqliteHeader(db)) {
                return Optional.of(new Damage("it is not a Margin notes file", ""));
            }
        } catch (IOException e) {
            throw Faults.wrap("Margin could not read its notes file " + db + ", so it has not opened it; nothing "
                    + "was changed.", e, db);
        }
        try {
            List<String> problems = steps.quickCheck(db);
            return problems.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Damage("it is damaged", "SQLite found: " + problems.get(0)));
        } catch (SQLException e) {
            if (Faults.isDamage(e)) {
                return Optional.of(new Damage("it is damaged", "SQLite said: " + e.getMessage()));
            }
            throw Faults.wrap("Margin could not check its notes file " + db + ", so it has not opened it; nothing "
                    + "was changed.", e, db);
        }
    }

    /** Renames the database and its companion files to {@code margin.db.<label>-<UTC time>[-n]}. */
    static Path moveAside(Path db, String label, Instant now, OpenSteps steps) throws StoreException {
        String base = db.getFileName() + "." + label + "-" + ASIDE_STAMP.format(now);
        Path aside = db.resolveSibling(base);
        for (int n = 2; Files.exists(aside) || companionsExist(aside); n++) {
            aside = db.resolveSibling(base + "-" + n);
        }
        try {
            steps.move(db, aside);
            for (String suffix : COMPANIONS) {
                Path companion = db.resolveSibling(db.getFileName() + suffix);
                if (Files.exists(companion)) {
                    steps.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
        } catch (IOException e) {
            Kind kind = Faults.kindOf(e);
            Path folder = db.toAbsolutePath().getParent();
            String why = switch (kind) {
                case PERMISSION -> "Margin is not allowed to write in its data folder " + folder
                        + " (permission denied)";
                case READ_ONLY -> "Margin's data folder " + folder + " is read-only";
                case DISK_FULL -> "the disk is full";
                default -> "Margin could not rename it in " + folder;
            };
            throw Faults.report(kind, why + ", so the notes file " + db + ", which cannot be used, could not be set "
                    + "aside and has not been opened. Nothing was changed.", e);
        }
        return aside;
    }

    private static boolean companionsExist(Path aside) {
        return COMPANIONS.stream().anyMatch(s -> Files.exists(aside.resolveSibling(aside.getFileName() + s)));
    }

    static String damagedMessage(Damage damage, Path movedAside, Optional<Path> newestGood) {
        String message = "Margin could not use your notes file because " + damage.reason() + ". It has been kept, "
                + "untouched, as " + movedAside + ", and Margin has started with an empty one.";
        return message + newestGood
                .map(backup -> " You can restore your notes from the most recent backup, " + backup.getFileName() + ".")
                .orElse(" There is no backup to restore from.")
                + (damage.detail().isEmpty() ? "" : " (" + damage.detail() + ")");
    }
}
