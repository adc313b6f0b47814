package app.margin.article;

import app.margin.article.JsonValue.JsonArray;
import app.margin.article.JsonValue.JsonBoolean;
import app.margin.article.JsonValue.JsonNull;
import app.margin.article.JsonValue.JsonNumber;
import app.margin.article.JsonValue.JsonObject;
import app.margin.article.JsonValue.JsonString;
import app.margin.article.JsonValue.Position;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON document from a streaming parser into a {@link JsonValue} tree that keeps each
 * value's line and column. Every failure leaves as an {@link ArticleException} naming the place.
 * Recursion is bounded by the parser's nesting limit.
 */
final class JsonTreeParser {
    private final JsonParser parser;
    private final String source;
    private final ArticleReader.Limits limits;
    private final Deque<Character> open = new ArrayDeque<>();

    private JsonTreeParser(JsonParser parser, String source, ArticleReader.Limits limits) {
        this.parser = parser;
        this.source = source;
        this.limits = limits;
    }

    /** Parses the single JSON value the parser holds; content after it is an error. */
    static JsonValue parse(JsonParser parser, String source, ArticleReader.Limits limits) throws ArticleException {
        return new JsonTreeParser(parser, source, limits).document();
    }

    private JsonValue document() throws ArticleException {
        JsonToken first = next(false, null, null);
        if (first == null) {
            throw ArticleException.ofFile(source, "the file is empty; an article is a JSON object", null);
        }
        JsonValue root = value(first, JsonPaths.ROOT);
        JsonToken extra = next(false, null, null);
        if (extra != null) {
            Position at = position(parser.currentTokenLocation());
            throw ArticleException.ofSyntax(source, at.line(), at.column(),
                    "more content after the end of the article; a file holds one JSON object", null);
        }
        return root;
    }

    private JsonValue value(JsonToken token, String path) throws ArticleException {
        Position at = position(parser.currentTokenLocation());
        return switch (token) {
            case START_OBJECT -> object(path, at);
            case START_ARRAY -> array(path, at);
            case VALUE_STRING -> new JsonString(text(), at);
            case VALUE_NUMBER_INT -> new JsonNumber(text(), true, at);
            case VALUE_NUMBER_FLOAT -> new JsonNumber(text(), false, at);
            case VALUE_TRUE -> new JsonBoolean(true, at);
            case VALUE_FALSE -> new JsonBoolean(false, at);
            case VALUE_NULL -> new JsonNull(at);
            default -> throw new IllegalStateException("unexpected token " + token + " at " + path);
        };
    }

    private JsonObject object(String path, Position at) throws ArticleException {
        open.push('{');
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (true) {
            JsonToken token = next(!members.isEmpty(), path, members);
            if (token == JsonToken.END_OBJECT) {
                break;
            }
            String name = currentName();
            String memberPath = JsonPaths.member(path, name);
            members.put(name, value(next(false, path, members), memberPath));
        }
        open.pop();
        return new JsonObject(members, at);
    }

    private JsonArray array(String path, Position at) throws ArticleException {
        open.push('[');
        List<JsonValue> items = new ArrayList<>();
        while (true) {
            JsonToken token = next(!items.isEmpty(), path, null);
            if (token == JsonToken.END_ARRAY) {
                break;
            }
            items.add(value(token, JsonPaths.index(path, items.size())));
        }
        open.pop();
        return new JsonArray(items, at);
    }

    /**
     * The next token, with Jackson's errors translated. {@code afterComma} says a separator was just
     * read (for the trailing-comma hint); {@code members} is the object being filled, for duplicates.
     */
    private JsonToken next(boolean afterComma, String objectPath, Map<String, JsonValue> members)
            throws ArticleException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw translate(e, afterComma, objectPath, members);
        } catch (CharConversionException e) {
            throw atCurrentLocation("the file is not valid UTF-8 text", e);
        } catch (IOException e) {
            throw ArticleException.ofFile(source, ArticleReader.readFailure(e), e);
        }
    }

    private String text() throws ArticleException {
        try {
            return parser.getText();
        } catch (JsonProcessingException e) {
            throw translate(e, false, null, null);
        } catch (IOException e) {
            throw ArticleException.ofFile(source, ArticleReader.readFailure(e), e);
        }
    }

    private String currentName() throws ArticleException {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw ArticleException.ofFile(source, ArticleReader.readFailure(e), e);
        }
    }

    private ArticleException translate(
            JsonProcessingException e, boolean afterComma, String objectPath, Map<String, JsonValue> members) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        Position at = position(location);
        if (e instanceof JsonEOFException) {
            String hint = SyntaxMessages.truncationHint(e.getOriginalMessage(), open.isEmpty() ? ' ' : open.peek());
            return ArticleException.ofTruncation(source, at.line(), at.column(), hint, e);
        }
        String problem = SyntaxMessages.describe(e, new SyntaxMessages.Context(afterComma, open.isEmpty()), limits);
        if (members != null && problem.startsWith("duplicate property")) {
            String name = duplicateName(members);
            if (name != null) {
                Position first = members.get(name).at();
                return ArticleException.ofStructure(source, JsonPaths.member(objectPath, name), at.line(), at.column(),
                        problem + " (first given at line " + first.line() + ", column " + first.column() + ")");
            }
        }
        return ArticleException.ofSyntax(source, at.line(), at.column(), problem, e);
    }

    private String duplicateName(Map<String, JsonValue> members) {
        try {
            String name = parser.currentName();
            return name != null && members.containsKey(name) ? name : null;
        } catch (IOException e) {
            return null;
        }
    }

    private ArticleException atCurrentLocation(String problem, Throwable cause) {
        Position at = position(parser.currentLocation());
        return ArticleException.ofSyntax(source, at.line(), at.column(), problem, cause);
    }

    private static Position position(JsonLocation location) {
        if (location == null) {
            return new Position(0, 0);
        }
        return new Position(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }
}
