package app.margin.article;

import app.margin.json.JsonPaths;
import app.margin.json.JsonValue;
import app.margin.json.JsonValue.JsonArray;
import app.margin.json.JsonValue.JsonBoolean;
import app.margin.json.JsonValue.JsonNull;
import app.margin.json.JsonValue.JsonNumber;
import app.margin.json.JsonValue.JsonObject;
import app.margin.json.JsonValue.JsonString;
import java.math.BigInteger;
import java.util.function.Supplier;

/**
 * The checks of single values that {@link ArticleBinder}, {@link FormBinder} and {@link SpanBinder} share, in the
 * one wording of the article format's errors: the JSON path, then the line and column of the value, then the problem.
 */
final class Members {
    private final String source;

    Members(String source) {
        this.source = source;
    }

    /** An optional member's value; absent and null both mean "not given" ({@code null}). */
    static JsonValue given(JsonObject object, String name) {
        JsonValue value = object.members().get(name);
        return value instanceof JsonNull ? null : value;
    }

    /** An optional string; absent, null and blank all mean "not given" ({@code null}). */
    String optionalText(JsonObject object, String path, String name) throws ArticleException {
        JsonValue value = given(object, name);
        if (value != null && !(value instanceof JsonString)) {
            throw wrongType(JsonPaths.member(path, name), value, "a string");
        }
        String text = value == null ? null : ((JsonString) value).value();
        return text == null || text.isBlank() ? null : text;
    }

    boolean optionalBoolean(JsonObject object, String path, String name) throws ArticleException {
        JsonValue value = given(object, name);
        if (value != null && !(value instanceof JsonBoolean)) {
            throw wrongType(JsonPaths.member(path, name), value, "true or false");
        }
        return value != null && ((JsonBoolean) value).value();
    }

    /** An optional count from 0 to {@code max}; absent or null is 0. */
    int optionalCount(JsonObject object, String path, String name, int max) throws ArticleException {
        JsonValue value = given(object, name);
        if (value == null) {
            return 0;
        }
        String at = JsonPaths.member(path, name);
        BigInteger n = whole(value, () -> at);
        if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            throw problem(at, value, "\"" + name + "\" must be from 0 to " + max + ", but is " + n);
        }
        return n.intValue();
    }

    /** An optional array member, or {@code null} when it is absent or null. */
    JsonArray optionalArray(JsonObject object, String listPath, String name, String expected)
            throws ArticleException {
        JsonValue value = given(object, name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            throw wrongType(listPath, value, expected);
        }
        return array;
    }

    /** A whole number of any size; {@code path} is built only for a message, as a file may hold millions. */
    BigInteger whole(JsonValue value, Supplier<String> path) throws ArticleException {
        if (!(value instanceof JsonNumber number) || !number.integral()) {
            throw wrongType(path.get(), value, "a whole number");
        }
        String digits = number.text();
        return digits.length() <= 18 ? BigInteger.valueOf(Long.parseLong(digits)) : new BigInteger(digits);
    }

    /**
     * Refuses a paragraph index that is not one of the {@code count} paragraphs of the array named {@code list}.
     */
    void checkIndex(BigInteger index, int count, String list, String path, JsonValue value) throws ArticleException {
        if (index.signum() < 0 || index.compareTo(BigInteger.valueOf(count)) >= 0) {
            throw problem(path, value, "paragraph index " + index + " is out of range: \"" + list + "\" has "
                    + count + (count == 1 ? " paragraph" : " paragraphs")
                    + (count == 0 ? "" : ", numbered from 0 to " + (count - 1)));
        }
    }

    ArticleException wrongType(String path, JsonValue value, String expected) {
        return problem(path, value, "expected " + expected + " but found " + value.kindName());
    }

    ArticleException problem(String path, JsonValue value, String problem) {
        return ArticleException.ofStructure(source, path, value.at().line(), value.at().column(), problem);
    }
}
