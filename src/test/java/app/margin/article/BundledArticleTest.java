package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.margin.model.Article;
import app.margin.model.Section;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledArticleTest {
    private static final String BUNDLED = "/articles/us-russia-military-talks.json";

    @Test
    void bundledArticleReadsWithThreeSectionsAndATruncatedEnding() throws Exception {
        Article article = new ArticleReader().readBundled(BUNDLED);

        assertThat(article.id()).isEqualTo("us-russia-military-talks");
        assertThat(article.title()).isEqualTo("US-Russia Military Talks: Ukraine & Global Security Focus");
        assertThat(article.lead()).hasSize(1);
        assertThat(article.sections()).hasSize(3);
        assertThat(article.truncated()).isTrue();
        List<String> lastParagraphs = article.sections().get(2).paragraphs();
        assertThat(lastParagraphs.get(lastParagraphs.size() - 1)).endsWith("or establishing clearer");
    }

    @Test
    void bundledArticleSectionIdsAreUsableAnchors() throws Exception {
        Article article = new ArticleReader().readBundled(BUNDLED);

        assertThat(article.sections()).extracting(Section::id).doesNotContain(Article.LEAD_SECTION_ID).doesNotHaveDuplicates();
    }

    @Test
    void missingBundledArticleIsAnArticleException() {
        ArticleException e = catchThrowableOfType(ArticleException.class,
                () -> new ArticleReader().readBundled("/articles/nowhere.json"));

        assertThat(e.userMessage()).isEqualTo("nowhere.json: the bundled article /articles/nowhere.json is missing");
    }

    @Test
    void streamIsReadWithTheDisplayNameAndLeftOpen() throws Exception {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(ArticleFiles.VALID.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        Article article = new ArticleReader().read(in, "pasted article");

        assertThat(article.title()).isEqualTo("A title");
        assertThat(closed[0]).isFalse();
    }
}
