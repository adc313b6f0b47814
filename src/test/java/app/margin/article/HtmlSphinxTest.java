package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ParagraphForm;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Pages Sphinx writes, in the shapes of the Python 3.11 documentation ({@code library/string.html}): a grammar
 * production is one code block as a browser shows it.
 */
class HtmlSphinxTest {

    /** Blocks as the walk sends them: "code:" before a preformatted block's text. */
    private static final class Collected implements TextSink {
        final List<String> texts = new ArrayList<>();
        final List<ParagraphForm> forms = new ArrayList<>();

        @Override
        public void heading(int level, String text) {
            texts.add("h" + level + " " + text);
            forms.add(ParagraphForm.PLAIN);
        }

        @Override
        public void paragraph(String text) {
            paragraph(text, ParagraphForm.PLAIN);
        }

        @Override
        public void paragraph(String text, ParagraphForm form) {
            texts.add(text);
            forms.add(form);
        }

        @Override
        public void preformatted(String text, ParagraphForm form) {
            texts.add("code:" + text);
            forms.add(form);
        }
    }

    private static Collected walk(String body) {
        Element root = Jsoup.parse("<html><body>" + body + "</body></html>").body();
        Collected sink = new Collected();
        HtmlText.walk(root, sink);
        return sink;
    }

    @Test
    void productionListIsOneCodeBlockWithItsCrossReferencedTerms() {
        Collected page = walk("<p>The general form of a <em>standard format specifier</em> is:</p>\n<pre>\n"
                + "<strong id='grammar-token-format-spec-format_spec'>format_spec    </strong> ::=  [["
                + "<a class='reference internal' href='#grammar-token-format-spec-fill'><code class='xref docutils "
                + "literal notranslate'><span class='pre'>fill</span></code></a>]<a class='reference internal' "
                + "href='#grammar-token-format-spec-align'><code class='xref docutils literal notranslate'>"
                + "<span class='pre'>align</span></code></a>][z][#]\n"
                + "<strong id='grammar-token-format-spec-fill'>fill           </strong> ::=  &lt;any character&gt;\n"
                + "<strong id='grammar-token-format-spec-width'>width          </strong> ::=  <code class='xref "
                + "docutils literal notranslate'><span class='pre'>digit</span></code>+\n</pre>\n"
                + "<p>If a valid <em>align</em> value is specified.</p>");

        assertThat(page.texts).containsExactly("The general form of a standard format specifier is:",
                "code:format_spec     ::=  [[fill]align][z][#]\n"
                        + "fill            ::=  <any character>\n"
                        + "width           ::=  digit+",
                "If a valid align value is specified.");
    }
}
