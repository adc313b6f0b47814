package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.margin.model.Article;
import app.margin.model.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineBuilderTest {
    private final OutlineBuilder outline = new OutlineBuilder("doc.md", ArticleReader.Limits.DEFAULTS);

    @Test
    void skippedLevelNestsUnderTheNearestShallowerHeading() throws Exception {
        outline.heading(1, "One");
        outline.heading(3, "Deep");
        outline.heading(2, "Two");
        outline.heading(1, "Next");

        Article article = outline.build("md-1", "Title", null);

        assertThat(article.sections()).containsExactly(
                new Section("one", "One", List.of(), List.of(
                        new Section("deep", "Deep", List.of(), List.of()),
                        new Section("two", "Two", List.of(), List.of()))),
                new Section("next", "Next", List.of(), List.of()));
    }

    @Test
    void paragraphsBeforeTheFirstHeadingAreTheLead() throws Exception {
        outline.paragraph("Before.");
        outline.paragraph("  ");
        outline.heading(2, "Part");
        outline.paragraph("Inside.");

        Article article = outline.build("md-1", "Title", "by Someone");

        assertThat(article.lead()).containsExactly("Before.");
        assertThat(article.sections().get(0).paragraphs()).containsExactly("Inside.");
        assertThat(article.byline()).isEqualTo("by Someone");
        assertThat(article.truncated()).isFalse();
    }

    @Test
    void nothingToReadIsRefused() {
        ArticleException e = catchThrowableOfType(ArticleException.class, () -> outline.build("md-1", "Title", null));

        assertThat(e.userMessage()).isEqualTo("doc.md: the file has no text to read");
    }

    @Test
    void paragraphLongerThanTheStringLimitIsRefused() {
        OutlineBuilder small = new OutlineBuilder("doc.md", new ArticleReader.Limits(1000, 64, 10));
        small.paragraph("x".repeat(11));

        ArticleException e = catchThrowableOfType(ArticleException.class, () -> small.build("md-1", "Title", null));

        assertThat(e.userMessage()).isEqualTo("doc.md: a paragraph is longer than the limit of 10 characters");
    }
}
