package app.margin.article;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set of an HTML, XHTML or XML file, found from its first bytes as jsoup finds it when it is given
 * none: a {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="…; charset=…">} in the first
 * 5 KB, else the XML declaration's {@code encoding}, else UTF-8 (a byte-order mark, which overrides all of these,
 * jsoup still reads itself).
 *
 * <p>Why not let jsoup do it: to find the meta element, jsoup parses the file's first 5 KB, then parses the whole
 * file again from its start. An EPUB's chapters and package files are mostly a few kilobytes, so every one was
 * parsed about twice: 28 ms of the 133 ms a 60-chapter book took to read at start (CPU, installed app), and the
 * package document, its navigation and the first chapters on the way to the first page. Looking at the bytes
 * is what browsers do first too (HTML's "prescan"). Comments are skipped, as jsoup's parse skips them. A meta
 * element cut off by the end of the 5 KB is not read (jsoup drops it, or keeps the attributes it had read, depending
 * on where the cut falls).
 */
final class MarkupCharset {
    /** How far jsoup looks for a charset (its {@code firstReadBufferSize}). */
    static final int HEAD = 5 * 1024;

    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
    private static final Pattern META = Pattern.compile("(?i)<meta(?=[\\s/>])[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?i)([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");
    /** jsoup's own pattern for a content type's charset. */
    private static final Pattern CONTENT_CHARSET = Pattern.compile("(?i)\\bcharset=\\s*(?:[\"'])?([^\\s,;\"']*)");
    private static final Pattern XML_DECLARATION = Pattern.compile("<\\?xml(?=\\s)([^>]*?)\\??>");

    private MarkupCharset() {
    }

    /**
     * The charset to read {@code bytes} in with jsoup's XML parser ({@code xml}) or its HTML parser; UTF-8 when the
     * file names none Java knows. The two differ in one thing: the HTML parser drops white space before an XML
     * declaration, and then reads it; for the XML parser that space is the document's first node.
     */
    static Charset of(byte[] bytes, boolean xml) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        String named = fromMeta(COMMENT.matcher(head).replaceAll(""));
        int start = 0;
        while (!xml && start < head.length() && " \t\n\f\r".indexOf(head.charAt(start)) >= 0) {
            start++;
        }
        if (named == null && head.startsWith("<?xml", start)) {
            Matcher declaration = XML_DECLARATION.matcher(head).region(start, head.length());
            if (declaration.lookingAt()) {
                named = attributes(declaration.group(1)).encoding;
            }
        }
        Charset charset = supported(named);
        return charset != null ? charset : StandardCharsets.UTF_8;
    }

    /** The first meta element's charset, in document order, as jsoup takes it; or null. */
    private static String fromMeta(String head) {
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Attributes a = attributes(meta.group().substring(5, meta.group().length() - 1));
            if (a.charset == null && (a.httpEquiv == null || !a.httpEquiv.strip().equalsIgnoreCase("content-type"))) {
                continue; // jsoup looks at meta[http-equiv=content-type], meta[charset]
            }
            String found = null;
            if (a.httpEquiv != null) {
                found = a.content == null ? null : fromContent(a.content);
            }
            if (found == null && a.charset != null) {
                found = a.charset;
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String fromContent(String content) {
        Matcher m = CONTENT_CHARSET.matcher(content);
        if (!m.find()) {
            return null;
        }
        String charset = m.group(1).strip();
        return charset.isEmpty() || supported(charset) == null ? null : charset;
    }

    private static Charset supported(String name) {
        if (name == null) {
            return null;
        }
        String cleaned = name.strip().replaceAll("[\"']", "");
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            if (Charset.isSupported(cleaned)) {
                return Charset.forName(cleaned);
            }
            String upper = cleaned.toUpperCase(Locale.ENGLISH);
            return Charset.isSupported(upper) ? Charset.forName(upper) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    /** The attributes that matter here, the first of each name. */
    private static final class Attributes {
        String httpEquiv;
        String content;
        String charset;
        String encoding;
    }

    private static Attributes attributes(String tag) {
        Attributes out = new Attributes();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            if (value == null) {
                value = "";
            }
            switch (name) {
                case "http-equiv" -> out.httpEquiv = out.httpEquiv == null ? value : out.httpEquiv;
                case "content" -> out.content = out.content == null ? value : out.content;
                case "charset" -> out.charset = out.charset == null ? value : out.charset;
                case "encoding" -> out.encoding = out.encoding == null ? value : out.encoding;
                default -> {
                }
            }
        }
        return out;
    }
}
