package app.margin.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
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

    /** Takes the lock, or says plainly that another Margin has the folder open. */
    static DataFolderLock acquire(Path dataDir) throws StoreException {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("Margin cannot use the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this JVM: still a second opener
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Margin cannot lock the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreException("Margin is already open with the data folder " + dataDir + ". Close it first.");
        }
        return new DataFolderLock(channel, lock);
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
