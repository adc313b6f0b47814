package app.margin.exchange.readers;

import app.margin.json.JsonCursor;
import app.margin.json.JsonFormat;
import app.margin.json.JsonLimits;
import app.margin.json.JsonProblem;
import app.margin.json.JsonValue;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reading the JSON of other readers (calibre, Foliate, KOReader, W3C) as a tree, with Margin's limits and wording. */
final class ReaderJson {

    /** The largest JSON file read. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final int MAX_DEPTH = 64;

    private static final JsonFormat JSON = JsonFormat.reading(new JsonLimits(MAX_BYTES, MAX_DEPTH, 4 * 1024 * 1024,
            JsonLimits.DEFAULT_MAX_NUMBER_LENGTH));

    private ReaderJson() {}

    static JsonValue read(InputStream in, String name) throws ReaderException {
        try (JsonCursor cursor = JSON.open(in)) {
            if (cursor.next() == null) {
                throw new ReaderException(name + " is empty; it holds no highlights.");
            }
            JsonValue value = cursor.value();
            cursor.end();
            return value;
        } catch (JsonProblem e) {
            throw refusal(name, e, MAX_BYTES);
        }
    }

    /** A JSON problem in Margin's words for a file of highlights. */
    static ReaderException refusal(String name, JsonProblem e, long maxBytes) {
        String where = e.atLineAndColumn();
        return new ReaderException(switch (e.kind()) {
            case LIMIT -> name + " goes beyond what Margin reads (nested more than " + MAX_DEPTH + " deep, larger than "
                    + maxBytes / (1024 * 1024) + " MiB, or a value too long)" + where + ".";
            case TRUNCATED -> name + " ends unexpectedly" + where + "; it may have been cut off.";
            case UNREADABLE -> "Margin could not read " + name + ": " + e.problem() + ".";
            default -> name + " is not valid JSON" + where + ": " + e.problem() + ".";
        }, e);
    }

    static JsonValue.JsonObject object(JsonValue value) {
        return value instanceof JsonValue.JsonObject o ? o : null;
    }

    static List<JsonValue> array(JsonValue value) {
        return value instanceof JsonValue.JsonArray a ? a.items() : null;
    }

    static JsonValue member(JsonValue.JsonObject object, String name) {
        return object == null ? null : object.members().get(name);
    }

    /** The member as text ("" when absent or not text; a number as written). */
    static String text(JsonValue.JsonObject object, String name) {
        JsonValue v = member(object, name);
        return v instanceof JsonValue.JsonString s ? s.value() : v instanceof JsonValue.JsonNumber n ? n.text() : "";
    }

    /** Whether the member is there and is neither text nor null (a wrong type). */
    static boolean wrongText(JsonValue.JsonObject object, String name) {
        JsonValue v = member(object, name);
        return v != null && !(v instanceof JsonValue.JsonString) && !(v instanceof JsonValue.JsonNull);
    }

    /** An ISO-8601 time, or epoch seconds or milliseconds; null when absent or unreadable. */
    static Instant time(JsonValue.JsonObject object, String name) {
        return time(member(object, name));
    }

    /** An ISO-8601 time, or epoch seconds or milliseconds; null when absent or unreadable. */
    static Instant time(JsonValue v) {
        try {
            if (v instanceof JsonValue.JsonString s) {
                return Instant.parse(s.value());
            }
            if (v instanceof JsonValue.JsonNumber n) {
                double seconds = Double.parseDouble(n.text());
                return seconds > 1e11 ? Instant.ofEpochMilli((long) seconds) : Instant.ofEpochSecond((long) seconds);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** A name, or the names of a list joined ("Ann, Bo"); objects in the list give their "name". */
    static String names(JsonValue value) {
        if (value instanceof JsonValue.JsonString s) {
            return s.value();
        }
        List<JsonValue> items = array(value);
        if (items == null) {
            JsonValue.JsonObject o = object(value);
            return o == null ? "" : text(o, "name");
        }
        StringBuilder out = new StringBuilder();
        for (JsonValue item : items) {
            String name = names(item);
            if (!name.isEmpty()) {
                out.append(out.isEmpty() ? "" : ", ").append(name);
            }
        }
        return out.toString();
    }

    /** "$.highlights[3]", for messages. */
    static String where(String name, String path, JsonValue value) {
        return JsonProblem.sentence(name, path, value, "").replaceAll(": $", "");
    }

}
