package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hyphen at a line's end: TeX's, joined, or a real one, kept (see {@link Hyphens}). */
class PdfHyphensTest {
    @TempDir
    Path dir;

    private List<String> read(String... lines) throws Exception {
        PdfText text = PdfMaker.read(dir, "hyphens.pdf", page -> {
            for (int i = 0; i < lines.length; i++) {
                page.line(72, 90 + 12 * i, TIMES, 10, lines[i]);
            }
        });
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }

    @Test
    void aCompoundWrittenWithItsHyphenElsewhereKeepsItAtALineEnd() throws Exception {
        assertThat(read("Margin reads every cross-referencing entry of the list as the author wrote it, and a cross-",
                "referencing entry at the end of a line keeps its hyphen, as the other words of the list do in",
                "the text, which a reader finds again as they were written by the author of the whole list."))
                .containsExactly("Margin reads every cross-referencing entry of the list as the author wrote it, and"
                        + " a cross-referencing entry at the end of a line keeps its hyphen, as the other words of the"
                        + " list do in the text, which a reader finds again as they were written by the author of the"
                        + " whole list.");
    }

    @Test
    void aHyphenAfterCapitalsStaysAndTexsHyphenIsJoined() throws Exception {
        assertThat(read("The study followed a group of patients over ten years, and it found that the care of HIV-",
                "infected patients improved when the clinics shared what they knew, and the infor-",
                "mation they gave their patients was written in plain words that every reader understood."))
                .containsExactly("The study followed a group of patients over ten years, and it found that the care"
                        + " of HIV-infected patients improved when the clinics shared what they knew, and the"
                        + " information they gave their patients was written in plain words that every reader"
                        + " understood.");
    }

    @Test
    void aWordWrittenWholeElsewhereIsJoinedThoughItsHalvesAreWords() throws Exception {
        assertThat(read("Margin keeps a note on something the reader marked, and the note stays with the some-",
                "thing it was written on when the text of the paper changes in a new version of the file."))
                .containsExactly("Margin keeps a note on something the reader marked, and the note stays with the"
                        + " something it was written on when the text of the paper changes in a new version of the"
                        + " file.");
    }
}
