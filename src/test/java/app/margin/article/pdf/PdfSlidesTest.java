package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slides shown step by step (beamer's overlays: one page a step, each with the frame's page label) read once, and a
 * drawing that stays on every step of a small slide is a figure.
 */
class PdfSlidesTest {
    /** A beamer slide: 128 by 96 mm. */
    static final PDRectangle SLIDE = new PDRectangle(363f, 272f);
    static final String[] POINTS = {"Partition the site set into blocks.", "Compute a phylogeny for each block.",
        "Use dynamic programming for the partition."};

    @TempDir
    Path dir;

    /**
     * A title slide labelled "1", then a frame of three steps, each showing one point more, labelled alike
     * ({@code labelled}) or 2, 3, 4; on every step, when {@code drawn}, a coloured band under the points.
     */
    private PdfText slides(boolean labelled, boolean drawn) throws Exception {
        Path file = dir.resolve("slides.pdf");
        try (PDDocument document = new PDDocument()) {
            page(document, List.of("On Blocks of Phylogenies", "A talk at the workshop"), false);
            for (int step = 1; step <= 3; step++) {
                List<String> lines = new java.util.ArrayList<>(List.of("How blocks help"));
                lines.addAll(List.of(POINTS).subList(0, step));
                page(document, lines, drawn);
            }
            PDPageLabels labels = new PDPageLabels(document);
            labels.setLabelItem(0, prefix("1"));
            if (labelled) {
                labels.setLabelItem(1, prefix("2"));
            } else {
                PDPageLabelRange decimal = new PDPageLabelRange();
                decimal.setStyle(PDPageLabelRange.STYLE_DECIMAL);
                decimal.setStart(2);
                labels.setLabelItem(1, decimal);
            }
            document.getDocumentCatalog().setPageLabels(labels);
            document.save(file.toFile());
        }
        return PdfLayout.DEFAULTS.read(file);
    }

    private static PDPageLabelRange prefix(String label) {
        PDPageLabelRange range = new PDPageLabelRange();
        range.setPrefix(label);
        return range;
    }

    private static void page(PDDocument document, List<String> lines, boolean drawn) throws Exception {
        page(document, lines, drawn, SLIDE);
    }

    private static void page(PDDocument document, List<String> lines, boolean drawn, PDRectangle size)
            throws Exception {
        PDPage page = new PDPage(size);
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            float y = 60;
            for (String line : lines) {
                out.beginText();
                out.setFont(TIMES, 11);
                out.newLineAtOffset(30, size.getHeight() - y);
                out.showText(line);
                out.endText();
                y += 30;
            }
            if (drawn) {
                out.setNonStrokingColor(0.2f, 0.3f, 0.9f);
                out.addRect(40, size.getHeight() - 200 - 28, 280, 28);
                out.fill();
            }
        }
    }

    private static List<String> texts(PdfText text) {
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }

    @Test
    void theStepsOfASlideReadOnce() throws Exception {
        PdfText text = slides(true, false);

        assertThat(texts(text)).containsExactly("On Blocks of Phylogenies", "A talk at the workshop",
                "How blocks help", POINTS[0], POINTS[1], POINTS[2]);
        assertThat(text.paragraphs().subList(2, 6)).extracting(PdfParagraph::page).as("the last step's")
                .containsOnly(3);
    }

    @Test
    void pagesLabelledApartKeepWhatTheyRepeat() throws Exception {
        PdfText text = slides(false, false);

        assertThat(texts(text)).filteredOn("How blocks help"::equals).hasSize(3);
        assertThat(texts(text)).filteredOn(POINTS[0]::equals).hasSize(3);
    }

    @Test
    void aDrawingOnEveryStepOfASmallSlideIsAFigureNotADecoration() throws Exception {
        PdfText text = slides(true, true);

        List<PdfParagraph> figures = text.paragraphs().stream().filter(p -> text.figure(p) != null).toList();
        assertThat(figures).extracting(PdfParagraph::text).containsExactly("Figure on p. 2");
        PdfFigure band = text.figure(figures.get(0));
        assertThat(band.page()).as("the last step's").isEqualTo(3);
        assertThat(band.height()).isBetween(28f, 40f);
    }

    @Test
    void aBooksCoverAndItsVersoLabelledAlikeAreTwoPagesNotTheStepsOfASlide() throws Exception {
        Path file = dir.resolve("manual.pdf");
        try (PDDocument document = new PDDocument()) {
            page(document, List.of("The Reference Manual"), false, PDRectangle.A4);
            page(document, List.of("The Reference Manual", "Version 1.16, January 2023"), false, PDRectangle.A4);
            PDPageLabels labels = new PDPageLabels(document);
            labels.setLabelItem(0, prefix("1"));
            document.getDocumentCatalog().setPageLabels(labels);
            document.save(file.toFile());
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(texts(text)).as("luatex.pdf's cover lost its title to the verso's").containsSubsequence(
                "The Reference Manual", "The Reference Manual");
        assertThat(text.paragraphs().get(0).page()).isZero();
    }
}
