package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.EpubBuilder.Toc;
import app.margin.model.Article;
import app.margin.model.Section;
import app.margin.model.Span;
import app.margin.model.Span.Style;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heading that opens a section keeps its emphasis and code beside its title, whose text (what anchors, the outline,
 * find and search read) is what it was without them: web pages, Markdown and EPUB books.
 */
class SectionTitleMarksTest {
    private static final String WORDS =
            "This paragraph has enough words in it to look like the text of a real article to a reader. ";

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    private static List<String> marks(Section section) {
        return section.titleSpans().stream()
                .map(s -> s.style().key() + "[" + section.title().substring(s.start(), s.end()) + "]").toList();
    }

    @Test
    void aWebPagesHeadingKeepsItsCodeAndEmphasisAndItsTitleText() throws Exception {
        String html = "<html><head><title>Process</title></head><body><article><h1>Process</h1>"
                + "<p>" + WORDS.repeat(3) + "</p>"
                + "<h2>  <code>process.cpuUsage([previousValue])</code> and the <em>old</em> way</h2>"
                + "<p>" + WORDS + "</p>"
                + "<h2>H<sub>2</sub>O, <strong>bold</strong>, <s>gone</s> and <a href='#x'>a link</a></h2>"
                + "<p id='x'>" + WORDS + "</p></article></body></html>";
        Article article = importer.importFile(Files.writeString(dir.resolve("process.html"), html,
                StandardCharsets.UTF_8));

        assertThat(EpubImporterTest.outline(article)).containsExactly(
                "process.cpuUsage([previousValue]) and the old way", "H2O, bold, gone and a link");
        Section cpu = article.sections().get(0);
        assertThat(cpu.id()).isEqualTo("process-cpuusage-previousvalue-and-the-old-way");
        assertThat(marks(cpu)).containsExactly("code[process.cpuUsage([previousValue])]", "em[old]");
        assertThat(marks(article.sections().get(1))).as("a link keeps its words, not its target")
                .containsExactly("sub[2]", "strong[bold]", "strike[gone]");
    }

    @Test
    void aMarkdownHeadingKeepsItsEmphasisAndItsTitleText() throws Exception {
        Article article = new MarkdownImporter().read("""
                # Guide

                Intro.

                ## The *zlib* constant

                Text.

                ## See [the **docs**](https://example.org) and `inflate()`[^1]

                More.

                [^1]: A note.
                """, "guide.md", "md-0123456789abcdef");

        Section zlib = article.sections().get(0);
        assertThat(zlib.title()).isEqualTo("The zlib constant");
        assertThat(zlib.id()).isEqualTo("the-zlib-constant");
        assertThat(zlib.titleSpans()).containsExactly(new Span(4, 8, Style.EMPHASIS));
        Section see = article.sections().get(1);
        assertThat(see.title()).as("as before: a link's words, a note reference as written")
                .isEqualTo("See the docs and inflate()[^1]");
        assertThat(marks(see)).containsExactly("strong[docs]", "code[inflate()]");
    }

    @Test
    void aMarkdownHeadingInsideAQuoteIsStillAParagraphWithItsSpans() throws Exception {
        Article article = new MarkdownImporter().read("# Guide\n\nIntro.\n\n> ## The *zlib* constant\n",
                "guide.md", "md-0123456789abcdef");

        assertThat(article.sections()).isEmpty();
        assertThat(article.lead()).containsExactly("Intro.", "The zlib constant");
        assertThat(article.leadForm(1).spans()).contains(new Span(4, 8, Style.EMPHASIS));
    }

    @Test
    void anEpubHeadingItsTableOfContentsListsGivesItsMarksToTheEntrysTitle() throws Exception {
        String chapter = "<h1>The <em>zlib</em>\n   <code>deflate()</code> call</h1><p>Intro.</p>"
                + "<h2>A <code>sub</code> heading</h2><p>More.</p>";
        Path book = new EpubBuilder().chapter("ch1.xhtml", chapter)
                .toc(Toc.of("The zlib deflate() call", "ch1.xhtml")).write(dir.resolve("toc.epub"));

        Section one = importer.importFile(book).sections().get(0);

        assertThat(one.title()).isEqualTo("The zlib deflate() call");
        assertThat(marks(one)).containsExactly("em[zlib]", "code[deflate()]");
        assertThat(one.paragraphs()).containsExactly("Intro.", "A sub heading", "More.");
    }

    @Test
    void anEpubEntryWhoseLabelDiffersFromItsHeadingHasAPlainTitle() throws Exception {
        String chapter = "<h1>The <em>zlib</em> call</h1><p>Intro.</p>";
        Path book = new EpubBuilder().chapter("ch1.xhtml", chapter)
                .toc(Toc.of("Chapter 1", "ch1.xhtml")).write(dir.resolve("toc.epub"));

        Section one = importer.importFile(book).sections().get(0);

        assertThat(one.title()).isEqualTo("Chapter 1");
        assertThat(one.titleSpans()).isEmpty();
        assertThat(one.paragraphs()).containsExactly("The zlib call", "Intro.");
    }

    @Test
    void anEpubWithoutATableOfContentsKeepsItsHeadingsMarks() throws Exception {
        String chapter = "<h1>One</h1><p>Intro.</p><h2>The <em>quick</em> <code>fold()</code></h2><p>End.</p>";
        Path book = new EpubBuilder().chapter("ch1.xhtml", chapter).write(dir.resolve("headings.epub"));

        Section quick = EpubImporterTest.section(importer.importFile(book), "The quick fold()");

        assertThat(marks(quick)).containsExactly("em[quick]", "code[fold()]");
    }

    @Test
    void aTitlesMarksFollowItsCaseAndSpacesOntoTheLabel() {
        List<Span> carried = EpubSections.carried("  The <ZLIB>\n\t  call ", List.of(new Span(6, 12, Style.CODE),
                new Span(13, 20, Style.EMPHASIS)), "the <zlib> call");

        assertThat(carried).containsExactly(new Span(4, 10, Style.CODE), new Span(11, 15, Style.EMPHASIS));
    }
}
