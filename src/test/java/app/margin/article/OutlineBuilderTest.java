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
    void linksToASectionsAliasLeadToTheSectionBeforeAndAfterIt() throws Exception {
        app.margin.model.ParagraphForm toProof = app.margin.model.ParagraphForm.PLAIN.withSpans(List.of(
                new app.margin.model.Span(0, 5, app.margin.model.Span.Style.LINK, "#p2-200"),
                new app.margin.model.Span(6, 10, app.margin.model.Span.Style.LINK, "#elsewhere")));
        outline.heading(1, "Lemma");
        outline.paragraph("Proof next.", toProof);
        outline.heading(1, "The Proof");
        outline.sectionAlias("p2-200");
        outline.paragraph("By induction, as the proof before.", toProof);

        Article article = outline.build("pdf-1", "Title", null);

        assertThat(article.sections().get(0).form(0).spans()).extracting(app.margin.model.Span::target)
                .containsExactly("#the-proof", "#elsewhere");
        assertThat(article.sections().get(1).form(0).spans()).extracting(app.margin.model.Span::target)
                .containsExactly("#the-proof", "#elsewhere");
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
