package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import app.margin.model.Section;
import app.margin.model.Span;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

class MarkdownImporterTest {
    private final MarkdownImporter importer = new MarkdownImporter();

    private Article read(String markdown) throws ArticleException {
        return importer.read(markdown, "field-notes_2024.md", "md-0123456789abcdef");
    }

    @Test
    void headingsListsAndCodeBecomeTheOutlineAndParagraphs() throws Exception {
        Article article = read("""
                # Field Notes

                Why we went.

                ## Getting There

                Take the *early* train.

                1. Pack
                2. Walk
                   - boots
                   - map
                      1. paper copy
                3. Ride

                ### The Road

                ```java
                int x = 1;

                return x;
                ```

                ## Staying

                - one
                - two

                Then:

                    indented code
                """);

        assertThat(article.title()).isEqualTo("Field Notes");
        assertThat(article.lead()).containsExactly("Why we went.");
        assertThat(article.sections()).extracting(Section::id).containsExactly("getting-there", "staying");
        Section there = article.sections().get(0);
        assertThat(there.paragraphs()).containsExactly("Take the early train.",
                "Pack", "Walk", "boots", "map", "paper copy", "Ride");
        assertThat(there.children()).containsExactly(new Section("the-road", "The Road",
                List.of("int x = 1;\n\nreturn x;"), List.of(), Set.of(0)));
        Section staying = article.sections().get(1);
        assertThat(staying.paragraphs()).containsExactly("one", "two", "Then:", "indented code");
        assertThat(staying.preformatted()).containsExactly(3);
        assertThat(staying.forms().keySet()).containsExactlyInAnyOrder(0, 1);
        assertThat(article.id()).isEqualTo("md-0123456789abcdef");
        assertThat(article.truncated()).isFalse();
    }

    @Test
    void levelThreeStraightUnderLevelOneNestsUnderIt() throws Exception {
        Article article = read("# Title\n\n# One\n\n### Deep\n\ntext\n\n## Two\n");

        assertThat(article.title()).isEqualTo("Title");
        Section one = article.sections().get(0);
        assertThat(one.children()).extracting(Section::title).containsExactly("Deep", "Two");
        assertThat(one.children().get(0).paragraphs()).containsExactly("text");
    }

    @Test
    void formattingLinksAndInlineCodeBecomePlainText() throws Exception {
        Article article = read("""
                A **bold** and _soft_ claim with `code()`, a [link](https://example.org "t") \
                and ![a picture](p.png) plus <span>inline html</span>.
                Next line\\
                after a hard break.
                """);

        assertThat(article.lead()).containsExactly("A bold and soft claim with code(), a link and [image: a picture] "
                + "plus inline html. Next line after a hard break.");
    }

    @Test
    void duplicateHeadingTextsGetUniqueIds() throws Exception {
        Article article = read("# T\n\n## Notes\n\na\n\n## Notes\n\nb\n\n### Notes\n\nc\n");

        assertThat(article.sections()).extracting(Section::id).containsExactly("notes", "notes-2");
        assertThat(article.sections().get(1).children()).extracting(Section::id).containsExactly("notes-3");
    }

    @Test
    void textBeforeTheFirstHeadingIsTheLead() throws Exception {
        Article article = read("# Title\n\nFirst.\n\n> Quoted\n> text.\n\n## Part\n\nInside.\n");

        assertThat(article.lead()).containsExactly("First.", "Quoted text.");
        assertThat(article.sections().get(0).paragraphs()).containsExactly("Inside.");
    }

    @Test
    void withoutALeadingLevelOneHeadingTheTitleComesFromTheFileName() throws Exception {
        Article article = read("Intro text.\n\n# Later Heading\n\nBody.\n");

        assertThat(article.title()).isEqualTo("field notes 2024");
        assertThat(article.lead()).containsExactly("Intro text.");
        assertThat(article.sections()).extracting(Section::title).containsExactly("Later Heading");
    }

    @Test
    void aThematicBreakRulesTheNextParagraphAndAnHtmlBlockIsRead() throws Exception {
        Article article = read("# T\n\nabove\n\n---\n\n<div>\n<p>raw</p>\n</div>\n\nbelow\n");

        assertThat(article.lead()).containsExactly("above", "raw", "below");
        assertThat(article.leadForm(0).ruleAbove()).isFalse();
        assertThat(article.leadForm(1).ruleAbove()).as("the break's rule above the block's first paragraph").isTrue();
        assertThat(article.leadForm(2).ruleAbove()).isFalse();
    }

    @Test
    void headingInsideAQuoteIsAParagraphNotASection() throws Exception {
        Article article = read("# T\n\n> ## Said\n> words\n");

        assertThat(article.sections()).isEmpty();
        assertThat(article.lead()).containsExactly("Said", "words");
    }

    @Test
    void documentWithOnlyATitleHasNoTextToRead() {
        ArticleException e = catchThrowableOfType(ArticleException.class, () -> read("# Only a title\n"));

        assertThat(e.userMessage()).isEqualTo("field-notes_2024.md: the file has no text to read");
    }

    @Test
    void quotesNestedBeyondTheLimitReadAsTextInsteadOfOverflowingTheStack() throws Exception {
        Article article = read(">".repeat(100_000) + " deep\n");

        assertThat(article.lead()).hasSize(1);
        assertThat(article.lead().get(0)).endsWith(">>> deep");
        assertThat(article.leadForm(0).role()).isEqualTo(ParagraphForm.Role.QUOTE);
        assertThat(article.leadForm(0).depth()).isLessThanOrEqualTo(ArticleReader.Limits.DEFAULT_MAX_NESTING_DEPTH);
    }

    @Test
    void deeplyNestedInlinesDoNotOverflowTheStack() {
        Paragraph paragraph = new Paragraph();
        Node parent = paragraph;
        for (int i = 0; i < 200_000; i++) {
            Emphasis emphasis = new Emphasis();
            parent.appendChild(emphasis);
            parent = emphasis;
        }
        parent.appendChild(new Text("word"));
        paragraph.appendChild(new Text(" after"));

        assertThat(MarkdownImporter.inlineText(paragraph)).isEqualTo("word after");
    }

    @Test
    void aTableBecomesARowAParagraphWithItsCellsSeparatedByTabs() throws Exception {
        Article article = read("""
                # Title

                | Year | Talks | Outcome |
                |------|-------|---------|
                | 2019 | Geneva | *none* |
                | 2022 |  | hotline |

                After the table.
                """);

        assertThat(article.lead()).containsExactly("Year\tTalks\tOutcome", "2019\tGeneva\tnone",
                "2022\t\thotline", "After the table.");
        assertThat(List.of(0, 1, 2, 3)).extracting(i -> article.leadForm(i).role()).containsExactly(
                ParagraphForm.Role.TABLE_HEADER, ParagraphForm.Role.TABLE_ROW, ParagraphForm.Role.TABLE_ROW,
                ParagraphForm.Role.BODY);
        assertThat(article.leadForm(1).spans()).containsExactly(new Span(12, 16, Span.Style.EMPHASIS));
    }

    @Test
    void anImageAloneIsAFigureAndAnImageInTextIsMarkedByItsAltText() throws Exception {
        Article article = read("""
                # Title

                ![A map of the front line](map.png)

                See ![](decoration.png)the chart ![bar chart of talks](chart.png) below.
                """);

        assertThat(article.lead()).containsExactly("A map of the front line",
                "See the chart [image: bar chart of talks] below.");
        assertThat(article.leadForm(0).role()).isEqualTo(ParagraphForm.Role.FIGURE);
        assertThat(article.leadForm(0).picture()).isEqualTo(new Picture("map.png", "A map of the front line", 0, 0));
        assertThat(article.leadForm(1).role()).isEqualTo(ParagraphForm.Role.BODY);
    }

    @Test
    void aCodeBlockKeepsItsLines() throws Exception {
        Article article = read("# Title\n\n```\nint a = 1;\nint b = 2;\n```\n");

        assertThat(article.lead()).containsExactly("int a = 1;\nint b = 2;");
        assertThat(article.leadPreformatted()).containsExactly(0);
    }

    @Test
    void fencedAndIndentedCodeBlocksAreOnePreformattedParagraphEachAndTheTextAroundIsNot() throws Exception {
        Article article = read("""
                # Title

                Before the code.

                ```python
                def f(x):
                    return x + 1
                ```

                Between the blocks.

                    $ margin --import notes.md
                      imported 1 article

                After the code.

                ## Later

                - a list item

                ```
                a
                 b
                ```
                """);

        assertThat(article.lead()).containsExactly("Before the code.", "def f(x):\n    return x + 1",
                "Between the blocks.", "$ margin --import notes.md\n  imported 1 article", "After the code.");
        assertThat(article.leadPreformatted()).containsExactly(1, 3);
        Section later = article.sections().get(0);
        assertThat(later.paragraphs()).containsExactly("a list item", "a\n b");
        assertThat(later.preformatted()).containsExactly(1);
    }
}
