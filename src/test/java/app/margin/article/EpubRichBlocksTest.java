package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.EpubBuilder.Toc;
import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Section;
import app.margin.model.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An EPUB chapter's blocks keep their forms through the book's spine, with or without a table of contents. */
class EpubRichBlocksTest {
    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    @Test
    void aCodeBlockInsideAListItemKeepsItsItemsDepthWithOrWithoutATableOfContents() throws Exception {
        String chapter = "<h1>One</h1><ul><li><p>Run:</p><pre>make\n  all</pre></li></ul><pre>top</pre>";
        Path withToc = new EpubBuilder().chapter("ch1.xhtml", chapter)
                .toc(Toc.of("One", "ch1.xhtml")).write(dir.resolve("toc.epub"));
        Path withoutToc = new EpubBuilder().chapter("ch1.xhtml", chapter).write(dir.resolve("headings.epub"));

        for (Path file : List.of(withToc, withoutToc)) {
            Section one = EpubImporterTest.section(importer.importFile(file), "One");

            assertThat(one.paragraphs()).containsExactly("Run:", "make\n  all", "top");
            assertThat(one.preformatted()).containsExactly(1, 2);
            assertThat(one.form(1).role()).isEqualTo(Role.LIST_ITEM);
            assertThat(one.form(1).depth()).isEqualTo(1);
            assertThat(one.form(2)).isEqualTo(ParagraphForm.PLAIN);
        }
    }

    @Test
    void aChaptersOwnHeadingKeepsItsEmphasisCodeAndLinksWhileASectionTitleStaysPlain() throws Exception {
        String chapter = "<h1>One</h1><p>Intro.</p><h2>The <em>quick</em> <code>fold()</code> and <a href='#end'>the"
                + " end</a></h2><p id='end'>End.</p>";
        Path withToc = new EpubBuilder().chapter("ch1.xhtml", chapter)
                .toc(Toc.of("One", "ch1.xhtml")).write(dir.resolve("toc.epub"));
        Path withoutToc = new EpubBuilder().chapter("ch1.xhtml", chapter).write(dir.resolve("headings.epub"));

        Section one = EpubImporterTest.section(importer.importFile(withToc), "One");
        assertThat(one.paragraphs()).containsExactly("Intro.", "The quick fold() and the end", "End.");
        ParagraphForm heading = one.form(1);
        assertThat(heading.role()).isEqualTo(Role.SUBHEADING);
        assertThat(heading.depth()).isEqualTo(2);
        String target = "#OEBPS/ch1.xhtml#end";
        assertThat(heading.spans()).containsExactly(new Span(4, 9, Span.Style.EMPHASIS),
                new Span(10, 16, Span.Style.CODE), new Span(21, 28, Span.Style.LINK, target));
        assertThat(one.form(2).ids()).as("the link's target is kept").containsExactly(target.substring(1));

        Article plain = importer.importFile(withoutToc);
        assertThat(EpubImporterTest.outline(plain)).containsExactly("One", "  The quick fold() and the end");
    }

    @Test
    void mathInAChapterAndInAWebPageIsReadAsALineWithItsScripts() throws Exception {
        String formula = "<p>So <math xmlns='http://www.w3.org/1998/Math/MathML'><msup><mi>x</mi><mn>2</mn></msup>"
                + "</math> holds, and</p><math xmlns='http://www.w3.org/1998/Math/MathML' display='block'>"
                + "<semantics><mfrac><mn>1</mn><mi>n</mi></mfrac><annotation encoding='TeX'>\\frac{1}{n}</annotation>"
                + "</semantics></math><p>after it, a sentence long enough for a page to keep.</p>";
        Path book = new EpubBuilder().chapter("ch1.xhtml", "<h1>One</h1>" + formula)
                .toc(Toc.of("One", "ch1.xhtml")).write(dir.resolve("math.epub"));
        Path page = java.nio.file.Files.writeString(dir.resolve("math.html"), "<html><head><title>Math</title></head>"
                + "<body><article><h1>Math</h1><p>A first paragraph of the page, so that it reads as an article with"
                + " words enough.</p>" + formula + "</article></body></html>");

        Section one = EpubImporterTest.section(importer.importFile(book), "One");
        Article web = importer.importFile(page);

        for (List<String> paragraphs : List.of(one.paragraphs(), web.lead().isEmpty()
                ? web.sections().get(0).paragraphs() : web.lead())) {
            assertThat(paragraphs).contains("So x2 holds, and", "1/n");
        }
        assertThat(one.form(0).spans()).containsExactly(new Span(4, 5, Span.Style.SUPERSCRIPT));
        assertThat(one.form(1).align()).isEqualTo(ParagraphForm.Align.CENTER);
    }
}
