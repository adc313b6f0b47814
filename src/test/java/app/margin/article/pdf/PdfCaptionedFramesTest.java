package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure's frame drawn at the same place on three pages (a documentation's pictures of pages) is no decoration when
 * a caption is under it: each is a figure, its words out of the text.
 */
class PdfCaptionedFramesTest {
    static final String ONE = PdfLayoutTest.ONE;
    static final String TWO = PdfLayoutTest.TWO;

    @TempDir
    Path dir;

    private static List<String> texts(PdfText text) {
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }

    /** A framed picture of a page at the top of the page, its small text inside, the caption under it, if any. */
    private static void framedPage(PdfMaker pdf, String inside, String caption) {
        PdfMaker.Page page = pdf.page();
        PdfFiguresTest.frame(page, 220, 100, 190, 256);
        page.line(250, 160, TIMES, 7, "Glossaire");
        page.line(250, 180, TIMES, 4, inside);
        page.line(250, 190, TIMES, 4, "langue vernaculaire langue locale parlée. 13");
        page.line(310, 310, TIMES, 4, "91");
        if (caption != null) {
            page.line(270, 376, TIMES, 10, caption);
        }
        page.paragraph(72, 420, 451, TIMES, 10, 12, 0, ONE);
    }

    @Test
    void aFrameDrawnAtOnePlaceOnThreePagesWithACaptionUnderItIsAFigureOnEach() throws Exception {
        Path file = dir.resolve("frames.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            framedPage(pdf, "ancien français état du français médiéval. 13", "Figure 7.1 – Glossaire");
            framedPage(pdf, "moyen français état du français médiéval. 13", "Figure 7.2 – Index");
            framedPage(pdf, "nouveau français état du français moderne. 13", "Figure 7.3 – Colophon");
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        List<PdfParagraph> figures = text.paragraphs().stream().filter(p -> text.figure(p) != null).toList();
        assertThat(figures).extracting(PdfParagraph::text)
                .containsExactly("Figure 7.1 – Glossaire", "Figure 7.2 – Index", "Figure 7.3 – Colophon");
        assertThat(String.join(" ", texts(text))).doesNotContain("médiéval", "Glossaire 13", "91");
        assertThat(text.figure(figures.get(0)).height()).isGreaterThan(250f);
    }

    @Test
    void aFrameDrawnAtOnePlaceOnThreePagesWithNoCaptionStaysADecoration() throws Exception {
        Path file = dir.resolve("decoration.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            for (int i = 0; i < 3; i++) {
                PdfMaker.Page page = pdf.page();
                PdfFiguresTest.frame(page, 220, 100, 190, 256);
                page.paragraph(230, 120, 170, TIMES, 10, 12, 0, i == 1 ? TWO : ONE);
            }
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(text.figures()).isEmpty();
        assertThat(texts(text)).contains(ONE, TWO);
    }

    @Test
    void yathesisGlossaryPageIsAFigureWithItsCaption() throws Exception {
        Path file = Path.of("/usr/share/doc/texlive-doc/latex/yathesis/french/documentation/yathesis-fr.pdf");
        Assumptions.assumeTrue(Files.isRegularFile(file));

        PdfText text = PdfLayout.DEFAULTS.read(file);

        PdfParagraph caption = text.paragraphs().stream().filter(p -> p.text().equals("Figure 7.1 – Glossaire"))
                .findFirst().orElseThrow();
        assertThat(text.figure(caption)).isNotNull();
        assertThat(text.paragraphs()).extracting(PdfParagraph::text)
                .noneMatch(t -> t.contains("ancien français état du français médiéval"));
    }
}
