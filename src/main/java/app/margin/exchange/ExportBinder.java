package app.margin.exchange;

import app.margin.model.Anchor;
import app.margin.model.AnnotationId;
import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.TextQuote;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the members of an export file as {@link ExportStream} reads them, turning them into records. Each problem becomes an
 * {@link ExchangeException} naming the file and the JSON path. Unknown members are ignored, so a later Margin may
 * add optional ones without raising the schema version.
 */
final class ExportBinder {

    /** The longest bookmark name, and article title, accepted. */
    static final int MAX_NAME_LENGTH = 1_000;
    /** The most tags a note may have, and the longest tag. */
    static final int MAX_TAGS = 100;
    static final int MAX_TAG_LENGTH = 200;
    /** The longest context before or after a quote (Margin itself keeps {@link TextQuote#CONTEXT_LENGTH}). */
    static final int MAX_CONTEXT_LENGTH = 1_000;
    /** Times from {@link #EARLIEST} (inclusive) to {@link #LATEST} (exclusive): the years 1970 to 9999. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    private final String source;

    /** What the top level of a file says besides its annotations. */
    record Head(ExportData.ArticleRef article, Instant exportedAt) {}

    ExportBinder(String source) {
        this.source = source;
    }

    /**
     * Checks the top-level members other than the annotation lists, in the order a reader fixes them: the
     * format marker, its version, the export time, the article.
     */
    Head head(JsonNode root) throws ExchangeException {
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.textValue().equals(AnnotationExport.FORMAT)) {
            throw new ExchangeException(source + " is not a Margin notes file (at $.format, expected \""
                    + AnnotationExport.FORMAT + "\").");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
            throw problem("$.schemaVersion", "expected the format version as a whole number");
        }
        if (version.intValue() != AnnotationExport.SCHEMA_VERSION) {
            throw problem("$.schemaVersion", "this file uses format version " + version.intValue()
                    + (version.intValue() > AnnotationExport.SCHEMA_VERSION ? ", written by a newer Margin" : "")
                    + "; this Margin reads version " + AnnotationExport.SCHEMA_VERSION);
        }
        Instant exportedAt = time(root, "$", "exportedAt");
        JsonNode articleNode = object(root, "$", "article");
        ExportData.ArticleRef article = new ExportData.ArticleRef(
                nonBlank(articleNode, "$.article", "id"),
                string(articleNode, "$.article", "title", MAX_NAME_LENGTH),
                optionalString(articleNode, "$.article", "contentHash"));
        return new Head(article, exportedAt);
    }

    /** A list member that is missing, or is not a list, as found among the top-level members. */
    ExchangeException notAList(JsonNode root, String name) {
        JsonNode node = root.get(name);
        return node == null ? missing("$", name) : problem("$." + name, "expected a list, found " + describe(node));
    }

    ExchangeException notAnObject(JsonNode root) {
        return new ExchangeException(source + " is not a Margin notes file: it holds no JSON object.");
    }

    Note note(JsonNode node, String path, String articleId) throws ExchangeException {
        requireObject(node, path, "a note");
        String kindKey = string(node, path, "kind", 32);
        NoteKind kind = switch (kindKey) {
            case "section" -> NoteKind.SECTION;
            case "highlight" -> NoteKind.HIGHLIGHT;
            default -> throw problem(path + ".kind", "unknown kind \"" + kindKey
                    + "\"; expected \"section\" or \"highlight\"");
        };
        Anchor anchor = anchor(node, path);
        if (kind == NoteKind.HIGHLIGHT && anchor.quote() == null) {
            throw problem(path + ".quote", "a highlight needs the quoted passage");
        }
        String colorKey = optionalString(node, path, "color");
        HighlightColor color = null;
        if (colorKey != null) {
            try {
                color = HighlightColor.fromKey(colorKey);
            } catch (IllegalArgumentException e) {
                throw problem(path + ".color", "unknown colour \"" + colorKey + "\"; expected one of "
                        + ExportFields.colorKeys());
            }
        }
        String text = string(node, path, "text", Note.MAX_TEXT_LENGTH);
        JsonNode tagArray = array(node, path, "tags");
        if (tagArray.size() > MAX_TAGS) {
            throw problem(path + ".tags", "a note has " + tagArray.size() + " tags; Margin keeps at most " + MAX_TAGS);
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < tagArray.size(); i++) {
            JsonNode tag = tagArray.get(i);
            if (!tag.isTextual()) {
                throw problem(path + ".tags[" + i + "]", "expected a tag as text, found " + describe(tag));
            }
            if (tag.textValue().length() > MAX_TAG_LENGTH) {
                throw problem(path + ".tags[" + i + "]", "the tag is " + tag.textValue().length()
                        + " characters long; Margin keeps at most " + MAX_TAG_LENGTH);
            }
            tags.add(tag.textValue());
        }
        return new Note(id(node, path), articleId, optionalString(node, path, "contentHash"), kind,
                anchor, color, text, tags, time(node, path, "created"), time(node, path, "updated"));
    }

    Bookmark bookmark(JsonNode node, String path, String articleId) throws ExchangeException {
        requireObject(node, path, "a bookmark");
        return new Bookmark(id(node, path), articleId, optionalString(node, path, "contentHash"),
                anchor(node, path), string(node, path, "name", MAX_NAME_LENGTH), time(node, path, "created"),
                time(node, path, "updated"));
    }

    private Anchor anchor(JsonNode node, String path) throws ExchangeException {
        String sectionId = nonBlank(node, path, "sectionId");
        JsonNode quoteNode = node.get("quote");
        TextQuote quote = null;
        if (quoteNode == null) {
            throw missing(path, "quote");
        }
        if (!quoteNode.isNull()) {
            requireObject(quoteNode, path + ".quote", "the quoted passage or null");
            String exact = string(quoteNode, path + ".quote", "exact", Integer.MAX_VALUE);
            if (exact.isEmpty()) {
                throw problem(path + ".quote.exact", "the quoted passage is empty");
            }
            quote = new TextQuote(exact, string(quoteNode, path + ".quote", "prefix", MAX_CONTEXT_LENGTH),
                    string(quoteNode, path + ".quote", "suffix", MAX_CONTEXT_LENGTH));
        }
        return new Anchor(sectionId, quote, offset(node, path, "paragraphIndex"), offset(node, path, "start"),
                offset(node, path, "end"));
    }

    /**
     * An annotation's id, which must be {@linkplain AnnotationId#isSafe safe}: ids end up in file names (kept
     * drafts) and messages, so "../x", a NUL or a thousand characters are refused here, where they come in.
     */
    private String id(JsonNode node, String path) throws ExchangeException {
        String id = string(node, path, "id", Integer.MAX_VALUE);
        if (!AnnotationId.isSafe(id)) {
            throw problem(path + ".id", "the id " + preview(id) + " is not one Margin accepts; an id is "
                    + AnnotationId.rule());
        }
        return id;
    }

    /** A value quoted in a message: at most 40 characters, control characters, quotes and backslashes as codes. */
    private static String preview(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < Math.min(value.length(), 40); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '"' || c == '\\') {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(value.length() > 40 ? "…\" (" + value.length() + " characters)" : "\"").toString();
    }

    void unique(Set<String> ids, String id, String path) throws ExchangeException {
        if (!ids.add(id)) {
            throw problem(path, "the id \"" + id + "\" is used twice in this file");
        }
    }

    private void requireObject(JsonNode node, String path, String what) throws ExchangeException {
        if (!node.isObject()) {
            throw problem(path, "expected " + what + " (a JSON object), found " + describe(node));
        }
    }

    private JsonNode object(JsonNode parent, String path, String name) throws ExchangeException {
        JsonNode node = required(parent, path, name);
        requireObject(node, path + "." + name, "an object");
        return node;
    }

    private JsonNode array(JsonNode parent, String path, String name) throws ExchangeException {
        JsonNode node = required(parent, path, name);
        if (!node.isArray()) {
            throw problem(path + "." + name, "expected a list, found " + describe(node));
        }
        return node;
    }

    private String string(JsonNode parent, String path, String name, int maxLength) throws ExchangeException {
        JsonNode node = required(parent, path, name);
        if (!node.isTextual()) {
            throw problem(path + "." + name, "expected text, found " + describe(node));
        }
        String value = node.textValue();
        if (value.length() > maxLength) {
            throw problem(path + "." + name, "the text is " + value.length()
                    + " characters long; Margin keeps at most " + maxLength);
        }
        return value;
    }

    private String nonBlank(JsonNode parent, String path, String name) throws ExchangeException {
        String value = string(parent, path, name, 1_000);
        if (value.isBlank()) {
            throw problem(path + "." + name, "must not be empty");
        }
        return value;
    }

    private String optionalString(JsonNode parent, String path, String name) throws ExchangeException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        return string(parent, path, name, 1_000);
    }

    private int offset(JsonNode parent, String path, String name) throws ExchangeException {
        JsonNode node = required(parent, path, name);
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < -1) {
            throw problem(path + "." + name, "expected a whole number of -1 or more, found " + describe(node));
        }
        return node.intValue();
    }

    private Instant time(JsonNode parent, String path, String name) throws ExchangeException {
        String text = string(parent, path, name, 64);
        Instant time;
        try {
            time = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(path + "." + name, "expected a UTC time like 2025-03-01T09:30:00.000000000Z, found "
                    + preview(text));
        }
        if (time.isBefore(EARLIEST) || !time.isBefore(LATEST)) {
            throw problem(path + "." + name, "the time " + preview(text)
                    + " is outside the years 1970 to 9999 that Margin accepts");
        }
        return time;
    }

    private JsonNode required(JsonNode parent, String path, String name) throws ExchangeException {
        JsonNode node = parent.get(name);
        if (node == null) {
            throw missing(path, name);
        }
        return node;
    }

    private ExchangeException missing(String path, String name) {
        return problem(path + "." + name, "this member is missing");
    }

    private ExchangeException problem(String path, String what) {
        return new ExchangeException(source + ", at " + path + ": " + what + ".");
    }

    private static String describe(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "text";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isObject() ? "an object" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
