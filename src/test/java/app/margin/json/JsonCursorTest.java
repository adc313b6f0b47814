package app.margin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.json.JsonValue.JsonObject;
import app.margin.json.JsonValue.JsonString;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonCursorTest {
    private static final JsonFormat JSON = JsonFormat.reading(new JsonLimits(1024, 8, 100, 32));

    private static JsonCursor open(String text) throws JsonProblem {
        return JSON.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aStreamedValueKnowsItsPathAndLineAndColumn() throws Exception {
        try (JsonCursor cursor = open("{\"notes\": [\n  {\"id\": \"a\"},\n  {\"quote\": {\"exact\": \"x\"}}]}")) {
            cursor.next(); // {
            cursor.next(); // notes
            assertThat(cursor.path()).isEqualTo("$.notes");
            cursor.next(); // [
            cursor.next(); // first note
            cursor.skip();
            cursor.next(); // second note
            assertThat(cursor.path()).isEqualTo("$.notes[1]");
            assertThat(cursor.at()).isEqualTo(new JsonValue.Position(3, 3));
            JsonObject note = (JsonObject) cursor.value();
            JsonObject quote = (JsonObject) note.members().get("quote");
            assertThat(((JsonString) quote.members().get("exact")).at()).isEqualTo(new JsonValue.Position(3, 23));
            assertThat(cursor.next()).isEqualTo(JsonToken.END_ARRAY);
        }
    }

    @Test
    void aMemberTwiceInATreeNamesItsPathAndWhereItWasFirstGiven() throws Exception {
        try (JsonCursor cursor = open("{\"a\": {\"b\": 1,\n \"b\": 2}}")) {
            cursor.next();
            assertThatThrownBy(cursor::value).isInstanceOfSatisfying(JsonProblem.class, e -> {
                assertThat(e.kind()).isEqualTo(JsonProblem.Kind.DUPLICATE);
                assertThat(e.path()).isEqualTo("$.a.b");
                assertThat(e.problem()).isEqualTo("duplicate property \"b\" (first given at line 1, column 13)");
                assertThat(JsonProblem.sentence("x.json", e.path(), e.line(), e.column(), e.problem()))
                        .startsWith("x.json, at $.a.b (line 2, column ");
            });
        }
    }

    @Test
    void contentAfterTheValueIsATrailingProblemAtItsPlace() throws Exception {
        try (JsonCursor cursor = open("{}\n [1]")) {
            cursor.next();
            cursor.value();
            assertThatThrownBy(cursor::end).isInstanceOfSatisfying(JsonProblem.class, e -> {
                assertThat(e.kind()).isEqualTo(JsonProblem.Kind.TRAILING);
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.column()).isEqualTo(2);
            });
        }
    }

    @Test
    void aTrailingCommaIsNamedAsOneAndJacksonIsNotQuoted() throws Exception {
        try (JsonCursor cursor = open("{\"a\": [1, 2, ]}")) {
            cursor.next();
            assertThatThrownBy(cursor::value).isInstanceOfSatisfying(JsonProblem.class, e -> {
                assertThat(e.kind()).isEqualTo(JsonProblem.Kind.SYNTAX);
                assertThat(e.problem()).isEqualTo("expected a value but found ']' (a trailing comma?)");
                assertThat(e.getMessage()).doesNotContainIgnoringCase("jackson");
            });
        }
    }

    @Test
    void aLimitSaysWhichLimit() throws Exception {
        try (JsonCursor cursor = open("[[[[[[[[[[1]]]]]]]]]]")) {
            cursor.next();
            assertThatThrownBy(cursor::value).isInstanceOfSatisfying(JsonProblem.class, e -> {
                assertThat(e.kind()).isEqualTo(JsonProblem.Kind.LIMIT);
                assertThat(e.limit()).isEqualTo(JsonProblem.Limit.NESTING);
                assertThat(e.problem()).isEqualTo("objects and arrays are nested more than 8 levels deep, the limit");
            });
        }
    }
}
