package app.margin.exchange;

import app.margin.model.Anchor;
import app.margin.model.AnnotationId;
import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.TextQuote;
import app.margin.json.JsonPaths;
import app.margin.json.JsonProblem;
import app.margin.json.JsonValue;
import app.margin.json.JsonValue.JsonArray;
import app.margin.json.JsonValue.JsonBoolean;
import app.margin.json.JsonValue.JsonNull;
import app.margin.json.JsonValue.JsonNumber;
import app.margin.json.JsonValue.JsonObject;
import app.margin.json.JsonValue.JsonString;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the members of an export file as {@link ExportStream} reads them, turning them into records. Each problem
 * becomes an {@link ExchangeException} naming the file, the JSON path and the line and column, in the words of
 * {@link JsonProblem#sentence}. Unknown members are ignored, so a later Margin may
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
    Head head(JsonObject root) throws ExchangeException {
        JsonValue format = root.members().get("format");
        if (!(format instanceof JsonString marker) || !marker.value().equals(AnnotationExport.FORMAT)) {
            throw new ExchangeException(source + " is not a Margin notes file (at $.format, expected \""
                    + AnnotationExport.FORMAT + "\").");
        }
        JsonValue version = root.members().get("schemaVersion");
        Integer number = version instanceof JsonNumber n ? n.intValue() : null;
        if (number == null) {
            throw problem("$.schemaVersion", version == null ? root : version,
                    "expected the format version as a whole number");
        }
        if (number != AnnotationExport.SCHEMA_VERSION) {
            throw problem("$.schemaVersion", version, "this file uses format version " + number
                    + (number > AnnotationExport.SCHEMA_VERSION ? ", written by a newer Margin" : "")
                    + "; this Margin reads version " + AnnotationExport.SCHEMA_VERSION);
        }
        Instant exportedAt = time(root, "$", "exportedAt");
        JsonObject articleNode = requireObject(required(root, "$", "article"), "$.article", "an object");
        ExportData.ArticleRef article = new ExportData.ArticleRef(
                nonBlank(articleNode, "$.article", "id"),
                string(articleNode, "$.article", "title", MAX_NAME_LENGTH),
                optionalString(articleNode, "$.article", "contentHash"));
        return new Head(article, exportedAt);
    }

    /** A list member that is missing, or is not a list, as found among the top-level members. */
    ExchangeException notAList(JsonObject root, String name) {
        JsonValue node = root.members().get(name);
        return node == null
                ? missing(root, "$", name)
                : problem("$." + name, node, "expected a list, found " + describe(node));
    }

    ExchangeException notAnObject() {
        return new ExchangeException(source + " is not a Margin notes file: it holds no JSON object.");
    }

    Note note(JsonValue value, String path, String articleId) throws ExchangeException {
        JsonObject node = requireObject(value, path, "a note");
        String kindKey = string(node, path, "kind", 32);
        NoteKind kind = switch (kindKey) {
            case "section" -> NoteKind.SECTION;
            case "highlight" -> NoteKind.HIGHLIGHT;
            default -> throw problem(path + ".kind", node.members().get("kind"), "unknown kind \"" + kindKey
                    + "\"; expected \"section\" or \"highlight\"");
        };
        Anchor anchor = anchor(node, path);
        if (kind == NoteKind.HIGHLIGHT && anchor.quote() == null) {
            throw problem(path + ".quote", node.members().get("quote"), "a highlight needs the quoted passage");
        }
        String colorKey = optionalString(node, path, "color");
        HighlightColor color = null;
        if (colorKey != null) {
            try {
                color = HighlightColor.fromKey(colorKey);
            } catch (IllegalArgumentException e) {
                throw problem(path + ".color", node.members().get("color"), "unknown colour \"" + colorKey + "\"; expected one of "
                        + ExportFields.colorKeys());
            }
        }
        String text = string(node, path, "text", Note.MAX_TEXT_LENGTH);
        JsonArray tagArray = array(node, path, "tags");
        int count = tagArray.items().size();
        if (count > MAX_TAGS) {
            throw problem(path + ".tags", tagArray, "a note has " + count + " tags; Margin keeps at most " + MAX_TAGS);
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonValue tag = tagArray.items().get(i);
            String tagPath = JsonPaths.index(path + ".tags", i);
            if (!(tag instanceof JsonString tagText)) {
                throw problem(tagPath, tag, "expected a tag as text, found " + describe(tag));
            }
            if (tagText.value().length() > MAX_TAG_LENGTH) {
                throw problem(tagPath, tag, "the tag is " + tagText.value().length()
                        + " characters long; Margin keeps at most " + MAX_TAG_LENGTH);
            }
            tags.add(tagText.value());
        }
        return new Note(id(node, path), articleId, optionalString(node, path, "contentHash"), kind,
                anchor, color, text, tags, time(node, path, "created"), time(node, path, "updated"));
    }

    Bookmark bookmark(JsonValue value, String path, String articleId) throws ExchangeException {
        JsonObject node = requireObject(value, path, "a bookmark");
        return new Bookmark(id(node, path), articleId, optionalString(node, path, "contentHash"),
                anchor(node, path), string(node, path, "name", MAX_NAME_LENGTH), time(node, path, "created"),
                time(node, path, "updated"));
    }

    private Anchor anchor(JsonObject node, String path) throws ExchangeException {
        String sectionId = nonBlank(node, path, "sectionId");
        JsonValue quoteValue = required(node, path, "quote");
        TextQuote quote = null;
        if (!(quoteValue instanceof JsonNull)) {
            JsonObject quoteNode = requireObject(quoteValue, path + ".quote", "the quoted passage or null");
            String exact = string(quoteNode, path + ".quote", "exact", Integer.MAX_VALUE);
            if (exact.isEmpty()) {
                throw problem(path + ".quote.exact", quoteNode.members().get("exact"), "the quoted passage is empty");
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
    private String id(JsonObject node, String path) throws ExchangeException {
        String id = string(node, path, "id", Integer.MAX_VALUE);
        if (!AnnotationId.isSafe(id)) {
            throw problem(path + ".id", node.members().get("id"), "the id " + preview(id) + " is not one Margin accepts; an id is "
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

    void unique(Set<String> ids, String id, String path, JsonValue at) throws ExchangeException {
        if (!ids.add(id)) {
            throw problem(path, at, "the id \"" + id + "\" is used twice in this file");
        }
    }

    private JsonObject requireObject(JsonValue node, String path, String what) throws ExchangeException {
        if (!(node instanceof JsonObject object)) {
            throw problem(path, node, "expected " + what + " (a JSON object), found " + describe(node));
        }
        return object;
    }

    private JsonArray array(JsonObject parent, String path, String name) throws ExchangeException {
        JsonValue node = required(parent, path, name);
        if (!(node instanceof JsonArray array)) {
            throw problem(path + "." + name, node, "expected a list, found " + describe(node));
        }
        return array;
    }

    private String string(JsonObject parent, String path, String name, int maxLength) throws ExchangeException {
        JsonValue node = required(parent, path, name);
        if (!(node instanceof JsonString text)) {
            throw problem(path + "." + name, node, "expected text, found " + describe(node));
        }
        String value = text.value();
        if (value.length() > maxLength) {
            throw problem(path + "." + name, node, "the text is " + value.length()
                    + " characters long; Margin keeps at most " + maxLength);
        }
        return value;
    }

    private String nonBlank(JsonObject parent, String path, String name) throws ExchangeException {
        String value = string(parent, path, name, 1_000);
        if (value.isBlank()) {
            throw problem(path + "." + name, parent.members().get(name), "must not be empty");
        }
        return value;
    }

    private String optionalString(JsonObject parent, String path, String name) throws ExchangeException {
        JsonValue node = parent.members().get(name);
        if (node == null || node instanceof JsonNull) {
            return null;
        }
        return string(parent, path, name, 1_000);
    }

    private int offset(JsonObject parent, String path, String name) throws ExchangeException {
        JsonValue node = required(parent, path, name);
        Integer value = node instanceof JsonNumber number ? number.intValue() : null;
        if (value == null || value < -1) {
            throw problem(path + "." + name, node, "expected a whole number of -1 or more, found " + describe(node));
        }
        return value;
    }

    private Instant time(JsonObject parent, String path, String name) throws ExchangeException {
        String text = string(parent, path, name, 64);
        JsonValue node = parent.members().get(name);
        Instant time;
        try {
            time = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(path + "." + name, node, "expected a UTC time like 2025-03-01T09:30:00.000000000Z, found "
                    + preview(text));
        }
        if (time.isBefore(EARLIEST) || !time.isBefore(LATEST)) {
            throw problem(path + "." + name, node, "the time " + preview(text)
                    + " is outside the years 1970 to 9999 that Margin accepts");
        }
        return time;
    }

    private JsonValue required(JsonObject parent, String path, String name) throws ExchangeException {
        JsonValue node = parent.members().get(name);
        if (node == null) {
            throw missing(parent, path, name);
        }
        return node;
    }

    /** A missing member, placed where its object starts. */
    private ExchangeException missing(JsonObject parent, String path, String name) {
        return problem(path + "." + name, parent, "this member is missing");
    }

    private ExchangeException problem(String path, JsonValue at, String what) {
        return new ExchangeException(JsonProblem.sentence(source, path, at, what) + ".");
    }

    private static String describe(JsonValue node) {
        if (node instanceof JsonNumber number) {
            return "the number " + number.text();
        }
        if (node instanceof JsonBoolean flag) {
            return String.valueOf(flag.value());
        }
        return node instanceof JsonString ? "text" : node instanceof JsonArray ? "a list"
                : node instanceof JsonObject ? "an object" : "null";
    }
}
