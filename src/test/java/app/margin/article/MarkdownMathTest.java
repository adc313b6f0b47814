package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.margin.model.Anchor;
import app.margin.model.AnchorResolver;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Placement;
import app.margin.model.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TeX math in Markdown reads as MathML does: one line of text, scripts raised and lowered, displays centred. */
class MarkdownMathTest {
    private static final Duration NO_HANG = Duration.ofSeconds(30);
    private final MarkdownImporter importer = new MarkdownImporter();

    private Article read(String markdown) throws ArticleException {
        return importer.read(markdown, "maths.md", "md-0123456789abcdef");
    }

    /** The lead's first paragraph with its scripts written as ^(…) and _(…). */
    private String first(String markdown) throws ArticleException {
        Article article = read("# T\n\n" + markdown + "\n");
        return shown(article.lead().get(0), article.leadForm(0).spans());
    }

    private static String shown(String text, List<Span> spans) {
        List<Span> scripts = spans.stream().filter(span -> span.style() == Span.Style.SUPERSCRIPT
                || span.style() == Span.Style.SUBSCRIPT).toList();
        StringBuilder s = new StringBuilder();
        for (int at = 0; at <= text.length(); at++) {
            for (Span span : scripts) {
                if (span.end() == at) {
                    s.append(')');
                }
            }
            for (Span span : scripts) {
                if (span.start() == at) {
                    s.append(span.style() == Span.Style.SUPERSCRIPT ? "^(" : "_(");
                }
            }
            if (at < text.length()) {
                s.append(text.charAt(at));
            }
        }
        return s.toString();
    }

    @Test
    void pricesStayTextWhileAFormulaBesideThemIsRead() throws Exception {
        assertThat(first("It costs $5 and $10, or $20,000 and $30,000, but $x^2$ is a formula."))
                .isEqualTo("It costs $5 and $10, or $20,000 and $30,000, but x^(2) is a formula.");
    }

    @Test
    void aDollarNeedsANonSpaceInsideAndNoDigitAfterTheClosingOne() throws Exception {
        assertThat(first("A $ lone and $ spaced, $a $b$ and $c$5 then $d$."))
                .isEqualTo("A $ lone and $ spaced, $a b and $c$5 then d.");
    }

    @Test
    void anEscapedDollarIsADollar() throws Exception {
        assertThat(first("Pay \\$5, then \\$y\\$ and $y$.")).isEqualTo("Pay $5, then $y$ and y.");
        assertThat(first("$a\\$b$ end")).isEqualTo("a$b end");
    }

    @Test
    void codeSpansAndCodeBlocksAreNeverMath() throws Exception {
        Article article = read("# T\n\nRun `echo $HOME$x^2$` then $x^2$; `$a$` but $a$.\n\n```\n$x^2$\n```\n\n"
                + "    $$y$$\n");

        assertThat(shown(article.lead().get(0), article.leadForm(0).spans()))
                .isEqualTo("Run echo $HOME$x^2$ then x^(2); $a$ but a.");
        assertThat(article.lead().subList(1, 3)).containsExactly("$x^2$", "$$y$$");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ==> ", quoteCharacter = '"', textBlock = """
            x_i^2 + y_{ij} ==> x_(i)^(2) + y_(ij)
            e^{-x^2} ==> e^(−x^(2))
            \\frac{a+b}{2c} = \\dfrac12 + \\tfrac{x}{y} ==> (a + b)/(2c) = 1/2 + x/y
            \\sqrt{x+1} + \\sqrt[3]{x} ==> √(x + 1) + ^(3)√x
            \\left( \\frac{1}{2} \\right) \\bigl[ x \\bigr] ==> (1/2)[x]
            \\alpha\\beta\\Gamma\\omega\\varepsilon ==> αβΓωε
            a \\le b \\ge c \\ne d \\approx e \\equiv f ==> a ≤ b ≥ c ≠ d ≈ e ≡ f
            x \\to \\infty \\rightarrow y \\Rightarrow z ==> x → ∞ → y ⇒ z
            \\sum_{i=1}^{n} i \\prod_k \\int_0^1 \\oint ==> ∑_(i=1)^(n)i∏_(k)∫_(0)^(1)∮
            \\partial f \\nabla g ==> ∂f∇g
            a \\cdot b \\times c \\pm d \\mp e ==> a ⋅ b × c ± d ∓ e
            x \\in A \\notin B \\subset C \\subseteq D ==> x ∈ A ∉ B ⊂ C ⊆ D
            A \\cup B \\cap C ==> A ∪ B ∩ C
            \\forall x \\exists y ==> ∀x∃y
            1, \\ldots, n, \\cdots ==> 1, …, n, ⋯
            \\mathrm{d}x \\mathbf{v} \\mathit{k} ==> dxvk
            \\mathbb{R}^n \\mathbb{N} \\mathbb{1} ==> ℝ^(n)ℕ𝟙
            \\mathcal{L} \\mathcal{A} ==> ℒ𝒜
            x \\text{ if } y \\text{and} z ==> x if yandz
            \\operatorname{rank} A ==> rank A
            \\sin x + \\cos(y) + \\log_2 n + \\lim_{x \\to 0} f ==> sin x + cos(y) + log_(2) n + lim_(x→0) f
            \\max \\min \\exp x ==> max min exp x
            \\hat{x} \\bar{y} \\vec{v} \\dot{a} \\tilde{n} ==> x\u0302y\u0304v\u20D7a\u0307n\u0303
            \\{ a \\} \\| v \\| + |x| \\mid y ==> {a}‖v‖ + |x| ∣ y
            a\\,b\\;c\\quad d\\!e ==> a b c de
            \\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix} ==> [a, b; c, d]
            \\begin{aligned} a &= b \\\\ c &= d \\end{aligned} ==> [a = b; c = d]
            f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases} ==> f(x) = {[1, x > 0; 0, x ≤ 0]
            f'(x) + g'' ==> f′(x) + g′′
            \\foo{x} + \\unknown ==> \\foo{x} + \\unknown
            """)
    void eachTexConstructReadsAsMathMlDoes(String tex, String expected) throws Exception {
        assertThat(first("$" + tex.strip() + "$")).isEqualTo(expected.strip());
    }

    @Test
    void aDisplayedFormulaIsACentredParagraphOfItsOwn() throws Exception {
        Article article = read("# T\n\nBefore\n$$\n\\frac{a}{b} = c^2\n$$\nafter $x$.\n\n$$ y_1 $$\n");

        assertThat(article.lead()).containsExactly("Before", "a/b = c2", "after x.", "y1");
        assertThat(article.leadForm(0).align()).isEqualTo(ParagraphForm.Align.START);
        assertThat(article.leadForm(1).align()).isEqualTo(ParagraphForm.Align.CENTER);
        assertThat(article.leadForm(1).spans()).containsExactly(new Span(7, 8, Span.Style.SUPERSCRIPT));
        assertThat(article.leadForm(2).align()).isEqualTo(ParagraphForm.Align.START);
        assertThat(article.leadForm(3).align()).isEqualTo(ParagraphForm.Align.CENTER);
    }

    @Test
    void aMathFenceIsADisplayedFormulaAndOtherFencesStayCode() throws Exception {
        Article article = read("# T\n\n```math\nx^2 + \\alpha\n```\n\n```tex\nx^2\n```\n");

        assertThat(article.lead()).containsExactly("x2 + α", "x^2");
        assertThat(article.leadForm(0).align()).isEqualTo(ParagraphForm.Align.CENTER);
        assertThat(article.leadForm(0).spans()).containsExactly(new Span(1, 2, Span.Style.SUPERSCRIPT));
        ArticleLayout layout = ArticleLayout.of(article);
        assertThat(layout.blocks()).extracting(b -> b.preformatted()).containsExactly(false, false, true);
    }

    @Test
    void aDisplayInAListItemOrANoteKeepsItsRole() throws Exception {
        Article article = read("# T\n\n- item $$x^2$$ more\n\nSee[^1].\n\n[^1]: Note.\n\n    $$y$$\n");

        assertThat(article.lead()).containsExactly("item", "x2", "more", "See1.", "Note.", "y");
        assertThat(article.leadForm(1).role()).isEqualTo(Role.LIST_ITEM);
        assertThat(article.leadForm(1).align()).isEqualTo(ParagraphForm.Align.CENTER);
        assertThat(article.leadForm(5).role()).isEqualTo(Role.NOTE);
        assertThat(article.leadForm(5).align()).isEqualTo(ParagraphForm.Align.CENTER);
    }

    @Test
    void anchorsSeeTheFormulasTextAndAHeadingsTitleIsItsText() throws Exception {
        Article article = read("# T\n\nSo $a^2 + b^2 = c^2$ holds.\n\n## The $\\alpha$ rule\n\nText.\n");

        String text = article.lead().get(0);
        assertThat(text).isEqualTo("So a2 + b2 = c2 holds.");
        int start = text.indexOf("b2 = c2");
        Anchor anchor = Anchor.passage(Article.LEAD_SECTION_ID, 0, text, start, start + "b2 = c2".length());
        ArticleLayout layout = ArticleLayout.of(article);
        Placement placed = new AnchorResolver(layout).resolve(anchor).orElseThrow();
        assertThat(layout.blocks().get(placed.blockIndex()).text().substring(placed.start(), placed.end()))
                .isEqualTo("b2 = c2");
        assertThat(article.sections().get(0).title()).isEqualTo("The α rule");
    }

    @Test
    void theTexReaderStaysWithinTheDepthLimitAndReadsAFloodOfScriptsInOnePass() {
        String deep = "{".repeat(100_000) + "x" + "}".repeat(100_000);
        MathText.Linear line = assertTimeoutPreemptively(NO_HANG, () -> MathText.of(MarkdownTex.mathml(deep)));
        assertThat(line.text()).isEqualTo("x");

        MathText.Linear carets = assertTimeoutPreemptively(NO_HANG,
                () -> MathText.of(MarkdownTex.mathml("x" + "^".repeat(100_000) + "2")));
        assertThat(carets.text()).isEqualTo("x2");

        MathText.Linear fractions = assertTimeoutPreemptively(NO_HANG,
                () -> MathText.of(MarkdownTex.mathml("\\frac".repeat(100_000) + "12")));
        assertThat(fractions.text()).contains("\\frac");
    }
}
