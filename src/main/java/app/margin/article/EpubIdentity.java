package app.margin.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What names an EPUB book (rules: "Ids" under "EPUB books" in {@code docs/article-format.md}): its unique identifier
 * ({@code dc:identifier}), unless that is a placeholder a tool writes when none was set, which many unrelated books
 * share. Sphinx writes {@code unknown} (its {@code epub_identifier} and {@code epub_uid} default), so the Debian
 * Policy Manual and the Ubuntu Packaging Guide had one id and one set of notes. A book whose identifier is a
 * placeholder is named by the placeholder with its title, authors and language, known before any chapter is read
 * (so a long book's beginning can still come first); without a title, by its chapters' hash, as a book with no
 * identifier is. The id such a book had before, from the placeholder alone, is its {@linkplain #former former id}.
 */
final class EpubIdentity {
    /**
     * What identifiers say when they say nothing, compared without case or spaces once a scheme prefix is taken off
     * ({@code urn:uuid:}, {@code isbn:}…): empty ({@code urn:uuid:} alone), Sphinx's {@code unknown}, save-as-ebook's
     * {@code isbn}, a program's {@code None} or {@code null}, {@code 0}, the nil UUID. Kept short, to values tools
     * are known to write: a real identifier taken for a placeholder would give its book an id from its title.
     */
    private static final Set<String> PLACEHOLDERS = Set.of("", "unknown", "none", "null", "undefined", "n/a", "0",
            "isbn", "uuid", "00000000-0000-0000-0000-000000000000");
    private static final List<String> SCHEMES = List.of("urn:", "uuid:", "isbn:", "issn:", "doi:");
    /** Longer than any placeholder with its prefixes: a longer identifier is real without looking further. */
    private static final int LONGEST_PLACEHOLDER = 64;

    private EpubIdentity() {
    }

    /** Whether {@code identifier} is a placeholder rather than a book's identity. */
    static boolean isPlaceholder(String identifier) {
        String s = identifier.strip();
        if (s.length() > LONGEST_PLACEHOLDER) {
            return false;
        }
        s = s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String scheme : SCHEMES) {
                if (s.startsWith(scheme)) {
                    s = s.substring(scheme.length());
                    cut = true;
                }
            }
        }
        return PLACEHOLDERS.contains(s);
    }

    /**
     * The book's id if it is known before its chapters are read: from its identifier, or from its placeholder with
     * its title; {@code null} when only its chapters' hash ({@link #ofChapters}) can name it.
     */
    static String named(EpubPackage book) {
        if (book.identifier != null) {
            return ofIdentifier(book.identifier);
        }
        if (book.placeholder != null && book.title != null) {
            String key = String.join("\u0001", book.placeholder.replaceAll("\\s+", "").toLowerCase(Locale.ROOT),
                    book.title, String.join("\u0000", book.authors), book.language == null ? "" : book.language);
            return ArticleImporter.id("epub-", key.getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    /** The id Margin gave the book before placeholders were told apart, if that differs from its id now; else null. */
    static String former(EpubPackage book) {
        return book.placeholder == null ? null : ofIdentifier(book.placeholder);
    }

    /** A book named by its chapters: the hash of its package's spine documents, as read. */
    static String ofChapters(MessageDigest digest) {
        return "epub-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static String ofIdentifier(String identifier) {
        return ArticleImporter.id("epub-", identifier.getBytes(StandardCharsets.UTF_8));
    }
}
