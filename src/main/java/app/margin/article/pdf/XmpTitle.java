package app.margin.article.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * The title a PDF's XMP metadata gives ({@code dc:title}, its default language's entry first), for documents whose
 * Info dictionary names none (pdfx, some exporters). Only the first {@link #MAX_BYTES} of the metadata are read, and
 * it is looked through, not parsed: nothing in it is fetched or run.
 */
final class XmpTitle {
    static final int MAX_BYTES = 1 << 20;
    private static final Pattern TITLE = Pattern.compile("(?s)<dc:title\\b[^>]*>(.*?)</dc:title>");
    private static final Pattern ITEM = Pattern.compile("(?s)<rdf:li\\b([^>]*)>(.*?)</rdf:li>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);");

    private XmpTitle() {}

    /** The XMP title, or null when there is none (or the metadata cannot be read). */
    static String of(PDDocument document) {
        try {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return null;
            }
            try (InputStream in = metadata.exportXMPMetadata()) {
                return in == null ? null : of(new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            return null; // metadata is a nicety
        }
    }

    /** The title in an XMP packet's text, or null. */
    static String of(String xmp) {
        Matcher title = TITLE.matcher(xmp);
        if (!title.find()) {
            return null;
        }
        String found = null;
        Matcher item = ITEM.matcher(title.group(1));
        while (item.find()) {
            if (found == null || item.group(1).contains("x-default")) {
                found = item.group(2);
            }
        }
        if (found == null) {
            found = title.group(1).contains("<") ? null : title.group(1);
        }
        return found == null ? null : unescape(found.replaceAll("<[^>]*>", "")).strip();
    }

    private static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String replaced = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                    yield Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(out);
        return out.toString();
    }
}
