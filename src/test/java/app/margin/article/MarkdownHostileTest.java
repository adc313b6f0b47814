package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Picture;
import app.margin.model.Span;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Markdown built to hurt: it opens in bounded time and memory, what passes a limit reads as text. */
class MarkdownHostileTest {
    /** Generous on a shared two-core machine: each case takes well under a second there. */
    private static final Duration NO_HANG = Duration.ofSeconds(30);

    private static Article read(MarkdownImporter importer, String markdown) {
        return assertTimeoutPreemptively(NO_HANG, () -> importer.read(markdown, "hostile.md", "md-0123456789abcdef"));
    }

    private static List<ParagraphForm> leadForms(Article article) {
        return IntStream.range(0, article.lead().size()).mapToObj(article::leadForm).toList();
    }

    @Test
    void listsNestedAThousandDeepStopNestingAtTheLimitAndReadTheRestAsText() {
        StringBuilder md = new StringBuilder("# T\n\n");
        for (int i = 0; i < 1000; i++) {
            md.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }

        Article article = read(new MarkdownImporter(), md.toString());

        int deepest = leadForms(article).stream().mapToInt(ParagraphForm::depth).max().orElseThrow();
        assertThat(deepest).isLessThanOrEqualTo(ArticleReader.Limits.DEFAULT_MAX_NESTING_DEPTH / 2);
        String last = article.lead().get(article.lead().size() - 1);
        assertThat(last).contains("item 500").endsWith("item 999");
    }

    @Test
    void listsNestedAThousandDeepOnOneLineReadAsText() {
        Article article = read(new MarkdownImporter(), "# T\n\n" + "- 1. ".repeat(500) + "deep\n");

        assertThat(article.lead()).hasSize(1);
        assertThat(article.lead().get(0)).endsWith("- 1. deep");
        assertThat(article.leadForm(0).depth()).isLessThanOrEqualTo(ArticleReader.Limits.DEFAULT_MAX_NESTING_DEPTH);
    }

    @Test
    void aTableOfTenThousandColumnsIsKeptAsTextRowsNotAGrid() {
        int columns = 10_000;
        String md = "# T\n\n|" + "h|".repeat(columns) + "\n|" + "-|".repeat(columns) + "\n|" + "c|".repeat(columns)
                + "\n";

        Article article = read(new MarkdownImporter(), md);

        assertThat(article.lead()).hasSize(2);
        assertThat(leadForms(article)).extracting(ParagraphForm::role).containsOnly(Role.BODY);
        assertThat(article.lead().get(1)).isEqualTo(String.join(" · ", java.util.Collections.nCopies(columns, "c")));
    }

    @Test
    void aTableAtTheColumnLimitIsStillAGrid() {
        int columns = MarkdownBlocks.MAX_TABLE_COLUMNS;
        String md = "# T\n\n|" + "h|".repeat(columns) + "\n|" + "-|".repeat(columns) + "\n|" + "c|".repeat(columns)
                + "\n";

        Article article = read(new MarkdownImporter(), md);

        assertThat(leadForms(article)).extracting(ParagraphForm::role).containsExactly(Role.TABLE_HEADER,
                Role.TABLE_ROW);
        assertThat(article.lead().get(1).split("\t")).hasSize(columns);
    }

    @Test
    void aHundredMegabyteDataUriIsLeftOutWithTheLimitNamed() {
        String uri = "data:image/png;base64," + "A".repeat(100_000_000);

        Article article = read(new MarkdownImporter(), "# T\n\n![a chart](" + uri + ")\n");

        assertThat(article.lead()).containsExactly("[image: a chart — left out: its data: URI is longer than "
                + "2,097,152 characters, the limit]");
        assertThat(article.leadForm(0).picture()).isNull();
    }

    @Test
    void aDataUriAtTheLimitIsAFigureAndOneCharacterMoreIsLeftOut() {
        String atLimit = "data:image/png;base64," + "A".repeat(PageLinks.MAX_DATA_URI - 22);

        Article article = read(new MarkdownImporter(), "# T\n\n![dot](" + atLimit + ")\n\n![](" + atLimit + "A)\n");

        assertThat(atLimit).hasSize(PageLinks.MAX_DATA_URI);
        assertThat(article.leadForm(0).picture()).isEqualTo(new Picture(atLimit, "dot", 0, 0));
        assertThat(article.lead().get(1)).isEqualTo(
                "[image: picture — left out: its data: URI is longer than 2,097,152 characters, the limit]");
    }

    @Test
    void aJavascriptPictureSourceKeepsOnlyTheAltText() {
        Article article = read(new MarkdownImporter(), "# T\n\n![a chart](javascript:alert(1))\n");

        assertThat(article.lead()).containsExactly("[image: a chart]");
        assertThat(article.leadForm(0).picture()).isNull();
    }

    @Test
    void emphasisNestedAHundredThousandDeepKeepsItsTextAndFewSpans() {
        Article article = read(new MarkdownImporter(), "# T\n\n" + "*".repeat(100_000) + "word"
                + "*".repeat(100_000) + " after\n");

        assertThat(article.lead().get(0)).contains("word").endsWith(" after");
        assertThat(article.leadForm(0).spans()).hasSizeLessThanOrEqualTo(ArticleReader.Limits.DEFAULT_MAX_NESTING_DEPTH);
    }

    @Test
    void aParagraphKeepsAtMostTheSpanLimit() {
        Article article = read(new MarkdownImporter(), "# T\n\n" + "*a* ".repeat(20_000) + "\n");

        assertThat(article.leadForm(0).spans()).hasSize(InlineSpans.MAX_SPANS);
        assertThat(article.lead().get(0)).hasSize(20_000 * 2 - 1);
    }

    @Test
    void linksNestedAHundredThousandDeepReadAsText() {
        Article article = read(new MarkdownImporter(), "# T\n\n" + "[".repeat(100_000) + "x" + "](y)".repeat(100_000)
                + "\n");

        assertThat(article.lead().get(0)).contains("x");
        // "y" is a relative path, a link to another file: only the innermost bracket pair is a link.
        assertThat(article.leadForm(0).spans()).extracting(Span::target).containsExactly("y");
    }

    @Test
    void hostileFormulasReadInLinearTimeWithoutAnException() {
        String braces = "$" + "{".repeat(10_000) + "x" + "}".repeat(10_000) + "$";
        String carets = "$x" + "^".repeat(100_000) + "$";
        String unclosed = "$a ".repeat(350_000); // about 1 MB of openers with no closer
        String unclosedDisplay = "$$ " + "x \\$$ `$ $$` ".repeat(70_000); // about 1 MB, no $$ closes it
        String nested = "$" + "\\frac".repeat(5_000) + "\\left(".repeat(5_000) + "\\sqrt[".repeat(3_000) + "$";

        for (String markdown : List.of(braces, carets, unclosed, unclosedDisplay, nested)) {
            Article article = read(new MarkdownImporter(), "# T\n\n" + markdown + "\n");
            assertThat(article.lead()).isNotEmpty();
        }
        Article unclosedRead = read(new MarkdownImporter(), "# T\n\n" + unclosed + "\n");
        assertThat(unclosedRead.lead().get(0)).startsWith("$a $a $a");
    }
}
