package app.margin.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Proof that this process is the only Margin using a data folder: an exclusive lock on {@code margin.lock}.
 * The operating system drops the lock when the process ends, however it ends, so a crash never leaves the
 * folder locked. The lock file itself stays; it holds nothing.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "margin.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, or says plainly that another Margin has the folder open. In a folder that cannot be
     * written, an existing lock file is locked for reading (shared), so the notes can still be opened read-only.
     */
    static DataFolderLock acquire(Path dataDir) throws StoreException {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        boolean shared = false;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            channel = openForReading(file, e);
            shared = true;
        }
        FileLock lock;
        try {
            lock = channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this JVM: still a second opener
        } catch (IOException e) {
            closeQuietly(channel);
            throw Faults.report(Faults.kindOf(e), "Margin cannot lock the data folder " + dataDir + ": "
                    + e.getMessage(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Kind.IN_USE,
                    "Margin is already open with the data folder " + dataDir + ". This window only reads: notes, "
                    + "bookmarks and settings changed here are not saved. Close it and use the other window.");
        }
        return new DataFolderLock(channel, lock);
    }

    /** The lock file opened for reading after opening it for writing failed, or the reason the folder is unusable. */
    private static FileChannel openForReading(Path file, IOException writeFailure) throws StoreException {
        if (Files.isRegularFile(file)) {
            try {
                return FileChannel.open(file, StandardOpenOption.READ);
            } catch (IOException e) {
                writeFailure.addSuppressed(e);
            }
        }
        StoreException.Kind kind = Faults.kindOf(writeFailure);
        Path folder = file.toAbsolutePath().getParent();
        String why = switch (kind) {
            case PERMISSION -> "Margin is not allowed to write in its data folder " + folder + " (permission denied).";
            case READ_ONLY -> "Margin's data folder " + folder + " is read-only.";
            case DISK_FULL -> "Margin cannot use its data folder " + folder + ". " + Faults.DISK_FULL;
            case MISSING_FOLDER -> Faults.explain(kind, file);
            default -> "Margin cannot use the data folder " + folder + ": " + writeFailure.getMessage();
        };
        throw Faults.report(kind, why, writeFailure);
    }

    /** Whether this is only a shared lock, taken in a folder Margin cannot write: the notes must open read-only. */
    boolean shared() {
        return lock.isShared();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing useful to do: the lock goes with the channel or the process
        }
    }
}
