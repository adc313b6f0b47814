package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A web address that a line end breaks reads whole again; ordinary words around an address stay apart. */
class PdfUrlBreaksTest {
    @TempDir
    Path dir;

    /** Paragraphs of lines set one under the other at 12-point leading, 40 points between paragraphs. */
    private List<String> read(String[]... paragraphs) throws Exception {
        PdfText text = PdfMaker.read(dir, "urls.pdf", page -> {
            float y = 100;
            for (String[] lines : paragraphs) {
                for (String line : lines) {
                    page.line(72, y, TIMES, 10, line);
                    y += 12;
                }
                y += 28;
            }
        });
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }

    @Test
    void anAddressBrokenAtALineEndIsJoinedWithoutASpace() throws Exception {
        List<String> texts = read(
                new String[] {"The documentation of the class, available at the address https://www.acm.",
                        "org/publications/proceedings-template, explains these commands and their use."},
                new String[] {"It was shown on video in 2003 and can still be found at http://video.google.com/",
                        "videoplay?docid=6528042696351994555 and at the publisher's page."},
                new String[] {"For how best to write figure descriptions, please see the page at https:",
                        "//www.acm.org/publications/taps/describing-figures/ on the society's site."});

        assertThat(texts).containsExactly(
                "The documentation of the class, available at the address https://www.acm.org/publications/"
                        + "proceedings-template, explains these commands and their use.",
                "It was shown on video in 2003 and can still be found at http://video.google.com/videoplay?docid="
                        + "6528042696351994555 and at the publisher's page.",
                "For how best to write figure descriptions, please see the page at https://www.acm.org/publications/"
                        + "taps/describing-figures/ on the society's site.");
    }

    @Test
    void anAddressInsideAPathBrokenAfterAHyphenKeepsItsHyphen() throws Exception {
        List<String> texts = read(new String[] {
            "The template is described at https://www.acm.org/publications/proceedings-",
            "template, which has a complete explanation of these commands and of their use."});

        assertThat(texts).containsExactly("The template is described at https://www.acm.org/publications/"
                + "proceedings-template, which has a complete explanation of these commands and of their use.");
    }

    @Test
    void wordsAfterAnAddressThatEndsAtALineEndStayWords() throws Exception {
        List<String> texts = read(
                new String[] {"The title of your work should use capital letters, and https://capitalizemytitle.com/",
                        "has useful rules for capitalization of the words of titles and of headings."},
                new String[] {"Ordinary words end lines with a slash, as in and/or and his/",
                        "her, or with a full stop at the end of a sentence, and go on after it as words."});

        assertThat(texts).containsExactly(
                "The title of your work should use capital letters, and https://capitalizemytitle.com/ has useful"
                        + " rules for capitalization of the words of titles and of headings.",
                "Ordinary words end lines with a slash, as in and/or and his/ her, or with a full stop at the end of"
                        + " a sentence, and go on after it as words.");
    }

    @Test
    void theRuleTellsAnAddressGoingOnFromTheSentenceAfterIt() {
        assertThat(UrlBreaks.continues("see https://doi.org/10.1145/1188913.", "1188915")).isTrue();
        assertThat(UrlBreaks.continues("see https://www.", "R-project.org/")).isTrue();
        assertThat(UrlBreaks.continues("Retrieved from http:", "//www.poker-edge.com/stats.php")).isTrue();
        assertThat(UrlBreaks.continues("is at https://example.org.", "The next sentence")).isFalse();
        assertThat(UrlBreaks.continues("at https://example.org/a?", "Yes, it is")).isFalse();
        assertThat(UrlBreaks.continues("the ratio was 3.", "and then")).isFalse();
        assertThat(UrlBreaks.continues("from http://ccrma.stanford.edu/~jos/bayes/bayes.html.", "2017. Members"))
                .as("a year after an address that ends an entry").isFalse();
        assertThat(UrlBreaks.continues("from http://video.google.com/videoplay?docid=65.", "Poker-Edge.Com. 2006"))
                .as("a name with dots after an address that ends an entry").isFalse();
        assertThat(UrlBreaks.continues("a well-", "known word")).isFalse();
        assertThat(UrlBreaks.continues("Available at https://www.w3.org/TR/", "[12] A. Author. 2020."))
                .as("the next reference after an address ending in a slash").isFalse();
        assertThat(UrlBreaks.continues("at https://example.org/docs/", "(2019)")).isFalse();
        assertThat(UrlBreaks.continues("at https://example.org/docs/", "2019. The next")).isFalse();
        assertThat(UrlBreaks.continues("at https://example.org/docs/", "v2/index.html")).isTrue();
    }
}
