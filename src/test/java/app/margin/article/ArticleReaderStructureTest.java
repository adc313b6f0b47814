package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.Section;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderStructureTest {
    @TempDir
    Path dir;

    private ArticleFiles files;

    @BeforeEach
    void setUp() {
        files = new ArticleFiles(dir);
    }

    @Test
    void validArticleMapsNestedSectionsToChildren() throws Exception {
        Path file = files.write("nested.json", """
                {"schemaVersion": 1, "id": "n.1_a-b", "title": "Nested", "byline": "By Someone",
                 "source": "https://example.org", "date": "2024-05-01", "truncated": true,
                 "futureField": {"ignored": true},
                 "sections": [
                   {"id": "a", "title": "A", "paragraphs": ["A1"], "sections": [
                     {"id": "a.1", "title": "A one", "paragraphs": ["A1.1", "A1.2"], "extra": 3}
                   ]},
                   {"id": "b", "title": "B"}
                 ]}
                """);

        Article article = new ArticleReader().read(file);

        assertThat(article.id()).isEqualTo("n.1_a-b");
        assertThat(article.byline()).isEqualTo("By Someone");
        assertThat(article.source()).isEqualTo("https://example.org");
        assertThat(article.date()).isEqualTo("2024-05-01");
        assertThat(article.truncated()).isTrue();
        assertThat(article.lead()).isEmpty();
        assertThat(article.sections()).extracting(Section::id).containsExactly("a", "b");
        Section child = article.sections().get(0).children().get(0);
        assertThat(child).isEqualTo(new Section("a.1", "A one", java.util.List.of("A1.1", "A1.2"), java.util.List.of()));
        assertThat(article.sections().get(1).paragraphs()).isEmpty();
    }

    @Test
    void optionalFieldsDefaultToAbsentAndNotTruncated() throws Exception {
        Article article = new ArticleReader().read(files.write("us.json", ArticleFiles.VALID));

        assertThat(article.byline()).isNull();
        assertThat(article.source()).isNull();
        assertThat(article.date()).isNull();
        assertThat(article.truncated()).isFalse();
    }

    @Test
    void titleThatIsANumberNamesPathAndTypes() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"A title\"", "42"));

        assertThat(e.userMessage()).isEqualTo(
                "us.json, at $.title (line 4, column 12): expected a string but found a number");
        assertThat(e.jsonPath()).isEqualTo("$.title");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(12);
    }

    @Test
    void sectionsThatIsAnObjectNamesPathAndTypes() {
        ArticleException e = files.failure("""
                {"schemaVersion": 1, "id": "us", "title": "T", "sections": {"id": "intro"}}
                """);

        assertThat(e.userMessage()).isEqualTo(
                "us.json, at $.sections (line 1, column 60): expected an array of sections but found an object");
    }

    @Test
    void missingTitleIsNamed() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"title\": \"A title\",", ""));

        assertThat(e.userMessage()).startsWith("us.json, at $ (line 1, column 1): ");
        assertThat(e.problem()).isEqualTo("required property \"title\" is missing from the article");
    }

    @Test
    void aPageCountIsReadAndANegativeOrFractionalOneIsRefusedWithItsPath() throws Exception {
        String paged = ArticleFiles.VALID.replace("\"schemaVersion\": 1,", "\"schemaVersion\": 2, \"pages\": 12,");
        assertThat(new ArticleReader().read(files.write("paged.json", paged)).pages()).isEqualTo(12);

        ArticleException negative = files.failure(paged.replace("\"pages\": 12", "\"pages\": -3"));
        assertThat(negative.jsonPath()).isEqualTo("$.pages");
        assertThat(negative.problem()).isEqualTo("\"pages\" must be from 0 to 10000000, but is -3");
        ArticleException fraction = files.failure(paged.replace("\"pages\": 12", "\"pages\": 1.5"));
        assertThat(fraction.problem()).isEqualTo("expected a whole number but found a number");
    }

    @Test
    void blankTitleIsRefused() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"A title\"", "\"   \""));

        assertThat(e.jsonPath()).isEqualTo("$.title");
        assertThat(e.problem()).isEqualTo("title must not be empty");
    }

    @Test
    void missingSectionTitleNamesTheSection() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"title\": \"Intro\", ", ""));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0]");
        assertThat(e.problem()).isEqualTo("required property \"title\" is missing from this section");
    }

    @Test
    void emptySectionIdIsRefused() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"id\": \"intro\"", "\"id\": \"\""));

        assertThat(e.userMessage()).startsWith("us.json, at $.sections[0].id (line 7, column 12): ");
        assertThat(e.problem()).isEqualTo("section id must not be empty");
    }

    @Test
    void duplicateSectionIdNamesBothPaths() {
        ArticleException e = files.failure("""
                {"schemaVersion": 1, "id": "us", "title": "T", "sections": [
                  {"id": "intro", "title": "One"},
                  {"id": "intro", "title": "Two"}
                ]}
                """);

        assertThat(e.userMessage()).isEqualTo("us.json, at $.sections[1].id (line 3, column 10): "
                + "duplicate section id \"intro\" (first used at $.sections[0].id)");
    }

    @Test
    void duplicateSectionIdAcrossNestingLevelsIsRefused() {
        ArticleException e = files.failure("""
                {"schemaVersion": 1, "id": "us", "title": "T", "sections": [
                  {"id": "intro", "title": "One", "sections": [
                    {"id": "detail", "title": "Detail"}
                  ]},
                  {"id": "more", "title": "Two", "sections": [
                    {"id": "deeper", "title": "Deeper", "sections": [{"id": "intro", "title": "Again"}]}
                  ]}
                ]}
                """);

        assertThat(e.jsonPath()).isEqualTo("$.sections[1].sections[0].sections[0].id");
        assertThat(e.problem()).isEqualTo("duplicate section id \"intro\" (first used at $.sections[0].id)");
    }

    @Test
    void sectionIdWithBadCharactersSaysWhichCharacter() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"intro\"", "\"intro part\""));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].id");
        assertThat(e.problem()).startsWith("section id \"intro part\" is not allowed: it contains a space;");
    }

    @Test
    void reservedLeadIdCannotBeUsedForASection() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"intro\"", "\"#lead\""));

        assertThat(e.problem()).startsWith("section id \"#lead\" is not allowed: it starts with '#';");
    }

    @Test
    void articleIdLongerThanTheLimitIsRefused() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"us\"", "\"" + "a".repeat(201) + "\""));

        assertThat(e.jsonPath()).isEqualTo("$.id");
        assertThat(e.problem()).isEqualTo("article id is 201 characters long; the limit is 200");
    }

    @Test
    void newerSchemaVersionIsRefusedClearly() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 3"));

        assertThat(e.jsonPath()).isEqualTo("$.schemaVersion");
        assertThat(e.problem()).isEqualTo(
                "schemaVersion 3 is newer than this version of Margin supports (2); "
                        + "a newer Margin is needed to open this article");
    }

    @Test
    void schemaVersionIsCheckedBeforeTheRestOfTheFormat() {
        ArticleException e = files.failure("{\"schemaVersion\": 3, \"document\": {}}");

        assertThat(e.problem()).startsWith("schemaVersion 3 is newer");
    }

    @Test
    void missingSchemaVersionIsRefused() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"schemaVersion\": 1,", ""));

        assertThat(e.problem()).isEqualTo("required property \"schemaVersion\" is missing from the article");
    }

    @Test
    void blankParagraphIsRefusedWithItsPath() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"Two.\"", "\" \""));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].paragraphs[1]");
        assertThat(e.problem()).isEqualTo("a paragraph must not be empty");
    }

    @Test
    void paragraphThatIsNotAStringIsRefused() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"Before the first heading.\"", "true"));

        assertThat(e.userMessage()).isEqualTo(
                "us.json, at $.lead[0] (line 5, column 12): expected a string but found true");
    }

    @Test
    void emptySectionsNeedALead() {
        ArticleException e = files.failure("{\"schemaVersion\": 1, \"id\": \"us\", \"title\": \"T\", \"sections\": []}");

        assertThat(e.jsonPath()).isEqualTo("$.sections");
        assertThat(e.problem()).contains("at least one section or a lead paragraph");
    }

    @Test
    void emptySectionsAreFineWithALead() throws Exception {
        Path file = files.write("lead.json",
                "{\"schemaVersion\": 1, \"id\": \"us\", \"title\": \"T\", \"lead\": [\"Only a lead.\"], \"sections\": []}");

        assertThat(new ArticleReader().read(file).lead()).containsExactly("Only a lead.");
    }

    @Test
    void topLevelArrayIsRefused() {
        ArticleException e = files.failure("[]");

        assertThat(e.userMessage()).isEqualTo("us.json, at $ (line 1, column 1): expected an object but found an array");
    }
}
