package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.Section;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional "preformatted" and "leadPreformatted" fields: written, read back, absent in old files, checked. */
class ArticlePreformattedJsonTest {
    @TempDir
    Path dir;

    private ArticleFiles files;

    @BeforeEach
    void setUp() {
        files = new ArticleFiles(dir);
    }

    @Test
    void writtenFlagsReadBack() throws Exception {
        Article article = new Article("md-1", "Code", null, null, null,
                List.of("Intro.", "$ ls -l\ntotal 0"),
                List.of(new Section("a", "A", List.of("x = 1\n  y = 2", "Prose.", "end"),
                        List.of(new Section("a.b", "A.B", List.of("nested code"), List.of(), Set.of(0))),
                        Set.of(2, 0))),
                false, null, Set.of(1));
        Path file = dir.resolve("code.json");

        ArticleWriter.write(article, file);
        Article read = new ArticleReader().read(file);

        assertThat(read).isEqualTo(article);
        assertThat(read.leadPreformatted()).containsExactly(1);
        assertThat(read.sections().get(0).preformatted()).containsExactly(0, 2);
        assertThat(read.sections().get(0).children().get(0).preformatted()).containsExactly(0);
        assertThat(read.sections().get(0).paragraphs().get(0)).isEqualTo("x = 1\n  y = 2");
    }

    @Test
    void anArticleWithoutPreformattedParagraphsIsWrittenWithoutTheFields() throws Exception {
        Article article = new ArticleReader().read(files.write("us.json", ArticleFiles.VALID));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ArticleWriter.write(article, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("reformatted");
    }

    @Test
    void anOldFileWithoutTheFieldsReadsAsBefore() throws Exception {
        Article article = new ArticleReader().read(files.write("us.json", ArticleFiles.VALID));

        assertThat(article.leadPreformatted()).isEmpty();
        assertThat(article.sections().get(0).preformatted()).isEmpty();
        assertThat(article.sections().get(0)).isEqualTo(new Section("intro", "Intro", List.of("One.", "Two."), List.of()));
    }

    @Test
    void nullMeansNone() throws Exception {
        Article article = new ArticleReader().read(files.write("us.json", withSectionField("null")
                .replace("\"lead\":", "\"leadPreformatted\": null, \"lead\":")));

        assertThat(article.leadPreformatted()).isEmpty();
        assertThat(article.sections().get(0).preformatted()).isEmpty();
    }

    @Test
    void notAnArrayIsRefused() {
        ArticleException e = files.failure(withSectionField("true"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].preformatted");
        assertThat(e.problem()).isEqualTo("expected an array of paragraph indices but found true");
    }

    @Test
    void anIndexThatIsNotAWholeNumberIsRefused() {
        assertThat(files.failure(withSectionField("[\"1\"]")).userMessage()).isEqualTo(
                "us.json, at $.sections[0].preformatted[0] (line 7, column 88): expected a whole number but found a string");
        assertThat(files.failure(withSectionField("[0, 1.5]")).problem())
                .isEqualTo("expected a whole number but found a number");
    }

    @Test
    void anIndexOutOfRangeIsRefusedWithTheParagraphCount() {
        ArticleException e = files.failure(withSectionField("[0, 2]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].preformatted[1]");
        assertThat(e.problem()).isEqualTo(
                "paragraph index 2 is out of range: \"paragraphs\" has 2 paragraphs, numbered from 0 to 1");
        assertThat(files.failure(withSectionField("[-1]")).problem()).isEqualTo(
                "paragraph index -1 is out of range: \"paragraphs\" has 2 paragraphs, numbered from 0 to 1");
        assertThat(files.failure(withSectionField("[123456789012345678901234567890]")).problem()).isEqualTo(
                "paragraph index 123456789012345678901234567890 is out of range: \"paragraphs\" has 2 paragraphs,"
                        + " numbered from 0 to 1");
    }

    @Test
    void aLeadIndexOutOfRangeNamesTheLead() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"lead\":", "\"leadPreformatted\": [1], \"lead\":"));

        assertThat(e.jsonPath()).isEqualTo("$.leadPreformatted[0]");
        assertThat(e.problem()).isEqualTo(
                "paragraph index 1 is out of range: \"lead\" has 1 paragraph, numbered from 0 to 0");
    }

    @Test
    void aSectionWithoutParagraphsHasNoIndexToName() {
        ArticleException e = files.failure(ArticleFiles.VALID.replace("\"paragraphs\": [\"One.\", \"Two.\"]",
                "\"preformatted\": [0]"));

        assertThat(e.problem()).isEqualTo("paragraph index 0 is out of range: \"paragraphs\" has 0 paragraphs");
    }

    @Test
    void anIndexListedTwiceIsRefused() {
        ArticleException e = files.failure(withSectionField("[1, 0, 1]"));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].preformatted[2]");
        assertThat(e.problem()).isEqualTo("paragraph index 1 is listed more than once");
    }

    private static String withSectionField(String value) {
        return ArticleFiles.VALID.replace("\"paragraphs\": [\"One.\", \"Two.\"]",
                "\"paragraphs\": [\"One.\", \"Two.\"], \"preformatted\": " + value);
    }
}
