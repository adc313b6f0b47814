package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The original page: drawn at screen resolution, found by its label, with quoted words boxed where they stand. */
class PageDrawingTest {
    @TempDir
    Path dir;

    private Path threePages(boolean labelled) throws Exception {
        Path file = dir.resolve(labelled ? "labelled.pdf" : "plain.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().line(72, 100, TIMES, 12, "The first page says hello.");
            pdf.page().line(72, 100, TIMES, 12, "A reflowing reader sets the same words in one column at the size")
                    .line(72, 114, TIMES, 12, "the reader chose, and a hyphen-")
                    .line(72, 128, TIMES, 12, "ated word is joined again.");
            pdf.page().line(72, 300, TIMES, 12, "The last page.");
            if (labelled) {
                PDPageLabels labels = new PDPageLabels(pdf.document);
                PDPageLabelRange roman = new PDPageLabelRange();
                roman.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
                labels.setLabelItem(0, roman);
                PDPageLabelRange arabic = new PDPageLabelRange();
                arabic.setStyle(PDPageLabelRange.STYLE_DECIMAL);
                labels.setLabelItem(1, arabic);
                pdf.document.getDocumentCatalog().setPageLabels(labels);
            }
            pdf.save(file);
        }
        return file;
    }

    @Test
    void aPageIsDrawnAtScreenResolution() throws Exception {
        try (PageDrawing drawing = PageDrawing.open(threePages(false))) {
            BufferedImage image = drawing.render(1, 96f);

            assertThat(image.getWidth()).isEqualTo((int) (PdfMaker.WIDTH * 96 / 72));
            assertThat(image.getHeight()).isEqualTo((int) (PdfMaker.HEIGHT * 96 / 72));
            // Ink where the first line is: some pixel in its band is dark.
            boolean ink = false;
            for (int x = 96; x < 400 && !ink; x++) {
                for (int y = 120; y < 134; y++) {
                    ink |= (image.getRGB(x, y) & 0xff) < 100;
                }
            }
            assertThat(ink).isTrue();
        }
    }

    @Test
    void aHugePageIsDrawnSmallerThanAsked() {
        assertThat(PageDrawing.bounded(new float[] {14_400, 14_400}, 96f)).isLessThan(20f);
        assertThat(PageDrawing.bounded(new float[] {595, 842}, 96f)).isEqualTo(96f);
    }

    @Test
    void aLabelFindsItsPageByTheDocumentsLabels() throws Exception {
        try (PageDrawing drawing = PageDrawing.open(threePages(true))) {
            assertThat(drawing.labels()).containsExactly("i", "1", "2");
            assertThat(drawing.indexOf("i")).isZero();
            assertThat(drawing.indexOf("1")).isEqualTo(1);
            assertThat(drawing.indexOf("2")).isEqualTo(2);
            assertThat(drawing.indexOf("xx")).isEqualTo(-1);
        }
    }

    @Test
    void withoutLabelsALabelIsThePageNumber() throws Exception {
        try (PageDrawing drawing = PageDrawing.open(threePages(false))) {
            assertThat(drawing.indexOf("1")).isZero();
            assertThat(drawing.indexOf("3")).isEqualTo(2);
            assertThat(drawing.indexOf("4")).isEqualTo(-1);
            assertThat(drawing.indexOf("0")).isEqualTo(-1);
        }
    }

    @Test
    void aQuoteIsBoxedOverItsWords() throws Exception {
        try (PageDrawing drawing = PageDrawing.open(threePages(false))) {
            List<PageDrawing.Box> boxes = drawing.find(1, List.of("reflowing reader"), 96f);

            assertThat(boxes).hasSize(1);
            PageDrawing.Box box = boxes.get(0);
            float scale = 96f / 72f;
            double left = (72 + PdfMaker.Page.width(TIMES, 12, "A ")) * scale;
            assertThat(box.x()).isCloseTo(left, within(3.0));
            assertThat(box.width()).isCloseTo(PdfMaker.Page.width(TIMES, 12, "reflowing reader") * scale,
                    within(4.0));
            assertThat(box.y()).isLessThan(100 * scale).isGreaterThan(85 * scale);
            assertThat(box.y() + box.height()).isGreaterThan(100 * scale).isLessThan(106 * scale);
        }
    }

    @Test
    void aQuoteAcrossLinesAndAJoinedHyphenGetsABoxALine() throws Exception {
        try (PageDrawing drawing = PageDrawing.open(threePages(false))) {
            // As the reflow reads it: spaces as it set them, the hyphenated word joined.
            List<PageDrawing.Box> boxes = drawing.find(1,
                    List.of("the size the reader chose, and a hyphenated word is joined", "not on this page"), 96f);

            assertThat(boxes).extracting(PageDrawing.Box::quote).containsExactly(0, 0, 0);
            assertThat(boxes.get(1).y()).isGreaterThan(boxes.get(0).y());
            assertThat(boxes.get(2).y()).isGreaterThan(boxes.get(1).y());
            assertThat(boxes.get(2).x()).isCloseTo(72 * 96 / 72.0, within(2.0));
        }
    }

    @Test
    void aQuoteAcrossLinesOfTheLeftColumnIsFoundBesideARightColumn() throws Exception {
        Path file = dir.resolve("columns.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().line(72, 100, TIMES, 10, "The left column starts here and")
                    .line(72, 112, TIMES, 10, "goes on down its own lines.")
                    .line(320, 100, TIMES, 10, "The right column runs beside it")
                    .line(320, 112, TIMES, 10, "at the very same heights.");
            pdf.save(file);
        }
        try (PageDrawing drawing = PageDrawing.open(file)) {
            List<PageDrawing.Box> boxes = drawing.find(0, List.of("starts here and goes on down"), 96f);

            assertThat(boxes).hasSize(2);
            assertThat(boxes).allSatisfy(b -> assertThat(b.x() + b.width()).isLessThan(320 * 96 / 72.0));
        }
    }

    @Test
    void aQuoteOverAPageBreakIsBoxedOnBothPages() throws Exception {
        Path file = dir.resolve("break.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().line(72, 100, TIMES, 12, "Early on, a sentence that runs nowhere stops.")
                    .line(72, 114, TIMES, 12, "More text fills the middle of the page here.")
                    .line(72, 128, TIMES, 12, "The first page ends with a sentence that runs on past")
                    .line(300, 800, TIMES, 10, "1");
            pdf.page().line(72, 100, TIMES, 12, "the end of its page and finishes on the next one.");
            pdf.save(file);
        }
        String quote = "a sentence that runs on past the end of its page and finishes";
        try (PageDrawing drawing = PageDrawing.open(file)) {
            List<PageDrawing.Box> first = drawing.find(0, List.of(quote), 96f);
            List<PageDrawing.Box> second = drawing.find(1, List.of(quote), 96f);

            assertThat(first).singleElement().satisfies(b -> assertThat(b.y()).isBetween(114 * 96 / 72.0,
                    128 * 96 / 72.0));
            assertThat(second).singleElement().satisfies(b -> assertThat(b.x()).isCloseTo(96, within(2.0)));
            assertThat(drawing.find(0, List.of("fills the middle of the page and more"), 96f))
                    .as("its beginning is on the page, but not at the page's end").isEmpty();
            assertThat(drawing.find(1, List.of("not the end of its page"), 96f)).as("too few letters").isEmpty();
        }
    }

    @Test
    void aQuoteOverAnAuthorsLinesJoinedByMiddleDotsIsBoxedOnTheirLines() throws Exception {
        Path file = dir.resolve("author.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().line(250, 100, TIMES, 11, "Ann Author")
                    .line(240, 113, TIMES, 9, "Institute for Clarity")
                    .line(245, 124, TIMES, 9, "Dublin, Ohio, USA");
            pdf.save(file);
        }
        try (PageDrawing drawing = PageDrawing.open(file)) {
            // As the reflow reads the author (TitleBlock): the lines joined by " · ".
            List<PageDrawing.Box> boxes = drawing.find(0, List.of("Author · Institute for Clarity · Dublin"), 96f);

            assertThat(boxes).hasSize(3);
        }
    }

    @Test
    void aQuoteOnAnotherPageIsNotBoxed() throws Exception {
        try (PageDrawing drawing = PageDrawing.open(threePages(false))) {
            assertThat(drawing.find(0, List.of("reflowing reader"), 96f)).isEmpty();
        }
    }
}
