package app.margin.article;

import app.margin.model.Article;
import app.margin.json.JsonCursor;
import app.margin.json.JsonFormat;
import app.margin.json.JsonLimits;
import app.margin.json.JsonProblem;
import app.margin.json.JsonValue;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads article files (format: {@code docs/article-format.md}) into {@link Article}s. Every problem,
 * from a missing file to a duplicate section id, becomes an {@link ArticleException} whose message
 * names the file and the place. Instances are immutable and safe to share between threads.
 */
public final class ArticleReader {

    /**
     * How much an article file may demand of the reader.
     *
     * @param maxFileBytes    the largest file accepted, checked before reading and while parsing
     * @param maxNestingDepth how deeply objects and arrays may nest
     * @param maxStringLength the longest string value, in characters
     * @param maxParagraphs   the most paragraphs and headings an article may have: each costs the reading pane
     *                        about 0.6 KiB of heap, so this keeps every article that is accepted within the heap
     *                        Margin is started with (1.35 M short paragraphs in 32 MiB needed ~930 MiB; 100,000
     *                        paragraphs in 32 MiB open within 204 MiB, half the shipped heap on a 4 GiB machine)
     */
    public record Limits(long maxFileBytes, int maxNestingDepth, int maxStringLength, int maxParagraphs) {
        public static final long DEFAULT_MAX_FILE_BYTES = 32L * 1024 * 1024;
        public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
        public static final int DEFAULT_MAX_STRING_LENGTH = 4 * 1024 * 1024;
        public static final int DEFAULT_MAX_PARAGRAPHS = 100_000;

        public static final Limits DEFAULTS =
                new Limits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH);

        public Limits {
            if (maxFileBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxParagraphs <= 0) {
                throw new IllegalArgumentException("limits must be positive: " + maxFileBytes + ", "
                        + maxNestingDepth + ", " + maxStringLength + ", " + maxParagraphs);
            }
        }

        /** With the default number of paragraphs. */
        public Limits(long maxFileBytes, int maxNestingDepth, int maxStringLength) {
            this(maxFileBytes, maxNestingDepth, maxStringLength, DEFAULT_MAX_PARAGRAPHS);
        }

        /** Refuses an article with more paragraphs and headings than {@link #maxParagraphs()}. */
        void checkParagraphs(Article article, String name) throws ArticleException {
            long count = article.lead().size();
            java.util.ArrayDeque<app.margin.model.Section> open = new java.util.ArrayDeque<>(article.sections());
            while (!open.isEmpty()) {
                app.margin.model.Section s = open.poll();
                count += 1 + s.paragraphs().size();
                open.addAll(s.children());
            }
            if (count > maxParagraphs) {
                throw ArticleException.ofFile(name, String.format(Locale.ROOT, "the article has %,d paragraphs and "
                        + "headings, more than the limit of %,d for an article", count, maxParagraphs), null);
            }
        }

        /** A byte count for people: "32 MiB", "200.0 MiB", "512 bytes". */
        static String describeBytes(long bytes) {
            return JsonLimits.describeBytes(bytes);
        }

        JsonLimits json() {
            return new JsonLimits(maxFileBytes, maxNestingDepth, maxStringLength, JsonLimits.DEFAULT_MAX_NUMBER_LENGTH);
        }
    }

    private final Limits limits;
    private final JsonFormat json;

    public ArticleReader() {
        this(Limits.DEFAULTS);
    }

    public ArticleReader(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.json = JsonFormat.reading(limits.json());
    }

    public Limits limits() {
        return limits;
    }

    /** Reads an article file. Its size is checked first, so an oversized file is refused without reading it. */
    public Article read(Path file) throws ArticleException {
        Objects.requireNonNull(file, "file");
        String name = displayName(file);
        checkFile(file, name, limits.maxFileBytes());
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (IOException e) {
            throw ArticleException.ofFile(name, readFailure(e), e);
        }
    }

    /**
     * Reads an article from a stream, such as a bundled resource. The stream is read up to the
     * file-size limit and is not closed; {@code displayName} names it in messages.
     */
    public Article read(InputStream in, String displayName) throws ArticleException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(displayName, "displayName");
        JsonValue root;
        try (JsonCursor cursor = json.open(in)) {
            if (cursor.next() == null) {
                throw ArticleException.ofFile(displayName, "the file is empty; an article is a JSON object", null);
            }
            root = cursor.value();
            cursor.end();
        } catch (JsonProblem e) {
            throw ArticleException.of(displayName, e);
        }
        Article article = ArticleBinder.bind(root, displayName);
        limits.checkParagraphs(article, displayName);
        return article;
    }

    /**
     * The title of an article file without reading the rest: the top-level {@code title} string, every member before
     * it passed over (the writer puts it third), nothing after it read or checked. A long book's library copy is
     * read whole in a tenth of a second or more; this is what the library needs to tell one book from another.
     * {@code null} when the file is no JSON object or its {@code title} is no string.
     */
    public String title(Path file) throws ArticleException {
        Objects.requireNonNull(file, "file");
        String name = displayName(file);
        checkFile(file, name, limits.maxFileBytes());
        try (InputStream in = Files.newInputStream(file); JsonCursor cursor = json.open(in)) {
            if (cursor.next() != JsonToken.START_OBJECT) {
                return null;
            }
            while (cursor.next() == JsonToken.FIELD_NAME) {
                String member = cursor.name();
                JsonToken value = cursor.next();
                if (member.equals("title")) {
                    return value == JsonToken.VALUE_STRING && cursor.value() instanceof JsonValue.JsonString title
                            ? title.value() : null;
                }
                cursor.skip();
            }
            return null;
        } catch (JsonProblem e) {
            throw ArticleException.of(name, e);
        } catch (IOException e) {
            throw ArticleException.ofFile(name, readFailure(e), e);
        }
    }

    /** Reads an article bundled on the classpath, e.g. {@code "/articles/us-russia-military-talks.json"}. */
    public Article readBundled(String resourcePath) throws ArticleException {
        Objects.requireNonNull(resourcePath, "resourcePath");
        String name = resourcePath.substring(resourcePath.lastIndexOf('/') + 1);
        try (InputStream in = ArticleReader.class.getResourceAsStream(resourcePath)) {
            if (in == null) {
                throw ArticleException.ofFile(name, "the bundled article " + resourcePath + " is missing", null);
            }
            return read(in, name);
        } catch (IOException e) {
            throw ArticleException.ofFile(name, readFailure(e), e);
        }
    }

    /**
     * Refuses, before anything is read, a file that is missing, not a regular file, or larger than
     * {@code maxFileBytes}. Shared with {@link ArticleImporter} so every kind of file is refused alike.
     */
    static void checkFile(Path file, String name, long maxFileBytes) throws ArticleException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw ArticleException.ofFile(name, "the file does not exist (looked for " + file + ")", e);
        } catch (IOException e) {
            throw ArticleException.ofFile(name, readFailure(e), e);
        }
        if (attributes.isDirectory()) {
            throw ArticleException.ofFile(name, "this is a folder, not an article file", null);
        }
        if (!attributes.isRegularFile()) {
            throw ArticleException.ofFile(name, "this is not a regular file", null);
        }
        if (attributes.size() > maxFileBytes) {
            throw tooLarge(name, attributes.size(), maxFileBytes);
        }
    }

    static ArticleException tooLarge(String name, long size, long maxFileBytes) {
        return ArticleException.ofFile(name, "the file is " + Limits.describeBytes(size)
                + ", larger than the limit of " + Limits.describeBytes(maxFileBytes) + " for an article", null);
    }

    /** A plain sentence for an I/O failure, without exception class names. */
    static String readFailure(IOException e) {
        return JsonProblem.readFailure(e);
    }

    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
