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
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Opens any file Margin can read as an article, choosing by the file name's extension (any case) and checking
 * that the content is what the name says: {@code .json} is the article format read by {@link ArticleReader};
 * {@code .md} and {@code .markdown} go to {@link MarkdownImporter}; {@code .txt}, {@code .text} and names without
 * an extension to {@link PlainTextImporter}; {@code .html}, {@code .htm} and {@code .xhtml} to {@link HtmlImporter};
 * {@code .epub} to {@link EpubImporter}; {@code .pdf} to {@link PdfImporter}. Text files must be UTF-8 (a byte order mark is allowed) and no larger than
 * the reader's {@link ArticleReader.Limits#maxFileBytes()}, which is checked before reading; a file holding NUL
 * bytes is not text, and a zip file (an EPUB) named as text, or a text file named {@code .epub}, is refused with a
 * message saying what it is.
 *
 * <p>An imported article's id is content-derived: {@code "md-"}, {@code "txt-"} or {@code "html-"} and the first 16
 * hex digits of the SHA-256 of the file's bytes, so importing the same file again, under any name, gives the same
 * id, and any edit gives a new one. Two exceptions keep notes on a book or page whose text changes: an EPUB's id
 * comes from its package's unique identifier (not a placeholder such as Sphinx's "unknown": {@link EpubIdentity}),
 * and a web page's from its own address (canonical link, Open Graph
 * URL or the browser's "saved from" note) when it names one; a new version then opens under the same id and its
 * notes are re-anchored. Instances are immutable and safe to share between threads.
 */
public final class ArticleImporter {
    static final String SUPPORTED = "Margin can open article JSON (.json), Markdown (.md), plain text (.txt), "
            + "web pages (.html, .htm, .xhtml), EPUB books (.epub) and PDF documents with text (.pdf)";

    /** Every extension Margin opens, without the dot, for file choosers and "Open with". */
    public static final List<String> EXTENSIONS =
            List.of("json", "md", "markdown", "txt", "text", "html", "htm", "xhtml", "epub", "pdf");

    private static final int ID_HEX_DIGITS = 16;

    private final ArticleReader reader;
    private final MarkdownImporter markdown;
    private final PlainTextImporter plainText;
    private final HtmlImporter html;
    private final EpubImporter epub;
    private final PdfImporter pdf;

    public ArticleImporter() {
        this(new ArticleReader());
    }

    /** Imports with the reader's limits, for text files as for JSON. */
    public ArticleImporter(ArticleReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.markdown = new MarkdownImporter(reader.limits());
        this.plainText = new PlainTextImporter(reader.limits());
        this.html = new HtmlImporter(reader.limits());
        this.epub = new EpubImporter(reader.limits());
        this.pdf = new PdfImporter(reader.limits(), app.margin.article.pdf.PdfLayout.DEFAULTS);
    }

    /**
     * Loads and runs the web page and EPUB readers once on a tiny page, so the first real one opens without
     * waiting for their classes (about 0.4 s). Blocking; call it off the FX thread, for example while the reader
     * is choosing a file.
     */
    public void warmUp() {
        byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><title>Warm-up</title></head><body><article><h1>Warm-up"
                + "</h1><p>" + "A few words for the article finder to weigh, with a comma, and a full stop. ".repeat(8)
                + "</p><ul><li>One</li></ul></article></body></html>").getBytes(StandardCharsets.UTF_8);
        try {
            html.read(page, "warm-up.html", false, source -> "html-warmup");
            EpubPackage.xml(page, "warm-up.xhtml");
        } catch (ArticleException e) {
            // Only a head start: the readers load when first used, as usual.
        }
    }

    /** Reads any file Margin can open; every problem is an {@link ArticleException}. */
    public Article importFile(Path file) throws ArticleException {
        return open(file).article();
    }

    /**
     * Reads any file Margin can open, with a sentence for the reader when it could be read only in part of the
     * usual way (a web page shown whole because no main article was found in it).
     */
    public Imported open(Path file) throws ArticleException {
        return open(file, null);
    }

    /**
     * As {@link #open(Path)}; for a long EPUB book or PDF document, {@code beginning} (if not null) is also handed the book's first
     * chapters as an article of their own as soon as they are read, so they can be shown while the rest is read.
     * It is called at most once, on a reading thread, before this returns; the article it gets has the book's id
     * and title, and only the sections of those chapters. Other files are read whole without calling it. A book an
     * earlier Margin named by another id takes the id this one gives it ({@link FormerIds#NONE}).
     */
    public Imported open(Path file, java.util.function.Consumer<Article> beginning) throws ArticleException {
        return open(file, beginning, FormerIds.NONE);
    }

    /**
     * As {@link #open(Path, java.util.function.Consumer)}; an EPUB book that an earlier Margin named by another id
     * (one whose identifier is a placeholder) keeps that id when {@code formerIds} says so, its beginning as well.
     */
    public Imported open(Path file, java.util.function.Consumer<Article> beginning, FormerIds formerIds)
            throws ArticleException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(formerIds, "formerIds");
        String name = ArticleReader.displayName(file);
        String extension = extension(name);
        switch (extension) {
            case "json":
                return Imported.of(reader.read(file));
            case "md", "markdown": {
                byte[] bytes = readText(file, name, "a Markdown file");
                return Imported.of(pictured(checked(markdown.read(decode(bytes, name), name, id("md-", bytes)), name),
                        folderOf(file)));
            }
            case "txt", "text", "": {
                byte[] bytes = readText(file, name, "a text file");
                return Imported.of(checked(plainText.read(decode(bytes, name), name, id("txt-", bytes)), name));
            }
            case "html", "htm", "xhtml": {
                byte[] bytes = readText(file, name, "a web page");
                if (!Sniff.looksLikeMarkup(bytes)) {
                    throw ArticleException.ofFile(name, "this is not a web page: it does not start with an HTML tag"
                            + " (if it is plain text, rename it to end in .txt)", null);
                }
                Imported page = html.read(bytes, name, extension.equals("xhtml"),
                        source -> source != null ? id("html-", source.getBytes(StandardCharsets.UTF_8)) : id("html-", bytes));
                checked(page.article(), name);
                return new Imported(pictured(page.article(), folderOf(file)), page.remark());
            }
            case "epub": {
                // Named plainly first: a missing file, a folder or one that cannot be read is not "not a zip".
                ArticleReader.checkFile(file, name, Long.MAX_VALUE);
                if (!Files.isReadable(file)) {
                    throw ArticleException.ofFile(name, ArticleReader.readFailure(new AccessDeniedException(
                            file.toString())), null);
                }
                if (!Sniff.isZip(file)) {
                    throw ArticleException.ofFile(name, "this is not an EPUB book: an EPUB is a zip file and this "
                            + "one is not" + Sniff.whatItIs(file), null);
                }
                String book = file.toAbsolutePath().toString();
                java.util.function.Consumer<Article> first = beginning == null ? null
                        : part -> beginning.accept(pictured(part, book)); // sized as the whole book will be
                return Imported.of(pictured(checked(epub.read(file, name, first, formerIds), name), book));
            }
            case "pdf": {
                PdfImporter.Result document = pdf.read(file, name, beginning);
                // The document itself is where its pages are drawn from (the original page, one key away).
                return new Imported(document.article().withPictureBase(file.toAbsolutePath().toString())
                        .withPages(document.pages().pageCount()), document.remark());
            }
            default:
                throw ArticleException.ofFile(name, SUPPORTED, null);
        }
    }

    /** The article with where its pictures are, and the size of each picture its markup does not give. */
    private static Article pictured(Article article, String base) {
        return article.rich() ? PictureSizes.fill(article.withPictureBase(base)) : article; // no forms, no pictures
    }

    private static String folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? null : parent.toString();
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

    /**
     * The bytes of a file that should be text: refused when it is a zip (an EPUB named as text) or holds NUL
     * bytes (binary data), naming what it is.
     */
    private byte[] readText(Path file, String name, String what) throws ArticleException {
        byte[] bytes = readBytes(file, name);
        if (Sniff.isZip(bytes)) {
            throw ArticleException.ofFile(name, "this is a zip file" + (Sniff.isEpub(bytes) ? ", an EPUB book," : "")
                    + " not " + what + (Sniff.isEpub(bytes) ? "; rename it to end in .epub to open it" : ""), null);
        }
        if (Sniff.isPdf(bytes)) {
            throw ArticleException.ofFile(name, "this is a PDF document, not " + what
                    + "; rename it to end in .pdf to open it", null);
        }
        int nul = Sniff.firstNul(bytes);
        if (nul >= 0) {
            throw ArticleException.ofFile(name, "this is not " + what + ": it holds binary data (a NUL byte on line "
                    + lineAt(bytes, nul) + ")", null);
        }
        return bytes;
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

    /** {@code prefix} and the first 16 hex digits of the SHA-256 of {@code bytes}. */
    static String id(String prefix, byte[] bytes) {
        return prefix + HexFormat.of().formatHex(sha256().digest(bytes)).substring(0, ID_HEX_DIGITS);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
