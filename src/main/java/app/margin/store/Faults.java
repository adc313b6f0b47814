package app.margin.store;

import app.margin.store.StoreException.Kind;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteException;

/**
 * What an SQLite or file-system error means for the reader: its {@link Kind}, a plain sentence for it, and a
 * line in the log. Only {@link Kind#DAMAGED} ever justifies moving a notes file aside.
 */
final class Faults {

    /** The logger every store problem is also written to (routed to a file in the data folder by the app). */
    static final System.Logger LOG = System.getLogger("app.margin");

    static final String DISK_FULL = "Your disk is full: free some space.";

    private static final int SQLITE_IOERR_SHMSIZE = 10 | (19 << 8);
    private static final int SQLITE_IOERR_SHMMAP = 10 | (21 << 8);

    private Faults() {}

    /** The kind of the first cause in the chain that says something, else {@link Kind#OTHER}. */
    static Kind kindOf(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof StoreException store && store.kind() != Kind.OTHER) {
                return store.kind();
            }
            Kind kind = e instanceof SQLiteException sqlite ? ofSqlite(sqlite)
                    : e instanceof IOException io ? ofIo(io)
                    : Kind.OTHER;
            if (kind != Kind.OTHER) {
                return kind;
            }
        }
        return Kind.OTHER;
    }

    private static Kind ofSqlite(SQLiteException e) {
        int code = e.getResultCode().code;
        if (code == SQLITE_IOERR_SHMSIZE || code == SQLITE_IOERR_SHMMAP) {
            return Kind.DISK_FULL; // the -shm file could not grow: no room left
        }
        return switch (code & 0xff) { // the primary result code
            case 13 -> Kind.DISK_FULL; // SQLITE_FULL
            case 8 -> Kind.READ_ONLY; // SQLITE_READONLY
            case 3, 23 -> Kind.PERMISSION; // SQLITE_PERM, SQLITE_AUTH
            case 5, 6 -> Kind.BUSY; // SQLITE_BUSY, SQLITE_LOCKED
            case 11, 26 -> Kind.DAMAGED; // SQLITE_CORRUPT, SQLITE_NOTADB
            default -> Kind.OTHER; // IOERR, CANTOPEN, NOMEM...: say so, but never call it damage
        };
    }

    private static Kind ofIo(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Kind.PERMISSION;
        }
        if (e instanceof NoSuchFileException) {
            return Kind.MISSING_FOLDER;
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        reason = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (reason.contains("no space left") || reason.contains("disk quota")) {
            return Kind.DISK_FULL;
        }
        if (reason.contains("read-only file system")) {
            return Kind.READ_ONLY;
        }
        if (reason.contains("permission denied") || reason.contains("operation not permitted")) {
            return Kind.PERMISSION;
        }
        return Kind.OTHER;
    }

    /**
     * The kind of an error met on {@code file}, looking at the folder when SQLite only says it could not open
     * the file: a missing folder or an unreadable file is said as such.
     */
    static Kind kindOf(Throwable error, Path file) {
        Kind kind = kindOf(error);
        if (kind != Kind.OTHER || file == null) {
            return kind;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return Kind.MISSING_FOLDER;
        }
        if (Files.exists(file) && !Files.isReadable(file)) {
            return Kind.PERMISSION;
        }
        return Kind.OTHER;
    }

    /** One plain sentence about the kind of fault, naming {@code file} where that helps; empty for OTHER. */
    static String explain(Kind kind, Path file) {
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        return switch (kind) {
            case DISK_FULL -> DISK_FULL;
            case READ_ONLY -> "The notes file " + file + " or its folder is read-only, so Margin cannot save to it.";
            case PERMISSION -> "Margin is not allowed to use " + file + " (permission denied).";
            case MISSING_FOLDER -> "The data folder " + folder + " is missing (was it on a drive that is no longer"
                    + " connected?).";
            case DAMAGED -> "The notes file " + file + " is damaged.";
            case BUSY -> "Another program is using the notes file just now; try again in a moment.";
            case IN_USE -> "Margin is already open with the data folder " + folder + ".";
            case OTHER -> "";
        };
    }

    /** A reader-facing exception for a failure on {@code file}: {@code failure}, then what the fault means. Logged. */
    static StoreException wrap(String failure, Throwable error, Path file) {
        Kind kind = kindOf(error, file);
        String explained = kind == Kind.OTHER ? nativeLibraryProblem(error) : explain(kind, file);
        StoreException wrapped = new StoreException(kind, explained.isEmpty() ? failure : failure + " " + explained,
                error);
        warn(wrapped.getMessage(), error);
        return wrapped;
    }

    /**
     * Why SQLite's native library could not be loaded, in the reader's words, if that is what {@code error} comes
     * from; else empty. sqlite-jdbc unpacks its library into the temporary folder unless {@code org.sqlite.lib.path}
     * names one (the installed app ships it): a temporary folder mounted {@code noexec} stops it.
     */
    static String nativeLibraryProblem(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof UnsatisfiedLinkError || e instanceof org.sqlite.NativeLibraryNotFoundException) {
                String shipped = System.getProperty("org.sqlite.lib.path");
                String where = shipped != null ? "from " + shipped
                        : "from the temporary folder " + System.getProperty("java.io.tmpdir")
                        + " (is it mounted noexec? Set -Djava.io.tmpdir to a folder that allows programs)";
                return "SQLite's native library could not be loaded " + where + ": " + e.getMessage();
            }
        }
        return "";
    }

    /** A reader-facing exception of the given kind, written to the log too. */
    static StoreException report(Kind kind, String message, Throwable cause) {
        warn(message, cause);
        return new StoreException(kind, message, cause);
    }

    /** Logs a message for the reader at WARNING and returns it. */
    static String logged(String message) {
        warn(message, null);
        return message;
    }

    /** Writes a problem to the log at WARNING. */
    static void warn(String message, Throwable cause) {
        if (cause == null) {
            LOG.log(Level.WARNING, message);
        } else {
            LOG.log(Level.WARNING, message, cause);
        }
    }

    /** Whether SQLite's error says the file's contents are damaged (SQLITE_CORRUPT, SQLITE_NOTADB). */
    static boolean isDamage(SQLException e) {
        return e instanceof SQLiteException sqlite && ofSqlite(sqlite) == Kind.DAMAGED;
    }
}
