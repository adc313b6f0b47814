package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderSyntaxTest {
    @TempDir
    Path dir;

    private ArticleFiles files;

    @BeforeEach
    void setUp() {
        files = new ArticleFiles(dir);
    }

    @Test
    void textThatIsNotJsonIsRefusedAtItsFirstWord() {
        ArticleException e = files.failure("Hello, this is a plain text file.\n");

        assertThat(e.userMessage()).isEqualTo(
                "us.json, line 1, column 1: expected a value but found 'Hello' (this does not look like a JSON file)");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.jsonPath()).isNull();
    }

    @Test
    void truncatedFileSaysWhereItEnds() {
        ArticleException e = files.failure("{\n  \"schemaVersion\": 1,\n  \"title\": \"A ti");

        assertThat(e.userMessage()).startsWith("us.json ends unexpectedly at line 3, column 17");
        assertThat(e.userMessage()).contains("a string is not closed");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void truncatedObjectSaysWhichBracketIsMissing() {
        ArticleException e = files.failure("{\n  \"schemaVersion\": 1,\n  \"lead\": [\"x\"]\n");

        assertThat(e.userMessage()).isEqualTo(
                "us.json ends unexpectedly at line 4, column 1 (an object is not closed with '}')");
    }

    @Test
    void trailingCommaNamesLineAndColumn() {
        ArticleException e = files.failure("{\n  \"schemaVersion\": 1,\n  \"id\": \"us\",\n  \"title\": \"T\",\n}\n");

        assertThat(e.userMessage()).isEqualTo(
                "us.json, line 5, column 1: expected a property name in double quotes but found '}' (a trailing comma?)");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void trailingCommaInArrayNamesLineAndColumn() {
        ArticleException e = files.failure("{\"lead\": [\n  \"One.\",\n  ]}");

        assertThat(e.userMessage()).isEqualTo(
                "us.json, line 3, column 3: expected a value but found ']' (a trailing comma?)");
    }

    @Test
    void missingValueIsNotCalledATrailingComma() {
        ArticleException e = files.failure("{\"title\": }");

        assertThat(e.userMessage()).isEqualTo("us.json, line 1, column 11: expected a value but found '}'");
    }

    @Test
    void missingCommaBetweenPropertiesIsNamed() {
        ArticleException e = files.failure("{\"id\": \"us\"\n \"title\": \"T\"}");

        assertThat(e.userMessage()).isEqualTo(
                "us.json, line 2, column 2: expected ',' or '}' but found '\"' (a missing comma?)");
    }

    @Test
    void duplicatePropertyNamesBothPlaces() {
        ArticleException e = files.failure("{\"title\": \"A\",\n \"title\": \"B\"}");

        assertThat(e.userMessage()).startsWith("us.json, at $.title");
        assertThat(e.userMessage()).contains("duplicate property \"title\" (first given at line 1, column 11)");
        assertThat(e.jsonPath()).isEqualTo("$.title");
    }

    @Test
    void contentAfterTheArticleIsRefused() {
        ArticleException e = files.failure(ArticleFiles.VALID + "\n{}");

        assertThat(e.userMessage()).contains("more content after the end of the article");
        assertThat(e.line()).isEqualTo(11);
    }

    @Test
    void fileThatIsNotUtf8IsRefused() throws Exception {
        Path file = dir.resolve("latin1.json");
        java.nio.file.Files.write(file, "{\"title\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        ArticleException e = files.failureOf(file);

        assertThat(e.userMessage()).startsWith("latin1.json, line 1, column ").endsWith(": the file is not valid UTF-8 text");
    }

    @Test
    void emptyFileIsRefused() {
        ArticleException e = files.failure("  \n");

        assertThat(e.userMessage()).isEqualTo("us.json: the file is empty; an article is a JSON object");
    }

    @Test
    void messagesNeverMentionJacksonOrItsFeatures() {
        String[] broken = {"{\"a\": NaN}", "// note\n{}", "{'a': 1}", "[01]", "{\"a\": \"\\q\"}", "[1}", "{\"a\": \"x\ny\"}"};
        for (String json : broken) {
            ArticleException e = files.failure(json);

            assertThat(e.userMessage())
                    .as("message for %s", json)
                    .startsWith("us.json, line ")
                    .doesNotContainIgnoringCase("jackson")
                    .doesNotContain("Feature", "`", "Exception", "code 1");
        }
    }
}
