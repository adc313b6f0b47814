package app.margin.article;

import app.margin.model.Article;
import app.margin.model.Section;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of an article's text. Annotations record it so Margin can tell when the text they
 * were anchored to has changed. It covers the title, the lead and, in reading order, every section's
 * id, title and paragraphs (nesting included); it ignores the id, byline, source, date and
 * truncated flag, which do not move annotations.
 *
 * <p>The canonical form is unambiguous: every string is written as its UTF-8 byte length followed by
 * its bytes, and every list starts with its size, so no two different articles share a form.
 */
public final class ContentHash {
    /** Changes if the canonical form ever changes, so old and new hashes never match by accident. */
    private static final String FORMAT = "margin-content-hash-v1";

    private ContentHash() {}

    /** The lower-case hex SHA-256 of the article's canonical text. */
    public static String of(Article article) {
        MessageDigest digest = sha256();
        string(digest, FORMAT);
        string(digest, article.title());
        strings(digest, article.lead());
        sections(digest, article.sections());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void sections(MessageDigest digest, List<Section> sections) {
        count(digest, sections.size());
        for (Section section : sections) {
            string(digest, section.id());
            string(digest, section.title());
            strings(digest, section.paragraphs());
            sections(digest, section.children());
        }
    }

    private static void strings(MessageDigest digest, List<String> values) {
        count(digest, values.size());
        for (String value : values) {
            string(digest, value);
        }
    }

    private static void string(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        count(digest, bytes.length);
        digest.update(bytes);
    }

    private static void count(MessageDigest digest, int n) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(n).array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
