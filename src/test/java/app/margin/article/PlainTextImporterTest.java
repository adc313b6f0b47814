package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import app.margin.model.Article;
import app.margin.model.Section;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextImporterTest {
    private static final Path SEED = Path.of("../shared/seed/000_0e0d6f5c9c545d47.txt");

    private final PlainTextImporter importer = new PlainTextImporter();

    private Article read(String text) throws ArticleException {
        return importer.read(text, "notes.txt", "txt-0123456789abcdef");
    }

    @Test
    void seedTextGivesTheBundledArticlesOutline() throws Exception {
        assumeThat(Files.isRegularFile(SEED)).as("seed text at " + SEED.toAbsolutePath()).isTrue();
        Article bundled = new ArticleReader().readBundled("/articles/us-russia-military-talks.json");

        Article article = importer.read(Files.readString(SEED, StandardCharsets.UTF_8), "seed.txt", "txt-seed");

        assertThat(article.title()).isEqualTo(bundled.title());
        assertThat(article.byline()).isEqualTo("by Jhon Lennon");
        assertThat(article.lead()).hasSize(1).isEqualTo(bundled.lead());
        assertThat(article.sections()).extracting(Section::title)
                .containsExactlyElementsOf(bundled.sections().stream().map(Section::title).toList());
        assertThat(article.sections()).extracting(Section::id)
                .containsExactlyElementsOf(bundled.sections().stream().map(Section::id).toList());
        assertThat(article.sections()).extracting(Section::paragraphs)
                .containsExactlyElementsOf(bundled.sections().stream().map(Section::paragraphs).toList());
    }

    @Test
    void shortUnpunctuatedLineBeforeAParagraphIsAHeading() throws Exception {
        Article article = read("Title\n\nLead text.\n\nPart One\n\nBody one\nwrapped.\n\nPart Two\n\nBody two.\n");

        assertThat(article.title()).isEqualTo("Title");
        assertThat(article.lead()).containsExactly("Lead text.");
        assertThat(article.sections()).containsExactly(
                new Section("part-one", "Part One", List.of("Body one wrapped."), List.of()),
                new Section("part-two", "Part Two", List.of("Body two."), List.of()));
    }

    @Test
    void shortLineEndingInAPeriodIsNotAHeading() throws Exception {
        Article article = read("Title\n\nIt rained.\n\nThen it stopped and we went out again.\n");

        assertThat(article.sections()).isEmpty();
        assertThat(article.lead()).containsExactly("It rained.", "Then it stopped and we went out again.");
    }

    @Test
    void shortLineAtTheVeryEndIsNotAHeading() throws Exception {
        Article article = read("Title\n\nSome text.\n\nThe End\n");

        assertThat(article.sections()).isEmpty();
        assertThat(article.lead()).containsExactly("Some text.", "The End");
    }

    @Test
    void ofShortLinesInARowOnlyTheLastIsAHeading() throws Exception {
        Article article = read("Title\n\nMilk\n\nEggs\n\nMethod\n\nStir well.\n");

        assertThat(article.lead()).containsExactly("Milk", "Eggs");
        assertThat(article.sections()).extracting(Section::title).containsExactly("Method");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreHandled() throws Exception {
        Article article = read("\uFEFFTitle\r\n\r\nby Ann Lee\r\n\r\nFirst line\r\nsecond line.\r\n\r\nPart\r\n\r\nBody.\r\n");

        assertThat(article.title()).isEqualTo("Title");
        assertThat(article.byline()).isEqualTo("by Ann Lee");
        assertThat(article.lead()).containsExactly("First line second line.");
        assertThat(article.sections()).extracting(Section::title).containsExactly("Part");
    }

    @Test
    void longSecondBlockStartingWithByIsAParagraph() throws Exception {
        Article article = read("Title\n\nBy the time we arrived the rain had stopped, the cafés had opened and the town was quiet again.\n");

        assertThat(article.byline()).isNull();
        assertThat(article.lead()).hasSize(1);
    }

    @Test
    void linesAfterTheTitleInItsBlockAreTheFirstParagraph() throws Exception {
        Article article = read("Title\nstraight after it.\n");

        assertThat(article.title()).isEqualTo("Title");
        assertThat(article.lead()).containsExactly("straight after it.");
    }
}
