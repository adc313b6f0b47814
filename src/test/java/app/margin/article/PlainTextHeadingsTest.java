package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import app.margin.model.Article;
import app.margin.model.Section;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Numbered headings, lines that are never headings, and Project Gutenberg's header and licence. */
class PlainTextHeadingsTest {
    private static final Path GPL3 = Path.of("/usr/share/common-licenses/GPL-3");
    private static final Path APACHE2 = Path.of("/usr/share/common-licenses/Apache-2.0");

    private final PlainTextImporter importer = new PlainTextImporter();

    private Article read(String text) throws ArticleException {
        return importer.read(text, "t.txt", "txt-0123456789abcdef");
    }

    private static List<String> titles(Article article) {
        return EpubImporterTest.outline(article);
    }

    @Test
    void gpl3GivesItsSeventeenNumberedSectionsAndItsHeadings() throws Exception {
        assumeThat(Files.isRegularFile(GPL3)).as(GPL3 + " (Debian's base-files)").isTrue();

        Article gpl = read(Files.readString(GPL3, StandardCharsets.UTF_8));

        List<String> titles = titles(gpl);
        assertThat(gpl.title()).isEqualTo("GNU GENERAL PUBLIC LICENSE");
        assertThat(titles).contains("Preamble", "TERMS AND CONDITIONS", "0. Definitions.", "1. Source Code.",
                "17. Interpretation of Sections 15 and 16.", "How to Apply These Terms to Your New Programs");
        assertThat(IntStream.rangeClosed(0, 17)
                .mapToObj(n -> titles.stream().filter(t -> t.startsWith(n + ". ")).count()))
                .as("each of 0..17 once").allMatch(c -> c == 1);
        assertThat(titles).hasSize(21);
    }

    @Test
    void apache2LicenceUrlIsNeverAHeadingAndItsRunInSectionsAre() throws Exception {
        assumeThat(Files.isRegularFile(APACHE2)).as(APACHE2 + " (Debian's base-files)").isTrue();

        Article apache = read(Files.readString(APACHE2, StandardCharsets.UTF_8));

        List<String> titles = titles(apache);
        assertThat(titles).noneMatch(t -> t.contains("http") || t.contains("www."));
        assertThat(titles).contains("1. Definitions.", "2. Grant of Copyright License.", "4. Redistribution.",
                "9. Accepting Warranty or Additional Liability.", "END OF TERMS AND CONDITIONS",
                "APPENDIX: How to apply the Apache License to your work.");
        assertThat(apache.sections()).filteredOn(s -> s.title().startsWith("2. Grant")).singleElement()
                .satisfies(s -> assertThat(s.paragraphs().get(0)).startsWith("Subject to the terms and conditions"));
    }

    @Test
    void numberedHeadingsInTheirUsualFormsOpenSections() throws Exception {
        Article article = read("""
                Book

                Lead.

                1. Source Code.

                Text one.

                Section 3.

                Text two.

                CHAPTER IV.

                Text three.

                Part Two

                Text four.

                XII

                Text five.
                """);

        assertThat(titles(article)).containsExactly("1. Source Code.", "Section 3.", "CHAPTER IV.", "Part Two",
                "  XII");
    }

    @Test
    void partsHoldTheirChaptersAndAChapterItsSubtitle() throws Exception {
        Article article = read("""
                A Novel

                PART ONE

                CHAPTER I.

                Down the Rabbit-Hole

                Alice was beginning to get very tired.

                CHAPTER II.

                The Pool of Tears

                Curiouser and curiouser.

                PART TWO

                CHAPTER III.

                It was a long tale.
                """);

        assertThat(titles(article)).containsExactly("PART ONE", "  CHAPTER I. Down the Rabbit-Hole",
                "  CHAPTER II. The Pool of Tears", "PART TWO", "  CHAPTER III.");
    }

    @Test
    void urlEmailAndSignatureLinesAreNeverHeadings() throws Exception {
        Article article = read("""
                Letter

                http://www.example.org/licenses/

                Text after the address.

                www.example.org

                More text.

                Write to jane.doe@example.org

                Even more text.

                -- Jane

                Final words.

                Copyright 2024 Jane Doe

                Closing text.
                """);

        assertThat(article.sections()).isEmpty();
    }

    @Test
    void projectGutenbergHeaderAndLicenceAreDroppedAndGiveTitleAuthorAndDate() throws Exception {
        Article book = read("""
                The Project Gutenberg eBook of The Harbour, by Ann Example

                This eBook is for the use of anyone anywhere in the United States and
                most other parts of the world at no cost and with almost no restrictions
                whatsoever.

                Title: The Harbour

                Author: Ann Example

                Release date: June 25, 2008 [eBook #25893]

                Language: English

                *** START OF THE PROJECT GUTENBERG EBOOK THE HARBOUR ***

                THE HARBOUR

                CHAPTER I.

                The boats came in at dusk.

                CHAPTER II.

                The town slept.

                *** END OF THE PROJECT GUTENBERG EBOOK THE HARBOUR ***

                Updated editions will replace the previous one--the old editions will
                be renamed.

                START: FULL LICENSE

                THE FULL PROJECT GUTENBERG LICENSE

                Section 1. General Terms of Use and Redistributing Project Gutenberg-tm
                electronic works
                """);

        assertThat(book.title()).isEqualTo("The Harbour");
        assertThat(book.byline()).isEqualTo("Ann Example");
        assertThat(book.date()).isEqualTo("June 25, 2008");
        assertThat(titles(book)).containsExactly("CHAPTER I.", "CHAPTER II.");
        assertThat(book.sections()).extracting(Section::paragraphs)
                .containsExactly(List.of("The boats came in at dusk."), List.of("The town slept."));
        assertThat(book.lead()).isEmpty();
    }

    @Test
    void aNumberedListOfShortItemsIsNotAStackOfHeadings() throws Exception {
        Article article = read("Shopping\n\nLead.\n\n1. Milk\n\n2. Eggs\n\n3. Bread\n");

        assertThat(article.sections()).isEmpty();
    }
}
