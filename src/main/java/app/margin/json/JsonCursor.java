package app.margin.json;

import app.margin.json.JsonValue.JsonArray;
import app.margin.json.JsonValue.JsonBoolean;
import app.margin.json.JsonValue.JsonNull;
import app.margin.json.JsonValue.JsonNumber;
import app.margin.json.JsonValue.JsonObject;
import app.margin.json.JsonValue.JsonString;
import app.margin.json.JsonValue.Position;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks one JSON document token by token, knowing where it is: the line and column of each token and, on demand,
 * its JSON path ({@code $.notes[3].quote}). A format streams the big lists and reads each small part as a
 * {@link JsonValue} tree with {@link #value()}; every failure leaves as a {@link JsonProblem} in Margin's words.
 * Paths are built only when asked for, so reading stays as fast as the parser. Not thread-safe.
 */
public final class JsonCursor implements AutoCloseable {
    private final JsonParser parser;
    private final JsonLimits limits;
    /** The last token read: after a value inside a container, the next thing may follow a comma. */
    private JsonToken last;

    JsonCursor(JsonParser parser, JsonLimits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    /** The next token, or {@code null} at the end of the input. */
    public JsonToken next() throws JsonProblem {
        try {
            last = parser.currentToken();
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (CharConversionException e) {
            throw syntax(parser.currentLocation(), "the file is not valid UTF-8 text", e);
        } catch (IOException e) {
            throw JsonProblem.unreadable(e);
        }
    }

    /** The token the cursor is at. */
    public JsonToken token() {
        return parser.currentToken();
    }

    /** The member name the cursor is at (or whose value it is at). */
    public String name() throws JsonProblem {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw JsonProblem.unreadable(e);
        }
    }

    /** Where the current token starts. */
    public Position at() {
        return position(parser.currentTokenLocation());
    }

    /** The JSON path of the current token's value, like {@code $.sections[1].id}. */
    public String path() {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            return containerPath(context);
        }
        return entryPath(context);
    }

    /** Passes over the value the cursor is at (all of it, if it is an object or array). */
    public void skip() throws JsonProblem {
        try {
            parser.skipChildren();
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw JsonProblem.unreadable(e);
        }
    }

    /**
     * Reads the value that starts at the current token into a tree that keeps each value's line and column; the
     * cursor is left at the value's last token. Recursion is bounded by the nesting limit.
     */
    public JsonValue value() throws JsonProblem {
        JsonToken token = parser.currentToken();
        Position at = at();
        return switch (token) {
            case START_OBJECT -> object(at);
            case START_ARRAY -> array(at);
            case VALUE_STRING -> new JsonString(text(), at);
            case VALUE_NUMBER_INT -> new JsonNumber(text(), true, at);
            case VALUE_NUMBER_FLOAT -> new JsonNumber(text(), false, at);
            case VALUE_TRUE -> new JsonBoolean(true, at);
            case VALUE_FALSE -> new JsonBoolean(false, at);
            case VALUE_NULL -> new JsonNull(at);
            default -> throw new IllegalStateException("no value starts at " + token + " (" + path() + ")");
        };
    }

    /** Requires that nothing but whitespace follows the document's one value. */
    public void end() throws JsonProblem {
        if (next() != null) {
            Position at = at();
            throw new JsonProblem(JsonProblem.Kind.TRAILING, null, at.line(), at.column(), null,
                    "more content after the end of the JSON value", null);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // the caller owns the stream; nothing was written
        }
    }

    private JsonObject object(Position at) throws JsonProblem {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (true) {
            JsonToken token;
            try {
                token = next();
            } catch (JsonProblem e) {
                throw e.kind() == JsonProblem.Kind.DUPLICATE ? duplicate(e, members) : e;
            }
            if (token == JsonToken.END_OBJECT) {
                return new JsonObject(members, at);
            }
            String name = name();
            next();
            members.put(name, value());
        }
    }

    private JsonArray array(Position at) throws JsonProblem {
        List<JsonValue> items = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
            items.add(value());
        }
        return new JsonArray(items, at);
    }

    /** A duplicate member of an object read as a tree: named by its path, with where it was first given. */
    private JsonProblem duplicate(JsonProblem e, Map<String, JsonValue> members) {
        String name;
        try {
            name = parser.currentName();
        } catch (IOException ignored) {
            return e;
        }
        JsonValue first = name == null ? null : members.get(name);
        if (first == null) {
            return e;
        }
        String path = JsonPaths.member(containerPath(parser.getParsingContext()), name);
        return new JsonProblem(JsonProblem.Kind.DUPLICATE, null, e.line(), e.column(), path, e.problem()
                + " (first given at line " + first.at().line() + ", column " + first.at().column() + ")", null);
    }

    private String text() throws JsonProblem {
        try {
            return parser.getText();
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw JsonProblem.unreadable(e);
        }
    }

    private JsonProblem translate(JsonProcessingException e) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        Position at = position(location);
        JsonStreamContext context = parser.getParsingContext();
        if (e instanceof JsonEOFException) {
            char open = context.inObject() ? '{' : context.inArray() ? '[' : ' ';
            return new JsonProblem(JsonProblem.Kind.TRUNCATED, null, at.line(), at.column(), null,
                    SyntaxMessages.truncationHint(e.getOriginalMessage(), open), e);
        }
        if (e instanceof StreamConstraintsException limit) {
            JsonProblem.Limit which = SyntaxMessages.limit(limit);
            return new JsonProblem(JsonProblem.Kind.LIMIT, which, at.line(), at.column(), null,
                    SyntaxMessages.describeLimit(which, limits), e);
        }
        boolean inContainer = !context.inRoot();
        boolean afterComma = inContainer && last != null && (last.isScalarValue() || last.isStructEnd());
        String problem = SyntaxMessages.describe(e, new SyntaxMessages.Context(afterComma, !inContainer));
        JsonProblem.Kind kind = problem.startsWith("duplicate property")
                ? JsonProblem.Kind.DUPLICATE
                : JsonProblem.Kind.SYNTAX;
        return new JsonProblem(kind, null, at.line(), at.column(), null, problem, e);
    }

    private static JsonProblem syntax(JsonLocation location, String problem, Throwable cause) {
        Position at = position(location);
        return new JsonProblem(JsonProblem.Kind.SYNTAX, null, at.line(), at.column(), null, problem, cause);
    }

    /** The path of the object or array that {@code context} reads. */
    private static String containerPath(JsonStreamContext context) {
        JsonStreamContext parent = context.getParent();
        return parent == null ? JsonPaths.ROOT : entryPath(parent);
    }

    /** The path of the entry {@code context} is at: its current member or item. */
    private static String entryPath(JsonStreamContext context) {
        if (context.inObject()) {
            String name = context.getCurrentName();
            return name == null ? containerPath(context) : JsonPaths.member(containerPath(context), name);
        }
        if (context.inArray()) {
            return JsonPaths.index(containerPath(context), Math.max(0, context.getCurrentIndex()));
        }
        return JsonPaths.ROOT;
    }

    private static Position position(JsonLocation location) {
        if (location == null) {
            return new Position(0, 0);
        }
        return new Position(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }
}
