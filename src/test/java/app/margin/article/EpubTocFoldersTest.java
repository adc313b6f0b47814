package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.EpubBuilder.Toc;
import app.margin.model.Article;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sphinx (4.2, the Ubuntu Packaging Guide) writes a book whose chapters sit in a folder ({@code guide/}) and whose
 * table of contents names them without it ({@code intro.xhtml}): only the first entry, the master document, has the
 * folder. Each entry still opens its own chapter.
 */
class EpubTocFoldersTest {
    private static final String WELCOME = "Welcome to the guide.";
    private static final String INTRO = "Ubuntu is made up of thousands of different components.";
    private static final String SETUP = "There are a number of tools that will make your life easier.";
    private static final String INSTALL = "To install most of the tools you will need run this command.";

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    private EpubBuilder sphinxGuide() {
        return new EpubBuilder().title("Packaging Guide")
                .chapter("guide/index.xhtml", "<section id='packaging-guide'><h1>Packaging Guide</h1><p>" + WELCOME
                        + "</p></section>")
                .chapter("guide/intro.xhtml", "<section id='intro'><h1><span class='section-number'>1. </span>"
                        + "Introduction</h1><p>" + INTRO + "</p></section>")
                .chapter("guide/setup.xhtml", "<section id='setup'><h1><span class='section-number'>2. </span>"
                        + "Getting Set Up</h1><p>" + SETUP + "</p><section id='install'><h2><span "
                        + "class='section-number'>2.1. </span>Install</h2><p>" + INSTALL + "</p></section></section>")
                .toc(Toc.of("Packaging Guide", "guide/index.xhtml"), Toc.of("Introduction", "intro.xhtml"),
                        Toc.of("Getting Set Up", "setup.xhtml", Toc.of("Install", "setup.xhtml#install")));
    }

    @Test
    void anEntryWithoutItsChaptersFolderOpensThatChapter() throws Exception {
        Article article = importer.importFile(sphinxGuide().write(dir.resolve("guide.epub")));

        assertThat(EpubImporterTest.outline(article))
                .containsExactly("1. Introduction", "2. Getting Set Up", "  2.1. Install");
        assertThat(article.lead()).containsExactly(WELCOME);
        assertThat(EpubImporterTest.section(article, "1. Introduction").paragraphs()).containsExactly(INTRO);
        assertThat(EpubImporterTest.section(article, "2. Getting Set Up").paragraphs()).containsExactly(SETUP);
        assertThat(EpubImporterTest.section(article, "2.1. Install").paragraphs()).containsExactly(INSTALL);
    }

    @Test
    void anEntryWithoutItsFolderFindsItsIdInThatChapterNotInAnEarlierOne() throws Exception {
        // Sphinx ids repeat across chapters ("introduction", "further-reading"): the first one in the book is not it.
        Article article = importer.importFile(sphinxGuide()
                .chapter("guide/security.xhtml", "<section id='security'><h1>3. Security</h1><section id='install'>"
                        + "<h2>3.1. Install</h2><p>Security updates are installed as any other.</p></section>"
                        + "</section>")
                .toc(Toc.of("Security", "security.xhtml", Toc.of("Install", "security.xhtml#install")))
                .write(dir.resolve("guide.epub")));

        assertThat(EpubImporterTest.outline(article)).containsExactly("1. Introduction", "2. Getting Set Up",
                "  2.1. Install", "3. Security", "  3.1. Install");
        assertThat(EpubImporterTest.section(article, "3.1. Install").paragraphs())
                .containsExactly("Security updates are installed as any other.");
    }

    @Test
    void aTranslationsChapterOfTheSameNameLaterInTheSpineIsNotTheOneOpened() throws Exception {
        Article article = importer.importFile(sphinxGuide()
                .chapter("de/guide/intro.xhtml", "<section id='intro'><h1>1. Einführung</h1><p>Ubuntu besteht aus "
                        + "Tausenden von Komponenten.</p></section>")
                .write(dir.resolve("guide.epub")));

        assertThat(EpubImporterTest.section(article, "1. Introduction").paragraphs()).containsExactly(INTRO);
    }
}
