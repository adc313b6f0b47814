package app.margin.article;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An EPUB's zip container, read with the defences a file from anywhere needs. Opening refuses a damaged zip, more
 * than {@value #MAX_ENTRIES} entries, an entry whose path leads outside the container (zip slip: an absolute path or
 * {@code ..} above the top) and an entry that claims to unpack more than {@value #MAX_RATIO} times its packed size
 * into more than 1 MiB (a zip bomb). Reading counts the bytes that really come out, whatever the entry claims: one
 * entry may give at most the file-size limit and the whole book at most {@value #MAX_TOTAL_MIB} MiB. Nothing is
 * written to disk. Not thread-safe; one import uses one archive.
 */
final class EpubArchive implements Closeable {
    static final int MAX_ENTRIES = 20_000;
    static final int MAX_RATIO = 100;
    static final long MAX_TOTAL_MIB = 256;
    private static final long MIB = 1024 * 1024;

    private final ZipFile zip;
    private final String name;
    private final long maxEntryBytes;
    private final Map<String, ZipEntry> entries;
    private long totalRead;

    private EpubArchive(ZipFile zip, String name, long maxEntryBytes, Map<String, ZipEntry> entries) {
        this.zip = zip;
        this.name = name;
        this.maxEntryBytes = maxEntryBytes;
        this.entries = entries;
    }

    static EpubArchive open(Path file, String name, long maxEntryBytes) throws ArticleException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw ArticleException.ofFile(name, "the book is not a readable zip file (it may be damaged or "
                    + "incomplete: " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw ArticleException.ofFile(name, ArticleReader.readFailure(e), e);
        }
        try {
            return new EpubArchive(zip, name, maxEntryBytes, check(zip, name));
        } catch (ArticleException | RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static Map<String, ZipEntry> check(ZipFile zip, String name) throws ArticleException {
        if (zip.size() > MAX_ENTRIES) {
            throw ArticleException.ofFile(name, "the book holds " + zip.size() + " files, more than the limit of "
                    + MAX_ENTRIES, null);
        }
        Map<String, ZipEntry> entries = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry;
            try {
                entry = all.nextElement();
            } catch (IllegalArgumentException e) {
                // Java reads each file's name and comment as UTF-8, which EPUB requires, and throws this for bytes
                // that are not. It checks the names when it opens the zip, the comments only here: a damaged
                // directory of the zip (found by ImporterFuzzTest), or a zip tool that wrote another encoding.
                throw ArticleException.ofFile(name, "the book is damaged: an entry in its list of files is not "
                        + "readable text (" + e.getMessage() + ")", e);
            }
            String path = entry.getName();
            if (escapes(path)) {
                throw ArticleException.ofFile(name, "the book holds a file whose path leads outside it (" + path
                        + "), which only a damaged or malicious file does", null);
            }
            if (isBomb(entry.getSize(), entry.getCompressedSize())) {
                throw bomb(name, path, entry.getSize(), entry.getCompressedSize());
            }
            if (!entry.isDirectory()) {
                entries.put(path, entry);
            }
        }
        return entries;
    }

    /** An absolute path, a drive letter, a backslash or a {@code ..} that climbs above the top. */
    static boolean escapes(String path) {
        if (path.startsWith("/") || path.contains("\\") || path.contains("\u0000")
                || (path.length() > 1 && path.charAt(1) == ':')) {
            return true;
        }
        int depth = 0;
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                if (--depth < 0) {
                    return true;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return false;
    }

    private static boolean isBomb(long size, long compressed) {
        return size > MIB && compressed >= 0 && size > compressed * MAX_RATIO;
    }

    private ArticleException bomb(long size, long compressed, String path) {
        return bomb(name, path, size, compressed);
    }

    private static ArticleException bomb(String name, String path, long size, long compressed) {
        return ArticleException.ofFile(name, "the book looks like a zip bomb: " + path + " unpacks to "
                + ArticleReader.Limits.describeBytes(size) + " from " + ArticleReader.Limits.describeBytes(compressed)
                + ", more than " + MAX_RATIO + " times its size", null);
    }

    boolean has(String path) {
        return path != null && entries.containsKey(path);
    }

    /** The entry's unpacked size as the zip states it (not trusted for limits), 0 when it does not say. */
    long statedSize(String path) {
        ZipEntry entry = entries.get(path);
        return entry == null ? 0 : Math.max(0, entry.getSize());
    }

    /** The entry's bytes, counted as they come out; see the class comment for the limits. */
    byte[] read(String path) throws ArticleException {
        ZipEntry entry = entries.get(path);
        if (entry == null) {
            throw ArticleException.ofFile(name, "the book is missing " + path, null);
        }
        long allowed = Math.min(maxEntryBytes, MAX_TOTAL_MIB * MIB - totalRead);
        if (entry.getSize() > allowed) {
            throw tooMuch(path);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(allowed + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > allowed) {
                throw tooMuch(path);
            }
            if (isBomb(bytes.length, entry.getCompressedSize())) {
                throw bomb(bytes.length, entry.getCompressedSize(), path);
            }
            totalRead += bytes.length;
            return bytes;
        } catch (IOException e) {
            throw ArticleException.ofFile(name, "the book is damaged: " + path + " could not be unpacked ("
                    + e.getMessage() + ")", e);
        }
    }

    private ArticleException tooMuch(String path) {
        return ArticleException.ofFile(name, "the book's text is too large: " + path + " takes it past the limit of "
                + ArticleReader.Limits.describeBytes(Math.min(maxEntryBytes, MAX_TOTAL_MIB * MIB)), null);
    }

    /**
     * The container path an {@code href} in the file at {@code base} points at, without its fragment and with
     * {@code %xx} escapes decoded; {@code null} for an address outside the book ({@code http:}, {@code mailto:}, a
     * path climbing above the top).
     */
    static String resolve(String base, String href) {
        String target = href.strip();
        int hash = target.indexOf('#');
        if (hash >= 0) {
            target = target.substring(0, hash);
        }
        if (target.isEmpty()) {
            return base;
        }
        if (target.contains(":") || target.startsWith("/")) {
            return null; // a scheme (http:, mailto:, data:) or an absolute path: not a file in the book
        }
        try {
            target = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int slash = base.lastIndexOf('/');
        String joined = (slash >= 0 ? base.substring(0, slash + 1) : "") + target;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.equals("..")) {
                if (parts.pollLast() == null) {
                    return null;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** The fragment of an {@code href} ({@code "ch1.xhtml#sec2"} → {@code "sec2"}), or "" when there is none. */
    static String fragment(String href) {
        int hash = href.indexOf('#');
        if (hash < 0) {
            return "";
        }
        try {
            return URLDecoder.decode(href.substring(hash + 1).replace("+", "%2B"), StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            return href.substring(hash + 1).strip();
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // Only reading was done; nothing is lost.
        }
    }
}
