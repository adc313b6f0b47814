package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.EpubBuilder.Toc;
import app.margin.model.Article;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chapter's way-finding is not its text: Sphinx puts a "Navigation" bar (next, previous, the book's breadcrumbs)
 * above and below every chapter and its copyright footer under it, as on its web pages, where Margin already leaves
 * them out. Other books keep what only looks like it.
 */
class EpubNavigationTest {
    private static final String WORDS = "Ubuntu is made up of thousands of different components.";
    private static final String RELATED = "<div class='related' role='navigation' aria-label='related navigation'>"
            + "<h3>Navigation</h3><ul><li class='right'><a href='setup.xhtml' title='2. Getting Set Up'>next</a></li>"
            + "<li class='right'><a href='index.xhtml'>previous</a> |</li><li class='nav-item nav-item-0'>"
            + "<a href='index.xhtml'>Packaging Guide</a> &#187;</li></ul></div>";

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    private Article book(EpubBuilder builder, String body) throws Exception {
        return importer.importFile(builder.chapter("intro.xhtml", body)
                .toc(Toc.of("Introduction", "intro.xhtml")).write(dir.resolve("book.epub")));
    }

    @Test
    void aSphinxChapterLosesItsNavigationBarsAndFooter() throws Exception {
        Article article = book(new EpubBuilder().generator("Docutils 0.17.1: http://docutils.sourceforge.net/"),
                RELATED + "<div class='document'><div class='body' role='main'><section id='intro'><h1><span "
                        + "class='section-number'>1. </span>Introduction</h1><p>" + WORDS + "</p></section></div>"
                        + "</div>" + RELATED + "<div class='footer' role='contentinfo'>&#169; Copyright 2010-2021, "
                        + "Ubuntu Developers. Created using <a href='https://www.sphinx-doc.org/'>Sphinx</a> 4.2.0."
                        + "</div>");

        assertThat(EpubImporterTest.outline(article)).as("the chapter's numbered heading, first again, is its title")
                .containsExactly("1. Introduction");
        assertThat(article.sections().get(0).paragraphs()).containsExactly(WORDS);
    }

    @Test
    void aNavigationLandmarkOrBarIsLeftOutOfAnyBook() throws Exception {
        Article article = book(new EpubBuilder(), "<div role='navigation'><a href='setup.xhtml'>Next chapter</a></div>"
                + "<h1>Introduction</h1><p>" + WORDS + "</p><nav><ul><li><a href='index.xhtml'>Previous</a></li>"
                + "</ul></nav>");

        assertThat(article.sections().get(0).paragraphs()).containsExactly(WORDS);
    }

    @Test
    void aBookNoDocumentationToolMadeKeepsItsFooterAndItsContentsPage() throws Exception {
        Article article = book(new EpubBuilder(), "<h1>Introduction</h1><nav epub:type='toc'><h2>Contents</h2><ol>"
                + "<li><a href='intro.xhtml#a'>Arrival</a></li></ol></nav><p id='a'>" + WORDS + "</p>"
                + "<div class='footer'><p>Printed in Norway.</p></div><div class='related'><p>See also the sequel."
                + "</p></div>");

        assertThat(article.sections().get(0).paragraphs()).containsExactly("Contents", "Arrival", WORDS,
                "Printed in Norway.", "See also the sequel.");
    }
}
