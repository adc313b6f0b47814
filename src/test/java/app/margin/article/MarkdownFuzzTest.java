package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Markdown soup made of the pieces the rich import reads (list markers, quotes, tables, footnotes, emphasis, links,
 * images, rules, TeX math): it opens or is refused plainly, and what opens is consistent: every form's spans lie in its text
 * (the model checks that), a list item has a depth, and a footnote reference always lands on its note.
 */
class MarkdownFuzzTest {
    private static final List<String> PIECES = List.of("- ", "* ", "1. ", "3) ", "> ", "  ", "    ", "\n", "\n\n",
            "| a | b |\n|:--|--:|\n", "| ", " |", "---\n", "[^1]", "[^1]: ", "[^x]: ", "[^x]", "*", "**", "_", "`",
            "~~", "![", "[", "]", "](", ")", "(#t)", "(https://example.org)", "(javascript:x)", "# ", "## T\n", "T",
            "word ", "\\", "<b>", "</b>", "https://example.org/x ", "data:image/png;base64,AA", "\"title\"",
            "```\n", "\t", "é", "$", "$$", "```math\n", "\\frac{", "\\sqrt[", "^", "_", "{", "}", "\\left(",
            "\\right)", "\\begin{pmatrix}", "\\end{cases}", "&", "\\\\", "\\alpha", "\\text{", "\\foo", "x");

    private final MarkdownImporter importer = new MarkdownImporter();

    @Property(tries = 600)
    void markdownSoupOpensConsistentlyOrIsRefused(@ForAll("soup") String markdown) {
        Article article;
        try {
            article = importer.read(markdown, "soup.md", "md-0123456789abcdef");
        } catch (ArticleException refused) {
            return;
        }
        ArticleLayout layout = ArticleLayout.of(article);
        for (Block block : layout.blocks()) {
            ParagraphForm form = block.form();
            if (form.role() == ParagraphForm.Role.LIST_ITEM) {
                assertThat(form.depth()).isPositive();
            }
            for (Span span : form.spans()) {
                if (span.style() == Span.Style.NOTE_REF) {
                    assertThat(layout.blockOfTarget(span.target())).as(span.target() + " in " + markdown.replace("\t", "<TAB>").replace("\n", "<NL>")).isNotNegative();
                }
            }
        }
    }

    /** TeX soup between dollars: any formula reads as a line whose script spans lie in its text. */
    @Property(tries = 400)
    void texSoupReadsAsALineOrAsWritten(@ForAll("tex") String tex) throws ArticleException {
        Article article = importer.read("$" + tex + "$ and\n\n$$" + tex + "$$\n", "tex.md", "md-0123456789abcdef");
        for (int i = 0; i < article.lead().size(); i++) {
            for (Span span : article.leadForm(i).spans()) {
                assertThat(span.end()).isLessThanOrEqualTo(article.lead().get(i).length());
            }
        }
    }

    @Provide
    Arbitrary<String> tex() {
        return Arbitraries.of(TEX).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    private static final List<String> TEX = List.of("x", "2", " ", "{", "}", "^", "_", "'", "\\frac", "\\sqrt",
            "[", "]", "\\left(", "\\right)", "\\left.", "\\right", "\\begin{pmatrix}", "\\end{pmatrix}",
            "\\begin{aligned}", "\\end{cases}", "\\begin", "\\end", "&", "\\\\", "\\alpha", "\\sum",
            "\\text{", "\\mathbb{", "\\operatorname", "\\hat", "\\not", "\\sin", "\\foo", "\\", "\\{",
            "\\,", "=", "+", "-", "(", ")", "\\$", "`", "\n", "é", "\\overset", "\\color");

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(PIECES).list().ofMaxSize(80).map(pieces -> String.join("", pieces));
    }
}
