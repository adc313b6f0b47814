package app.margin.exchange;

import app.margin.model.Article;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreException;
import app.margin.json.JsonCursor;
import app.margin.json.JsonFormat;
import app.margin.json.JsonLimits;
import app.margin.json.JsonProblem;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * The full-fidelity JSON export of one article's annotations, and reading it back. The format is described in
 * {@code docs/annotation-export.md}; in short:
 *
 * <pre>{"format":"margin-annotations","schemaVersion":1,"exportedAt":"…Z",
 *  "article":{"id","title","contentHash"},
 *  "notes":[{"id","kind","sectionId","quote":{"exact","prefix","suffix"}|null,"paragraphIndex","start","end",
 *            "color","text","tags":[…],"created","updated","contentHash"}],
 *  "bookmarks":[{"id","sectionId","quote","paragraphIndex","start","end","name","created","updated",
 *                "contentHash"}]}</pre>
 *
 * Times are ISO-8601 UTC with nine fraction digits, so a round trip gives back equal records.
 */
public final class AnnotationExport {

    /** The value of the {@code format} member that marks a Margin annotations file. */
    public static final String FORMAT = "margin-annotations";
    /** The format version this Margin writes and reads. */
    public static final int SCHEMA_VERSION = 1;
    /** The largest file accepted, checked before parsing. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final JsonFormat JSON =
            JsonFormat.reading(new JsonLimits(MAX_FILE_BYTES, 16, 4 * 1024 * 1024, 32));

    private AnnotationExport() {}

    /** Everything the store holds for the article, ready to write. */
    public static ExportData collect(AnnotationStore store, Article article, Instant exportedAt)
            throws StoreException {
        return new ExportData(ExportData.ArticleRef.of(article), exportedAt, store.notes(article.id()),
                store.bookmarks(article.id()));
    }

    /** Writes the export as pretty-printed UTF-8 JSON. The stream is flushed, not closed. */
    public static void write(OutputStream out, ExportData data) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(data, "data");
        try (JsonGenerator json = JsonFormat.generator(out)) {
            json.useDefaultPrettyPrinter();
            ExportFields.write(json, data);
        }
        out.flush();
    }

    /** Writes the export to {@code file}, replacing it only once the whole export is written. */
    public static void write(Path file, ExportData data) throws ExchangeException {
        try {
            app.margin.files.AtomicFiles.write(file, out -> write(out, data));
        } catch (IOException e) {
            throw new ExchangeException("Margin could not write the notes to " + file + ".", e);
        }
    }

    /** Reads an export file; its size is checked before it is read. */
    public static ExportData read(Path file) throws ExchangeException {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.isDirectory(file)) {
                throw new ExchangeException(name + " is a folder, not a notes file.");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new ExchangeException(name + " does not exist (looked for " + file + ").", e);
        } catch (IOException e) {
            throw new ExchangeException("Margin could not read " + name + ".", e);
        }
    }

    /**
     * Reads an export from a stream, which is not closed. It is parsed as it is read, one annotation at a time
     * (a 64 MiB file does not become a tree in memory), and refused once more than {@link #MAX_FILE_BYTES} are
     * read; {@code sourceName} names the file in messages. Nothing is returned, and so nothing can be imported,
     * before the whole file has been read and checked.
     */
    public static ExportData read(InputStream in, String sourceName) throws ExchangeException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Limited limited = new Limited(in);
        try {
            if (limited.isEmpty()) {
                throw new ExchangeException(sourceName + " is empty; it holds no notes.");
            }
            try (JsonCursor cursor = JSON.open(limited)) {
                return ExportStream.read(cursor, sourceName);
            }
        } catch (JsonProblem e) {
            throw refusal(sourceName, e);
        } catch (Limited.TooLarge e) {
            throw tooLarge(sourceName);
        } catch (IOException e) {
            throw new ExchangeException("Margin could not read " + sourceName + ".", e);
        }
    }

    /** A JSON problem in the words of a notes file, at the place the reader names. */
    private static ExchangeException refusal(String sourceName, JsonProblem e) {
        String at = e.atLineAndColumn();
        return switch (e.kind()) {
            case UNREADABLE -> e.getCause() instanceof Limited.TooLarge
                    ? tooLarge(sourceName)
                    : new ExchangeException("Margin could not read " + sourceName + ".", e);
            case TRUNCATED -> new ExchangeException(sourceName + " ends unexpectedly" + at
                    + "; the file may have been cut off while it was copied.", e);
            case LIMIT -> new ExchangeException(sourceName + " goes beyond what Margin reads from a notes file (too"
                    + " deeply nested, or a value too long)" + at + ".", e);
            case DUPLICATE -> e.path() != null
                    ? new ExchangeException(JsonProblem.sentence(sourceName, e.path(), e.line(), e.column(),
                            e.problem()) + ".", e)
                    : new ExchangeException(sourceName + " is not a Margin notes file: a member appears twice"
                            + " in the same object" + at + " (" + e.problem() + ").", e);
            case TRAILING -> new ExchangeException(sourceName + " is not a Margin notes file: there is more text"
                    + " after the end of the JSON" + at + ".", e);
            case SYNTAX -> new ExchangeException(sourceName + " is not a Margin notes file: it is not valid JSON"
                    + at + ": " + e.problem() + ".", e);
        };
    }

    /** The stream, refusing to give more than {@link #MAX_FILE_BYTES}; it can tell whether it holds nothing. */
    private static final class Limited extends java.io.FilterInputStream {
        static final class TooLarge extends IOException {
            private static final long serialVersionUID = 1L;
        }

        private long count;

        Limited(InputStream in) {
            super(new java.io.BufferedInputStream(in, 64 * 1024));
        }

        boolean isEmpty() throws IOException {
            in.mark(1);
            boolean empty = in.read() < 0;
            in.reset();
            return empty;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count += skipped;
            if (count > MAX_FILE_BYTES) {
                throw new TooLarge();
            }
            return skipped;
        }

        private void count(int n) throws TooLarge {
            count += n;
            if (count > MAX_FILE_BYTES) {
                throw new TooLarge();
            }
        }
    }

    private static ExchangeException tooLarge(String name) {
        return new ExchangeException(name + " is larger than " + (MAX_FILE_BYTES / (1024 * 1024))
                + " MiB, the most Margin reads as a notes file.");
    }
}
