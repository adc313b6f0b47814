package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** MathML read as one line: what a formula says, its scripts raised or lowered, whatever the markup's depth. */
class MathTextTest {

    private static MathText.Linear line(String mathml) {
        return MathText.of(Jsoup.parse("<p>" + mathml + "</p>").selectFirst("math"));
    }

    /** The line with its scripts written as ^(…) and _(…), to read a span at a glance. */
    private static String shown(MathText.Linear line) {
        StringBuilder s = new StringBuilder(line.text());
        List<Span> spans = new ArrayList<>(line.spans());
        spans.sort((a, b) -> b.start() - a.start()); // from the end, so earlier offsets hold
        for (Span span : spans) {
            s.insert(span.end(), ")");
            s.insert(span.start(), span.style() == Span.Style.SUPERSCRIPT ? "^(" : "_(");
        }
        return s.toString();
    }

    @Test
    void tokensAndOperatorsReadAsTheyAreSpoken() {
        assertThat(shown(line("<math><mi>x</mi><mo>=</mo><mo>−</mo><mn>3.5</mn><mo>+</mo><mi>y</mi>"
                + "<mtext> if </mtext><mi>z</mi><mo>&gt;</mo><mn>0</mn></math>")))
                .isEqualTo("x = −3.5 + y if z > 0");
    }

    @Test
    void invisibleOperatorsAreNotCharactersAndFunctionApplicationIsASpace() {
        assertThat(shown(line("<math><mo>\u2212</mo><msub><mi>p</mi><mi>i</mi></msub><msub><mi>log</mi><mn>2</mn>"
                + "</msub><mo>&#x2061;</mo><msub><mi>p</mi><mi>i</mi></msub><mo>+</mo><mn>2</mn><mo>&#x2062;</mo>"
                + "<mi>x</mi></math>"))).isEqualTo("\u2212p_(i)log_(2) p_(i) + 2x");
    }

    @Test
    void scriptsAreSpansNotCharacters() {
        assertThat(shown(line("<math><msup><mi>e</mi><mrow><mi>i</mi><mo>+</mo><mn>1</mn></mrow></msup>"
                + "<mo>+</mo><msub><mi>a</mi><mi>n</mi></msub><mo>+</mo>"
                + "<msubsup><mi>x</mi><mn>1</mn><mn>2</mn></msubsup></math>")))
                .isEqualTo("e^(i+1) + a_(n) + x_(1)^(2)");
    }

    @Test
    void fractionsAndRootsBracketWhatIsMoreThanOneSymbol() {
        assertThat(shown(line("<math><mfrac><mn>1</mn><mn>2</mn></mfrac><mo>+</mo>"
                + "<mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mrow><mn>2</mn><mi>c</mi></mrow></mfrac></math>")))
                .isEqualTo("1/2 + (a + b)/(2c)");
        assertThat(shown(line("<math><msqrt><mi>x</mi></msqrt><mo>,</mo><msqrt><mi>x</mi><mo>+</mo><mn>1</mn>"
                + "</msqrt><mo>,</mo><mroot><mi>y</mi><mn>3</mn></mroot></math>")))
                .isEqualTo("√x, √(x + 1), ^(3)√y");
        assertThat(shown(line("<math><mfrac><msup><mi>x</mi><mn>2</mn></msup><mn>2</mn></mfrac></math>")))
                .isEqualTo("(x^(2))/2");
    }

    @Test
    void underAndOverAreScriptsAndAnAccentSitsOnItsLetter() {
        assertThat(shown(line("<math><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow>"
                + "<mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub><mo>,</mo>"
                + "<mover accent='true'><mi>x</mi><mo>¯</mo></mover><mo>,</mo>"
                + "<munder><mo>lim</mo><mrow><mi>n</mi><mo>→</mo><mi>∞</mi></mrow></munder></math>")))
                .isEqualTo("∑_(i=1)^(n)x_(i), x\u0304, lim_(n→∞)");
    }

    @Test
    void semanticsReadsItsFirstChildAndNeverItsAnnotations() {
        assertThat(shown(line("<math><semantics><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow>"
                + "<annotation encoding='application/x-tex'>x^2</annotation>"
                + "<annotation-xml encoding='MathML-Content'><apply><power/><ci>x</ci><cn>2</cn></apply>"
                + "</annotation-xml></semantics></math>")))
                .isEqualTo("x^(2)");
    }

    @Test
    void altTextStandsInOnlyWhenTheElementGivesNoText() {
        assertThat(line("<math alttext='x squared'><msup><mi>x</mi><mn>2</mn></msup></math>").text()).isEqualTo("x2");
        assertThat(line("<math alttext=' x  squared '></math>").text()).isEqualTo("x squared");
        assertThat(line("<math><annotation>x^2</annotation></math>").text()).isEmpty();
    }

    @Test
    void fencesAndTablesKeepTheirShape() {
        assertThat(line("<math><mfenced><mi>a</mi><mi>b</mi></mfenced><mtable><mtr><mtd><mn>1</mn></mtd>"
                + "<mtd><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mn>1</mn></mtd></mtr></mtable></math>")
                .text()).isEqualTo("(a, b)[1, 0; 0, 1]");
    }

    @Test
    void anXhtmlChaptersPrefixedMathIsReadAlike() {
        Element math = Jsoup.parse("<html xmlns:m='http://www.w3.org/1998/Math/MathML'><body><p><m:math><m:msup>"
                + "<m:mi>x</m:mi><m:mn>2</m:mn></m:msup></m:math></p></body></html>", "", Parser.xmlParser())
                .selectFirst("p").child(0);

        assertThat(MathMarkup.isMath(math.normalName())).isTrue();
        assertThat(shown(MathText.of(math))).isEqualTo("x^(2)");
    }

    @Test
    void nestingAHundredThousandDeepIsReadInBoundedWork() {
        // Built from the inside out: jsoup looks a new child's base address up through all its ancestors.
        Element inner = new Element("mi").text("a");
        for (int i = 0; i < 100_000; i++) {
            Element outer = new Element(i % 2 == 0 ? "mfrac" : "mrow");
            outer.appendElement("mi").text("a");
            outer.appendChild(inner);
            inner = outer;
        }
        Element math = new Element("math").appendChild(inner);
        long start = System.nanoTime();

        MathText.Linear line = MathText.of(math);

        assertThat(line.text()).startsWith("aa/(aa/(").hasSizeGreaterThan(100_000);
        assertThat(line.text().chars().filter(c -> c == '/').count()).as("layout stops at the depth limit")
                .isLessThanOrEqualTo(MathText.MAX_DEPTH);
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }

    @Test
    void twentyThousandFractionsSideBySideAreReadInBoundedWork() {
        StringBuilder wide = new StringBuilder("<math>");
        for (int i = 0; i < 20_000; i++) {
            wide.append("<mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mn>2</mn></mfrac><msup><mi>x</mi><mn>2</mn>"
                    + "</msup>");
        }
        Element math = Jsoup.parse(wide + "</math>").selectFirst("math");
        long start = System.nanoTime();

        MathText.Linear line = MathText.of(math);

        assertThat(line.text()).startsWith("(a + b)/2x");
        assertThat(line.spans()).hasSize(InlineSpans.MAX_SPANS);
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }

    @Test
    void aParagraphKeepsInlineMathAndADisplayedFormulaIsItsOwnCentredParagraph() {
        WalkedHtml page = WalkedHtml.of("<p>Let <math><msup><mi>x</mi><mn>2</mn></msup></math> be, as in "
                + "<math display='block'><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn>"
                + "</msup></mrow><annotation encoding='TeX'>E=mc^2</annotation></semantics></math> so on.</p>");
        List<String> texts = page.texts;
        List<ParagraphForm> forms = page.forms;

        assertThat(texts).containsExactly("Let x2 be, as in", "E = mc2", "so on.");
        assertThat(forms.get(0).spans()).containsExactly(new Span(5, 6, Span.Style.SUPERSCRIPT));
        assertThat(forms.get(1).align()).isEqualTo(ParagraphForm.Align.CENTER);
        assertThat(forms.get(1).spans()).containsExactly(new Span(6, 7, Span.Style.SUPERSCRIPT));
        assertThat(forms.get(2).align()).isEqualTo(ParagraphForm.Align.START);
    }
}
