package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ParagraphForm.Role;
import app.margin.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Pages Sphinx writes, in the shapes of the Python 3.11 documentation ({@code library/string.html}): a grammar
 * production is one code block as a browser shows it, and the "¶" permalinks a browser shows only on hover are not
 * part of the text.
 */
class HtmlSphinxTest {

    @Test
    void productionListIsOneCodeBlockWithItsCrossReferencedTerms() {
        WalkedHtml page = WalkedHtml.of("<p>The general form of a <em>standard format specifier</em> is:</p>\n<pre>\n"
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

    @Test
    void headerlinkPermalinkOfADefinitionIsNotInItsTerm() {
        WalkedHtml page = WalkedHtml.of("<dl class='py data'>\n<dt class='sig sig-object py' id='string.ascii_letters'>\n"
                + "<span class='sig-prename descclassname'><span class='pre'>string.</span></span><span "
                + "class='sig-name descname'><span class='pre'>ascii_letters</span></span><a class='headerlink' "
                + "href='#string.ascii_letters' title='Permalink to this definition'>¶</a></dt>\n"
                + "<dd><p>The concatenation of the lowercase and uppercase constants.</p></dd></dl>\n"
                + "<dl class='glossary'><dt id='term-0'>&gt;&gt;&gt;<a class='headerlink' href='#term-0' "
                + "title='Permalink to this term'>¶</a></dt><dd><p>The default prompt.</p></dd></dl>");

        assertThat(page.texts).containsExactly("string.ascii_letters",
                "The concatenation of the lowercase and uppercase constants.", ">>>", "The default prompt.");
        assertThat(page.forms.get(0).role()).isEqualTo(Role.TERM);
        assertThat(page.forms.get(0).spans()).extracting(Span::style).doesNotContain(Span.Style.LINK);
    }

    @Test
    void aLinkOfClassHeaderlinkWithWordsKeepsThem() {
        WalkedHtml page = WalkedHtml.of("<p>See <a class='headerlink' href='#usage'>the usage notes</a>.</p>");

        assertThat(page.texts).containsExactly("See the usage notes.");
    }
}
