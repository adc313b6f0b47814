package app.margin.store;

/**
 * A store operation failed; the message is written for the reader, the cause for the log. {@link #kind()} says
 * what went wrong in a way the UI can act on (keep changes and retry when the disk is full, warn that saving is
 * off when the file is read-only, keep a damage notice up until the reader acts).
 */
public class StoreException extends Exception {

    /** What kind of fault this is. */
    public enum Kind {
        /** The disk (or the SQLite shared-memory file) has no room left; nothing stored was lost. */
        DISK_FULL,
        /** The notes file or its folder cannot be written (read-only file, folder or file system). */
        READ_ONLY,
        /** The operating system refuses access to the notes file or the data folder. */
        PERMISSION,
        /** The data folder is not there (a drive unplugged, a folder removed while Margin runs). */
        MISSING_FOLDER,
        /** The notes file is readable but damaged: SQLite's integrity check fails on it. */
        DAMAGED,
        /** Another program holds the notes file just now; trying again later may work. */
        BUSY,
        /** Another Margin has the data folder open; this one must not write to it at all. */
        IN_USE,
        /** Anything else. */
        OTHER
    }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind == null ? Kind.OTHER : kind;
    }

    public StoreException(Kind kind, String message) {
        this(kind, message, null);
    }

    /** A failure whose kind is worked out from its cause (an SQLite or file-system error), else {@link Kind#OTHER}. */
    public StoreException(String message, Throwable cause) {
        this(Faults.kindOf(cause), message, cause);
    }

    public StoreException(String message) {
        this(Kind.OTHER, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
