package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.EpubBuilder.Toc;
import app.margin.model.Article;
import app.margin.model.Section;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A book whose table of contents names a section "Archive areas" while its heading says "2.2. Archive areas" (Sphinx,
 * pandoc, LaTeX) shows that heading once, as the book does, with its number.
 */
class EpubNumberedHeadingsTest {
    private static final String WORDS = "Every package must comply with the Debian Free Software Guidelines.";

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    /** A Sphinx chapter: its headings numbered in a span of their own, the contents entries without the numbers. */
    private Path sphinxBook(String sectionHeading) {
        String chapter = "<section id='the-debian-archive'><h1><span class='section-number'>2. </span>The Debian"
                + " Archive</h1><p>" + WORDS + "</p>"
                + "<section id='archive-areas'><h2><span class='section-number'>2.2. </span>" + sectionHeading
                + "</h2><p>" + WORDS + "</p></section></section>";
        return new EpubBuilder().chapter("ch-archive.xhtml", chapter)
                .toc(Toc.of("The Debian Archive", "ch-archive.xhtml",
                        Toc.of("Archive areas", "ch-archive.xhtml#archive-areas")))
                .write(dir.resolve("policy.epub"));
    }

    @Test
    void aHeadingThatNumbersItsEntryIsTheSectionsTitleAndIsNotRepeated() throws Exception {
        Article article = importer.importFile(sphinxBook("Archive <em>areas</em>"));

        assertThat(EpubImporterTest.outline(article)).containsExactly("2. The Debian Archive", "  2.2. Archive areas");
        Section chapter = article.sections().get(0);
        assertThat(chapter.paragraphs()).containsExactly(WORDS);
        Section areas = chapter.children().get(0);
        assertThat(areas.paragraphs()).as("no paragraph repeats the heading").containsExactly(WORDS);
        assertThat(areas.titleSpans()).as("the heading's marks, at its own offsets").singleElement()
                .satisfies(s -> assertThat(areas.title().substring(s.start(), s.end())).isEqualTo("areas"));
        assertThat(List.of(chapter.id(), areas.id())).as("ids as the entries made them")
                .containsExactly("the-debian-archive", "archive-areas");
    }

    @Test
    void aHeadingThatSaysSomethingElseKeepsTheEntrysTitleAndStaysInTheText() throws Exception {
        Article article = importer.importFile(sphinxBook("Sections and priorities"));

        Section areas = article.sections().get(0).children().get(0);
        assertThat(areas.title()).isEqualTo("Archive areas");
        assertThat(areas.paragraphs()).containsExactly("2.2. Sections and priorities", WORDS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2.2. Archive areas|Archive areas",
        "9. Maintainer script flowcharts|Maintainer script flowcharts",
        "A.1 Binary packages|Binary packages",
        "IV. Appendices|appendices",
        "Chapter 3: Binary  packages|Binary packages",
        "Part II — The archive|The archive",
        "1 Introduction|Introduction",
    })
    void aSectionNumberBeforeTheEntrysWordsIsTheSameHeading(String heading, String label) {
        assertThat(EpubSections.numbered(heading, label)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A Study in Scarlet|Study in Scarlet",
        "I Robot|Robot",
        "2.2. Archive areas and more|Archive areas",
        "2.2. Other archive areas|Archive areas",
        "Archive areas|Archive areas",
        "2.2.|2.2.",
    })
    void otherWordsBeforeTheEntrysAreNotASectionNumber(String heading, String label) {
        assertThat(EpubSections.numbered(heading, label)).isFalse();
    }
}
