package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Superscripts and subscripts: runs set smaller and raised or lowered become spans over their text. */
class PdfMarksTest {
    @TempDir
    Path dir;

    /**
     * One line of pieces drawn one after another from {@code x} on the baseline {@code y}: each piece is its text,
     * its size and how far its baseline is raised (negative: lowered), in points.
     */
    static void pieces(PdfMaker.Page page, float x, float y, Object... pieces) {
        for (int i = 0; i < pieces.length; i += 3) {
            String text = (String) pieces[i];
            float size = ((Number) pieces[i + 1]).floatValue();
            float raise = ((Number) pieces[i + 2]).floatValue();
            page.line(x, y - raise, TIMES, size, text);
            x += PdfMaker.Page.width(TIMES, size, text);
        }
    }

    private PdfParagraph only(PdfText text) {
        List<PdfParagraph> body = text.paragraphs().stream().filter(p -> p.kind() == PdfParagraph.Kind.TEXT)
                .toList();
        assertThat(body).hasSize(1);
        return body.get(0);
    }

    private static List<String> runs(PdfParagraph p, Span.Style style) {
        return p.spans().stream().filter(s -> s.style() == style).map(s -> p.text().substring(s.start(), s.end()))
                .toList();
    }

    @Test
    void runsSetRaisedAndSmallerAreSuperscripts() throws Exception {
        PdfText text = PdfMaker.read(dir, "sup.pdf", page -> pieces(page, 72, 100,
                "The area is x", 10, 0, "2", 7, 3.5, " for a side of 10", 10, 0, "-3", 7, 3.5,
                " metres, found on the 1", 10, 0, "st", 7, 3.5, " try.", 10, 0));

        PdfParagraph p = only(text);
        assertThat(p.text()).isEqualTo("The area is x2 for a side of 10-3 metres, found on the 1st try.");
        assertThat(runs(p, Span.Style.SUPERSCRIPT)).containsExactly("2", "-3", "st");
        assertThat(runs(p, Span.Style.SUBSCRIPT)).isEmpty();
    }

    @Test
    void runsSetLoweredAndSmallerAfterALetterAreSubscripts() throws Exception {
        PdfText text = PdfMaker.read(dir, "sub.pdf", page -> pieces(page, 72, 100,
                "Water is H", 10, 0, "2", 7, -2, "O and the sequence runs over a", 10, 0, "i", 7, -2,
                " for every i.", 10, 0));

        PdfParagraph p = only(text);
        assertThat(p.text()).isEqualTo("Water is H2O and the sequence runs over ai for every i.");
        assertThat(runs(p, Span.Style.SUBSCRIPT)).containsExactly("2", "i");
        assertThat(runs(p, Span.Style.SUPERSCRIPT)).isEmpty();
    }

    @Test
    void aFootnoteMarkIsOneNoteReferenceNotAlsoASuperscript() throws Exception {
        PdfText text = PdfMaker.read(dir, "note.pdf", page -> {
            pieces(page, 72, 100, "The area is x", 10, 0, "2", 7, 3.5, " as the package", 10, 0, "1", 7, 3.5,
                    " says.", 10, 0);
            FootnotesTest.rule(page, 72, 700, 120);
            FootnotesTest.note(page, 72, 712, "1", "The footnote text.", true);
        });

        PdfParagraph p = only(text);
        assertThat(p.spans()).extracting(Span::style).containsExactly(Span.Style.SUPERSCRIPT, Span.Style.NOTE_REF);
        assertThat(runs(p, Span.Style.NOTE_REF)).containsExactly("1");
        assertThat(runs(p, Span.Style.SUPERSCRIPT)).containsExactly("2");
    }

    @Test
    void aLogosRaisedLetterKernedBackIsNoSuperscript() throws Exception {
        PdfText text = PdfMaker.read(dir, "logo.pdf", page -> {
            float l = PdfMaker.Page.width(TIMES, 10, "Written in L");
            page.line(72, 100, TIMES, 10, "Written in L");
            page.line(72 + l - 3.6f, 97.8f, TIMES, 7, "A");
            page.line(72 + l - 3.6f + PdfMaker.Page.width(TIMES, 7, "A") - 1.5f, 100, TIMES, 10,
                    "TeX for the press.");
        });

        PdfParagraph p = only(text);
        assertThat(p.text()).isEqualTo("Written in LATeX for the press.");
        assertThat(p.spans()).isEmpty();
    }

    @Test
    void smallerTypeOnTheBaselineIsNeitherRaisedNorLowered() throws Exception {
        PdfText text = PdfMaker.read(dir, "small.pdf", page -> pieces(page, 72, 100,
                "Set in ", 10, 0, "SMALL CAPITALS", 7.5, 0, " and a lowered word after a space ", 10, 0,
                "here", 7, -2, " stays as it is.", 10, 0));

        assertThat(only(text).spans()).isEmpty();
    }
}
