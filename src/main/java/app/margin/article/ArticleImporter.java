package app.margin.article;

import app.margin.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Opens any file Margin can read as an article, choosing by the file name's extension (any case):
 * {@code .json} is the article format read by {@link ArticleReader}; {@code .md} and {@code .markdown} go to
 * {@link MarkdownImporter}; {@code .txt}, {@code .text} and names without an extension to
 * {@link PlainTextImporter}. Text files must be UTF-8 (a byte order mark is allowed) and no larger than the
 * reader's {@link ArticleReader.Limits#maxFileBytes()}, which is checked before reading.
 *
 * <p>An imported Markdown or text article's id comes from the file's bytes: {@code "md-"} or {@code "txt-"}
 * and the first 16 hex digits of their SHA-256. Importing the same file again, under any name, gives the same
 * id, so its annotations find it; any edit to the file gives a new id. Instances are immutable and safe to
 * share between threads.
 */
public final class ArticleImporter {
    static final String SUPPORTED = "Margin can open article JSON (.json), Markdown (.md) and plain text (.txt) files";

    private static final int ID_HEX_DIGITS = 16;

    private final ArticleReader reader;
    private final MarkdownImporter markdown;
    private final PlainTextImporter plainText;

    public ArticleImporter() {
        this(new ArticleReader());
    }

    /** Imports with the reader's limits, for text files as for JSON. */
    public ArticleImporter(ArticleReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.markdown = new MarkdownImporter(reader.limits());
        this.plainText = new PlainTextImporter(reader.limits());
    }

    /** Reads an article JSON, Markdown or plain-text file; every problem is an {@link ArticleException}. */
    public Article importFile(Path file) throws ArticleException {
        Objects.requireNonNull(file, "file");
        String name = ArticleReader.displayName(file);
        switch (extension(name)) {
            case "json":
                return reader.read(file);
            case "md", "markdown": {
                byte[] bytes = readBytes(file, name);
                return checked(markdown.read(decode(bytes, name), name, id("md-", bytes)), name);
            }
            case "txt", "text", "": {
                byte[] bytes = readBytes(file, name);
                return checked(plainText.read(decode(bytes, name), name, id("txt-", bytes)), name);
            }
            default:
                throw ArticleException.ofFile(name, SUPPORTED, null);
        }
    }

    private Article checked(Article article, String name) throws ArticleException {
        reader.limits().checkParagraphs(article, name);
        return article;
    }

    /** The lower-case extension without its dot, or "" when there is none (a leading dot does not count). */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private byte[] readBytes(Path file, String name) throws ArticleException {
        long max = reader.limits().maxFileBytes();
        ArticleReader.checkFile(file, name, max);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // One byte over the limit tells a file that grew since the size check.
            bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw ArticleException.ofFile(name, ArticleReader.readFailure(e), e);
        }
        if (bytes.length > max) {
            throw ArticleException.ofFile(name, "the file is larger than the limit of "
                    + ArticleReader.Limits.describeBytes(max) + " for an article", null);
        }
        return bytes;
    }

    /** Strict UTF-8: a byte that is not UTF-8 is refused, naming its line, rather than shown as '�'. */
    static String decode(byte[] bytes, String name) throws ArticleException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError() || result.isOverflow()) {
            throw ArticleException.ofFile(name, "the file is not UTF-8 text (line " + lineAt(bytes, in.position())
                    + " has a byte that is not UTF-8); save it as UTF-8 and open it again", null);
        }
        String text = out.flip().toString();
        if (text.replace("\uFEFF", "").isBlank()) {
            throw ArticleException.ofFile(name, "the file has no text to read", null);
        }
        return text;
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String id(String prefix, byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return prefix + HexFormat.of().formatHex(digest).substring(0, ID_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
