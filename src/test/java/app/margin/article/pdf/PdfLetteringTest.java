package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A drawing lettered with lone letters (a journal's logo) keeps its letters: they are no paragraphs of their own. */
class PdfLetteringTest {
    static final String ONE = PdfLayoutTest.ONE;
    static final String JOURNAL = "North-Western European Journal of Mathematics";

    @TempDir
    Path dir;

    private static List<String> texts(PdfText text) {
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }

    /** An emblem {@code w} by {@code h} at {@code x, top} with the letters W, N, M, E, J set small around it. */
    private static void emblem(PdfMaker.Page page, float x, float top, float w, float h) {
        PdfFiguresTest.filled(page, x, top, w, h);
        page.line(x, top + 5, TIMES, 5, "W");
        page.line(x + w - 4, top + 5, TIMES, 5, "N");
        page.line(x + w / 2 - 2, top + h / 2 + 2, TIMES, 5, "M");
        page.line(x, top + h - 3, TIMES, 5, "E");
        page.line(x + w - 3, top + h - 3, TIMES, 5, "J");
    }

    @Test
    void aSmallLogosLettersAreNoParagraphs() throws Exception {
        PdfText text = PdfMaker.read(dir, "logo.pdf", page -> {
            emblem(page, 470, 40, 28, 33);
            page.line(72, 60, TIMES_BOLD, 10, JOURNAL);
            page.paragraph(72, 120, 451, TIMES, 10, 12, 0, ONE);
        });

        assertThat(texts(text)).doesNotContain("W", "N", "M", "E", "J").contains(ONE);
        assertThat(text.figures()).isEmpty();
    }

    @Test
    void aLargeLetteredDrawingIsAFigureWithItsLetters() throws Exception {
        PdfText text = PdfMaker.read(dir, "emblem.pdf", page -> {
            page.paragraph(72, 100, 451, TIMES, 10, 12, 0, ONE);
            emblem(page, 200, 200, 80, 80);
        });

        assertThat(texts(text)).containsExactly(ONE, "Figure on p. 1");
        PdfFigure figure = text.figure(text.paragraphs().get(1));
        assertThat(figure).isNotNull();
        assertThat(figure.width()).isGreaterThanOrEqualTo(80f);
    }

    @Test
    void lettersOnKeyCapsInASentenceStayText() throws Exception {
        PdfText text = PdfMaker.read(dir, "keys.pdf", page -> {
            page.line(72, 100, TIMES, 10, "Press the keys");
            PdfFiguresTest.filled(page, 138, 90, 24, 13);
            page.line(142, 98, TIMES, 6, "K");
            page.line(153, 98, TIMES, 6, "Q");
            page.line(166, 100, TIMES, 10, "together to quit the program at once.");
        });

        assertThat(String.join(" ", texts(text))).contains("K", "Q", "together to quit");
    }

    @Test
    void framedCellsInBodyTypeAreNoLogo() throws Exception {
        PdfText text = PdfMaker.read(dir, "cells.pdf", page -> {
            page.paragraph(72, 100, 451, TIMES, 10, 12, 0, ONE);
            PdfFiguresTest.frame(page, 200, 200, 30, 30);
            page.line(205, 212, TIMES, 10, "x");
            page.line(220, 226, TIMES, 10, "x");
            page.paragraph(72, 300, 451, TIMES, 10, 12, 0, PdfLayoutTest.TWO);
        });

        assertThat(texts(text)).contains(ONE, PdfLayoutTest.TWO, "x x");
    }

    @Test
    void nwejmsLogoLettersAreNoParagraphsOfArticleInFrench() throws Exception {
        Path file = Path.of("/usr/share/doc/texlive-doc/latex/nwejm/examples/article-in-french.pdf");
        Assumptions.assumeTrue(Files.isRegularFile(file));

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(text.paragraphs().stream().filter(p -> p.page() == 0).map(PdfParagraph::text))
                .doesNotContain("W", "M", "E", "N", "J").contains(JOURNAL);
    }
}
