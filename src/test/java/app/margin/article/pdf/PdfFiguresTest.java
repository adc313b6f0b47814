package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.HEIGHT;
import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures and tables found in what a page paints, matched to their captions and cut out of the text. */
class PdfFiguresTest {
    static final String ONE = PdfLayoutTest.ONE;
    static final String TWO = PdfLayoutTest.TWO;
    static final String THREE = PdfLayoutTest.THREE;

    @TempDir
    Path dir;

    /** A rectangle's outline, {@code top} points below the page's top edge. */
    static void frame(PdfMaker.Page page, float x, float top, float w, float h) {
        try {
            page.out.addRect(x, HEIGHT - top - h, w, h);
            page.out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void filled(PdfMaker.Page page, float x, float top, float w, float h) {
        try {
            page.out.addRect(x, HEIGHT - top - h, w, h);
            page.out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void line(PdfMaker.Page page, float x0, float top0, float x1, float top1) {
        try {
            page.out.moveTo(x0, HEIGHT - top0);
            page.out.lineTo(x1, HEIGHT - top1);
            page.out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A drawing of boxes, lines and a small picture in {@code x, top, w, h}, with a label inside. */
    static void drawing(PdfMaker pdf, PdfMaker.Page page, float x, float top, float w, float h) {
        frame(page, x, top, w, h);
        filled(page, x + 10, top + 10, w / 4, h / 3);
        line(page, x + 5, top + h - 5, x + w - 5, top + 20);
        BufferedImage picture = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 64; i++) {
            picture.setRGB(i % 8, i / 8, (i * 37) << 8);
        }
        try {
            PDImageXObject image = LosslessFactory.createFromImage(pdf.document, picture);
            page.out.drawImage(image, x + w - 40, HEIGHT - top - h + 10, 30, 30);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.line(x + w / 2, top + h / 2, TIMES, 8, "label");
    }

    private static List<String> texts(PdfText text) {
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }

    private static List<PdfFigure> figures(PdfText text) {
        return text.paragraphs().stream().map(text::figure).filter(java.util.Objects::nonNull).toList();
    }

    private static void assertCovers(PdfFigure f, float x, float top, float w, float h) {
        assertThat(f.x()).isLessThanOrEqualTo(x);
        assertThat(f.y()).isLessThanOrEqualTo(top);
        assertThat(f.x() + f.width()).isGreaterThanOrEqualTo(x + w);
        assertThat(f.y() + f.height()).isGreaterThanOrEqualTo(top + h);
    }

    @Test
    void aDrawnFigureWithItsCaptionBelowBecomesTheCaptionsFigureCutToTheDrawing() throws Exception {
        Path file = dir.resolve("figure.pdf");
        float end;
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            end = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, ONE);
            drawing(pdf, page, 150, 150, 250, 140);
            page.line(150, 310, TIMES, 9, "Figure 1: A drawing of boxes and lines.");
            page.paragraph(72, 340, 451, TIMES, 10, 12, 0, TWO);
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(texts(text)).containsExactly(ONE, "Figure 1: A drawing of boxes and lines.", TWO);
        assertThat(text.figure(text.paragraphs().get(0))).isNull();
        PdfFigure figure = text.figure(text.paragraphs().get(1));
        assertThat(figure).isNotNull();
        assertThat(figure.page()).isZero();
        assertCovers(figure, 150, 150, 250, 140);
        assertThat(figure.y()).isGreaterThan(end - 10 + 3); // not the paragraph above (its last baseline + descent)
        assertThat(figure.y() + figure.height()).isLessThan(310 - 7); // nor the caption below
        assertThat(figures(text)).hasSize(1);
    }

    @Test
    void aRuledTableWithItsCaptionAboveIsCutFromItsFirstRuleToItsLast() throws Exception {
        Path file = dir.resolve("table.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.paragraph(72, 100, 451, TIMES, 10, 12, 0, ONE);
            page.line(180, 150, TIMES, 9, "Table 1: Times of the runs.");
            filled(page, 180, 158, 220, 0.8f);
            page.line(190, 172, TIMES, 9, "Run");
            page.line(300, 172, TIMES, 9, "Seconds");
            filled(page, 180, 177, 220, 0.5f);
            page.line(190, 190, TIMES, 9, "First");
            page.line(300, 190, TIMES, 9, "12.5");
            page.line(190, 202, TIMES, 9, "Second");
            page.line(300, 202, TIMES, 9, "9.75");
            filled(page, 180, 208, 220, 0.8f);
            page.paragraph(72, 240, 451, TIMES, 10, 12, 0, TWO);
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(texts(text)).containsExactly(ONE, "Table 1: Times of the runs.", TWO);
        PdfFigure table = text.figure(text.paragraphs().get(1));
        assertThat(table).isNotNull();
        assertCovers(table, 180, 158, 220, 50.8f);
        assertThat(table.y()).isGreaterThan(150); // the caption stays text, above the crop
    }

    @Test
    void aFigureInOneColumnIsCutFromThatColumnOnly() throws Exception {
        Path file = dir.resolve("columns.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            float y = page.paragraph(50, 100, 230, TIMES, 10, 12, 0, ONE);
            drawing(pdf, page, 60, y + 10, 200, 120);
            page.line(60, y + 150, TIMES, 9, "Fig. 2: A figure in the left column.");
            page.paragraph(50, y + 175, 230, TIMES, 10, 12, 0, THREE);
            page.paragraph(310, 100, 230, TIMES, 10, 12, 0, TWO);
            page.paragraph(310, 200, 230, TIMES, 10, 12, 0, THREE);
            page.paragraph(310, 300, 230, TIMES, 10, 12, 0, ONE);
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(texts(text)).containsExactly(ONE, "Fig. 2: A figure in the left column.", THREE, TWO, THREE, ONE);
        PdfFigure figure = text.figure(text.paragraphs().get(1));
        assertThat(figure).isNotNull();
        assertThat(figure.x()).isGreaterThanOrEqualTo(50 - 4);
        assertThat(figure.x() + figure.width()).isLessThan(310);
        assertThat(figures(text)).hasSize(1);
    }

    @Test
    void aParagraphThatGoesOnUnderAFigureAtTheTopOfTheNextColumnIsOneParagraphTheCaptionAfterIt() throws Exception {
        // sample-sigconf-i13n.pdf pp. 3-4: "… is the point at which Table 2 is included in" / [Table 1 and its caption]
        // / "the input file; again, …".
        List<String> lines = PdfMaker.Page.wrap(TIMES, 10, 215, 0, PdfParagraphFlowTest.NAMES);
        int split = -1;
        for (int k = 3; k < lines.size() - 2 && split < 0; k++) {
            if (Character.isLowerCase(lines.get(k).charAt(0)) && !lines.get(k - 1).endsWith(".")
                    && PdfMaker.Page.width(TIMES, 10, lines.get(k - 1)) > 200) {
                split = k;
            }
        }
        assertThat(split).as("a column break before a line in lower case").isPositive();
        int at = split;
        Path file = dir.resolve("under.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            for (int i = 0; i < at; i++) {
                page.line(72, 700 + 12 * (i - at), TIMES, 10, lines.get(i)); // the left column's last lines
            }
            drawing(pdf, page, 310, 80, 200, 120);
            page.line(310, 220, TIMES, 10, "Figure 1: A drawing at the top of the column."); // in the text's size
            for (int i = at; i < lines.size(); i++) {
                page.line(308, 250 + 12 * (i - at), TIMES, 10, lines.get(i));
            }
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(texts(text)).containsExactly(PdfParagraphFlowTest.NAMES,
                "Figure 1: A drawing at the top of the column.");
        assertThat(text.figure(text.paragraphs().get(1))).isNotNull();
    }

    @Test
    void aWideFigureAcrossBothColumnsIsCutWhole() throws Exception {
        Path file = dir.resolve("wide.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            drawing(pdf, page, 60, 80, 470, 150);
            page.line(200, 250, TIMES, 9, "Figure 3. A figure across both columns.");
            float y = page.paragraph(50, 290, 230, TIMES, 10, 12, 0, ONE);
            page.paragraph(50, y, 230, TIMES, 10, 12, 15, THREE);
            y = page.paragraph(310, 290, 230, TIMES, 10, 12, 0, TWO);
            page.paragraph(310, y, 230, TIMES, 10, 12, 15, THREE);
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(texts(text)).containsExactly("Figure 3. A figure across both columns.", ONE, THREE, TWO, THREE);
        PdfFigure figure = text.figure(text.paragraphs().get(0));
        assertThat(figure).isNotNull();
        assertCovers(figure, 60, 80, 470, 150);
    }

    @Test
    void aFigureWithoutACaptionGetsAParagraphWhereItStands() throws Exception {
        Path file = dir.resolve("uncaptioned.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, ONE);
            drawing(pdf, page, 150, y + 10, 200, 100);
            page.paragraph(72, y + 140, 451, TIMES, 10, 12, 0, TWO);
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(texts(text)).containsExactly(ONE, "Figure on p. 1", TWO);
        assertThat(text.figure(text.paragraphs().get(1))).isNotNull();
    }

    @Test
    void aPageOfTextWithRulesAndABoxedNoteMakesNoPicture() throws Exception {
        Path file = dir.resolve("text.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            filled(page, 72, 70, 451, 0.5f); // a running head's rule
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, ONE);
            filled(page, 70, y + 4, 455, 60); // a shaded note
            page.paragraph(80, y + 20, 430, TIMES, 10, 12, 0, THREE);
            y = page.paragraph(72, y + 90, 451, TIMES, 10, 12, 0, TWO);
            filled(page, 72, y + 200, 150, 0.4f); // a footnote rule
            page.paragraph(72, y + 212, 451, TIMES, 8, 9, 0, "1 A footnote under its rule.");
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(figures(text)).isEmpty();
        assertThat(String.join(" ", texts(text))).contains(ONE, TWO, THREE);
    }

    @Test
    void aPageOfThousandsOfMarksAndCaptionsIsReadInTime() throws Exception {
        Path file = dir.resolve("marks.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            for (int i = 0; i < 2_400; i++) { // specks apart from each other: too many regions to look at
                filled(page, 20 + (i % 48) * 12, 20 + (i / 48) * 16, 4, 4);
            }
            PdfMaker.Page second = pdf.page();
            for (int i = 0; i < 250; i++) { // regions near each other: too many to join
                filled(second, 20 + (i % 25) * 22, 20 + (i / 25) * 40, 16, 16);
            }
            for (int i = 0; i < 1_000; i++) {
                second.line(20 + (i % 10) * 55, 20 + (i / 10) * 8f, TIMES, 6, "Figure " + i + ": a");
            }
            page.paragraph(72, 700, 451, TIMES, 10, 12, 0, ONE);
            pdf.save(file);
        }

        PdfText text = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> PdfLayout.DEFAULTS.read(file));

        assertThat(texts(text)).contains(ONE);
        assertThat(figures(text)).allMatch(f -> f.page() == 1);
    }

    @Test
    void aPlainTabAtThePagesEdgeIsNoFigureNorItsLabelTextButTheSameShapeInsideThePageIsAFigure() throws Exception {
        PdfText text = PdfMaker.read(dir, "tab.pdf", page -> {
            page.paragraph(72, 100, 400, TIMES, 10, 12, 0, ONE);
            filled(page, PdfMaker.WIDTH - 40, 120, 46, 90); // a journal's black thumb tab, bleeding off the edge
            page.line(PdfMaker.WIDTH - 30, 170, TIMES, 9, "111"); // the article's number on it
            page.paragraph(72, 300, 400, TIMES, 10, 12, 0, TWO);
            filled(page, 200, 400, 46, 90); // the same shape inside the page: a drawing
        });

        assertThat(figures(text)).hasSize(1);
        assertThat(figures(text).get(0).x()).isLessThan(250f);
        assertThat(texts(text)).as("the tab's label is no text").containsExactlyInAnyOrder(ONE, TWO, "Figure on p. 1");
    }
}
