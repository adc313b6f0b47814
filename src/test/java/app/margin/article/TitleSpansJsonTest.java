package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.Section;
import app.margin.model.Span;
import app.margin.model.Span.Style;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A section title's spans in Margin JSON: version 2's optional "titleSpans", kept through a write and a read. */
class TitleSpansJsonTest {
    private static final String TITLE = "process.cpuUsage([previousValue]) and the old way";

    @TempDir
    Path dir;

    private ArticleFiles files;

    @BeforeEach
    void setUp() {
        files = new ArticleFiles(dir);
    }

    private static Article withTitleSpans(List<Span> spans) {
        Section section = new Section("cpu", TITLE, List.of("Returns the user and system CPU time."), List.of(),
                Set.of(), Map.of(), spans);
        return new Article("node", "Process", null, null, null, List.of(), List.of(section), false);
    }

    @Test
    void aTitlesSpansAreWrittenAsVersion2AndReadBackWithTheSameText() throws Exception {
        Article article = withTitleSpans(List.of(new Span(0, 33, Style.CODE), new Span(42, 45, Style.EMPHASIS)));

        String json = ArticleFormsJsonTest.written(article);
        Article back = ArticleFormsJsonTest.read(json);

        assertThat(json).contains("\"schemaVersion\" : 2").contains("\"titleSpans\" : [ [ 0, 33, \"code\" ], "
                + "[ 42, 45, \"em\" ] ]");
        assertThat(back).isEqualTo(article);
        assertThat(back.sections().get(0).title()).isEqualTo(TITLE);
        assertThat(back.sections().get(0).titleSpans()).containsExactly(new Span(0, 33, Style.CODE),
                new Span(42, 45, Style.EMPHASIS));
        assertThat(ArticleFormsJsonTest.written(back)).as("canonical").isEqualTo(json);
    }

    @Test
    void aTitlesSpansDoNotChangeTheContentHashThatNotesKeep() {
        assertThat(ContentHash.of(withTitleSpans(List.of(new Span(0, 33, Style.CODE)))))
                .isEqualTo(ContentHash.of(withTitleSpans(List.of())));
    }

    @Test
    void aPlainTitleWritesNoTitleSpansAndStaysVersion1() throws Exception {
        String json = ArticleFormsJsonTest.written(withTitleSpans(List.of()));

        assertThat(json).contains("\"schemaVersion\" : 1").doesNotContain("titleSpans");
    }

    @Test
    void aVersion1FileAndAVersion2FileWithoutTitleSpansReadAsBefore() throws Exception {
        Article v1 = new ArticleReader().read(files.write("v1.json", ArticleFiles.VALID));
        Article v2 = new ArticleReader().read(files.write("v2.json", ArticleFormsJsonTest.RICH));

        assertThat(v1.sections().get(0).titleSpans()).isEmpty();
        assertThat(v2.sections().get(0).titleSpans()).isEmpty();
        assertThat(ArticleFormsJsonTest.written(v1)).isEqualTo(ArticleFormsJsonTest.written(
                new Article("us", "A title", null, null, null, List.of("Before the first heading."),
                        List.of(new Section("intro", "Intro", List.of("One.", "Two."), List.of())), false)));
    }

    @Test
    void titleSpansInAVersion1FileAreRefusedRatherThanLost() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"title\": \"Intro\",",
                "\"title\": \"Intro\", \"titleSpans\": [[0, 5, \"em\"]],"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].titleSpans");
        assertThat(e.problem()).isEqualTo("\"titleSpans\" came with schemaVersion 2, but this file has schemaVersion "
                + "1; write \"schemaVersion\": 2 to keep them");
    }

    @Test
    void aSpanPastTheTitleIsRefusedNamingTheTitle() {
        ArticleException e = files.failure(titleSpans("[[0, 2, \"em\"], [2, 6, \"code\"]]"));

        assertThat(e.userMessage()).isEqualTo("us.json, at $.sections[0].titleSpans[1][1] (line 6, column 96): the "
                + "span runs to 6, past the end of the title, which has 5 characters");
    }

    @Test
    void anUnknownStyleAndAMalformedSpanAreNamedAsInAForm() {
        ArticleException unknown = files.failure(titleSpans("[[0, 2, \"bold\"]]"));
        ArticleException shape = files.failure(titleSpans("[[0, 2]]"));
        ArticleException notArray = files.failure(titleSpans("{\"start\": 0}"));
        ArticleException before = files.failure(titleSpans("[[-1, 2, \"em\"]]"));

        assertThat(unknown.jsonPath()).isEqualTo("$.sections[0].titleSpans[0][2]");
        assertThat(unknown.problem()).startsWith("unknown span style \"bold\"; the styles are em, strong, code");
        assertThat(shape.problem()).isEqualTo("a span is [start, end, style] or [start, end, style, target], but this "
                + "one has 2 items");
        assertThat(notArray.jsonPath()).isEqualTo("$.sections[0].titleSpans");
        assertThat(notArray.problem()).isEqualTo("expected an array of spans [start, end, style] or [start, end, "
                + "style, target] but found an object");
        assertThat(before.problem()).isEqualTo("a span starts at a character of the title, from 0, not at -1");
    }

    @Test
    void aLinkOrNoteReferenceInATitleIsRefusedAsATitleIsNotFollowed() {
        ArticleException link = files.failure(titleSpans("[[0, 5, \"link\", \"#intro\"]]"));
        ArticleException note = files.failure(titleSpans("[[0, 1, \"noteref\", \"#fn1\"]]"));

        assertThat(link.jsonPath()).isEqualTo("$.sections[0].titleSpans[0][2]");
        assertThat(link.problem()).isEqualTo("a section's title is not followed, so its spans cannot be a link; the "
                + "styles a title keeps are em, strong, code, sub, sup, strike, smallcaps");
        assertThat(note.problem()).startsWith("a section's title is not followed, so its spans cannot be a noteref");
    }

    @Test
    void theMessagesDocumentedInTheFormatAreTheReadersOwn() throws Exception {
        String doc = Files.readString(Path.of("docs/article-format.md"), StandardCharsets.UTF_8);
        ArticleException past = files.failure(titleSpans("[[0, 2, \"em\"], [2, 6, \"code\"]]"));
        ArticleException link = files.failure(titleSpans("[[0, 5, \"link\", \"#intro\"]]"));
        ArticleException v1 = files.failure(titleSpans("[[0, 5, \"em\"]]")
                .replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"));

        assertThat(doc).contains(past.userMessage(), link.userMessage(), v1.userMessage());
    }

    @Test
    void theDocumentedVersion2ExampleHasATitleWithEmphasis() throws Exception {
        String doc = Files.readString(Path.of("docs/article-format.md"), StandardCharsets.UTF_8);
        int example = doc.indexOf("```json", doc.indexOf("A version 2 article"));
        Section lenses = ArticleFormsJsonTest.read(doc.substring(example + "```json".length(),
                doc.indexOf("```", example + 7))).sections().get(0);

        assertThat(lenses.title()).isEqualTo("Fresnel lenses");
        assertThat(lenses.titleSpans()).containsExactly(new Span(0, 7, Style.EMPHASIS));
    }

    @Test
    void nullTitleSpansMeanNone() throws Exception {
        Article article = new ArticleReader().read(files.write("us.json", titleSpans("null")));

        assertThat(article.sections().get(0).titleSpans()).isEmpty();
    }

    /** A version 2 article whose one section, titled "Intro", has these title spans. */
    private static String titleSpans(String spans) {
        return """
                {
                  "schemaVersion": 2,
                  "id": "us",
                  "title": "A title",
                  "sections": [
                    {"id": "intro", "title": "Intro", "paragraphs": ["One."], "titleSpans": %s}
                  ]
                }
                """.formatted(spans);
    }
}
