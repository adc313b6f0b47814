package app.margin.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Looks at a file's first bytes to tell what it really is, whatever its name says. */
final class Sniff {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    /** An EPUB's first entry is "mimetype", stored, holding this. */
    private static final byte[] EPUB_MIMETYPE = "mimetypeapplication/epub+zip".getBytes(StandardCharsets.US_ASCII);

    private Sniff() {}

    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP);
    }

    static boolean isZip(Path file) {
        return isZip(head(file, 4));
    }

    /** A zip whose first entry is the EPUB "mimetype" file (offset 30 is where the first entry's name starts). */
    static boolean isEpub(byte[] bytes) {
        if (!isZip(bytes) || bytes.length < 30 + EPUB_MIMETYPE.length) {
            return false;
        }
        for (int i = 0; i < EPUB_MIMETYPE.length; i++) {
            if (bytes[30 + i] != EPUB_MIMETYPE[i]) {
                return false;
            }
        }
        return true;
    }

    /** A PDF document: "%PDF-" within its first kilobyte, as PDF readers allow. */
    static boolean isPdf(byte[] bytes) {
        return app.margin.article.pdf.PdfLayout.looksLikePdf(bytes);
    }

    /** The index of the first NUL byte, or -1; UTF-16 text (which has a byte order mark) is not checked. */
    static int firstNul(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return -1;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the first character after a byte order mark and white space is {@code <}, as in every web page. */
    static boolean looksLikeMarkup(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            i = 3;
        } else if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF || bytes[0] == (byte) 0xFE)) {
            return true; // UTF-16: jsoup reads its byte order mark
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'
                || bytes[i] == '\f')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    /** A hint for a file named .epub that is not a zip: what it looks like instead, or "". */
    static String whatItIs(Path file) {
        byte[] head = head(file, 512);
        if (head.length == 0) {
            return " (the file is empty)";
        }
        if (isEpub(head)) {
            return " (it is an EPUB book; rename it to end in .epub to open it)";
        }
        if (isPdf(head)) {
            return " (it is a PDF document; rename it to end in .pdf to open it)";
        }
        if (firstNul(head) < 0 && looksLikeMarkup(head)) {
            return " (it looks like a web page; rename it to end in .html to open it)";
        }
        return "";
    }

    private static byte[] head(Path file, int n) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
