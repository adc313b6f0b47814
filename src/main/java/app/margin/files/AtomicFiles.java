package app.margin.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Margin's one way to replace a file: write a temporary file beside it, fsync it, rename it over the old one
 * atomically, and fsync the folder, so that a crash or a power cut leaves either the old file or the whole new
 * one, never a short or empty one. A failed write leaves the old file and no temporary file. The same steps serve
 * files written by something else ({@link #install}, as the store's SQLite files), copies ({@link #copy}) and
 * plain renames ({@link #rename}).
 */
public final class AtomicFiles {

    /** Writes the content to a stream; the stream is closed by the caller. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The suffix of the temporary file, beside the target. */
    public static final String PARTIAL = ".partial";

    private AtomicFiles() {
    }

    /** Replaces {@code file} with what {@code content} writes. */
    public static void write(Path file, Content content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + PARTIAL);
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                // Content may close its stream (a JSON generator does): the channel must stay open for the fsync.
                OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            rename(partial, file);
        } catch (IOException | RuntimeException | Error e) {
            deleteAfterFailure(partial, e);
            throw e;
        }
    }

    /** Replaces {@code file} with {@code text} in UTF-8. */
    public static void writeString(Path file, String text) throws IOException {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Puts a file that something else has written and closed (SQLite, a copy) in place: fsyncs it, then renames it
     * to {@code target} as {@link #rename} does.
     */
    public static void install(Path finished, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(finished, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        rename(finished, target);
    }

    /**
     * Replaces {@code target} with a copy of {@code source}, made under the name {@code partial} beside it and then
     * installed ({@link #install}). A failed copy leaves the old target and no partial file.
     */
    public static void copy(Path source, Path target, Path partial) throws IOException {
        try {
            Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
            install(partial, target);
        } catch (IOException | RuntimeException | Error e) {
            deleteAfterFailure(partial, e);
            throw e;
        }
    }

    /**
     * Renames {@code from} to {@code to} in one step, replacing what is there, and fsyncs the folder so that the
     * rename outlasts a power cut. Only where the file system cannot rename in one step is the file moved plainly.
     */
    public static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(to.toAbsolutePath().getParent());
    }

    private static void deleteAfterFailure(Path partial, Throwable failure) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    /** Makes the rename durable; where a folder cannot be opened for that (Windows), the rename is enough. */
    private static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException notSupported) {
            // Only the rename's durability on a power cut is at stake, and only where folders cannot be synced.
        }
    }
}
