package app.margin.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it stood in the file, so validation can name the line and
 * column of a bad value as well as its path. Only what Margin's formats need; not a general JSON API.
 * {@link JsonCursor#value()} builds one.
 */
public sealed interface JsonValue {

    /** The 1-based line and column where the value starts. */
    record Position(int line, int column) {}

    Position at();

    /** How the value is named in messages: "a string", "an array", ... */
    String kindName();

    /** An object; members keep the order of the file. */
    record JsonObject(Map<String, JsonValue> members, Position at) implements JsonValue {
        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        @Override
        public String kindName() {
            return "an object";
        }
    }

    record JsonArray(List<JsonValue> items, Position at) implements JsonValue {
        public JsonArray {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "an array";
        }
    }

    record JsonString(String value, Position at) implements JsonValue {
        @Override
        public String kindName() {
            return "a string";
        }
    }

    /** A number as written, so that big or fractional numbers can be reported faithfully. */
    record JsonNumber(String text, boolean integral, Position at) implements JsonValue {
        /** The value as an {@code int} if it is a whole number that fits one, else {@code null}. */
        public Integer intValue() {
            if (!integral) {
                return null;
            }
            java.math.BigInteger value = new java.math.BigInteger(text);
            return value.bitLength() < Integer.SIZE ? value.intValue() : null;
        }

        @Override
        public String kindName() {
            return "a number";
        }
    }

    record JsonBoolean(boolean value, Position at) implements JsonValue {
        @Override
        public String kindName() {
            return value ? "true" : "false";
        }
    }

    record JsonNull(Position at) implements JsonValue {
        @Override
        public String kindName() {
            return "null";
        }
    }
}
