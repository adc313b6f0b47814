package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.margin.article.pdf.PdfMaker;
import app.margin.model.HighlightColor;
import app.margin.ui.queue.Background;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The original page's view model, with the work run in place: pages, highlights by page, the document closed. */
class OriginalPageViewModelTest {
    @TempDir
    Path dir;

    private final Background inPlace = new Background(Runnable::run, Runnable::run);

    private Path threePages() throws Exception {
        Path file = dir.resolve("three.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().line(72, 100, PdfMaker.TIMES, 12, "Page one says the same words twice.");
            pdf.page().line(72, 100, PdfMaker.TIMES, 12, "Page two says the same words once.");
            pdf.page().line(72, 100, PdfMaker.TIMES, 12, "Page three says other things.");
            pdf.save(file);
        }
        return file;
    }

    @Test
    void aHighlightIsMarkedOnlyOnItsOwnPageOrTheNext() throws Exception {
        OriginalPageViewModel vm = new OriginalPageViewModel(inPlace, threePages(),
                List.of(new OriginalPageViewModel.Highlight("2", "the same words", HighlightColor.GREEN)), 96f);

        vm.open("1");
        assertThat(vm.indexProperty().get()).isZero();
        assertThat(vm.marks()).as("the same words on page 1 are not this highlight's").isEmpty();

        vm.next();
        assertThat(vm.indexProperty().get()).isEqualTo(1);
        assertThat(vm.marks()).singleElement().extracting(OriginalPageViewModel.Mark::color)
                .isEqualTo(HighlightColor.GREEN);
        assertThat(vm.statusProperty().get()).startsWith("Page 2 (2 of 3)");
        assertThat(vm.imageProperty().get().getWidth()).isEqualTo((int) (PdfMaker.WIDTH * 96 / 72));

        vm.next();
        vm.next(); // past the last page: stays
        assertThat(vm.indexProperty().get()).isEqualTo(2);
        assertThat(vm.marks()).isEmpty();
        vm.close();
    }

    @Test
    void theNextPageIsDrawnAheadSoPageDownShowsItAtOnce() throws Exception {
        java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();
        OriginalPageViewModel vm = new OriginalPageViewModel(new Background(queued::add, Runnable::run),
                threePages(), List.of(), 96f);
        vm.open("1");
        queued.poll().run(); // opens and draws page 1
        assertThat(vm.indexProperty().get()).isZero();
        assertThat(queued).as("page 2 asked for ahead").hasSize(1);
        queued.poll().run();

        vm.next();

        assertThat(vm.indexProperty().get()).as("shown without waiting").isEqualTo(1);
        vm.close();
        queued.forEach(Runnable::run);
    }

    @Test
    void aSlideOpensZoomedToFitAcrossTheViewAndASheetAtItsPrintedSize() throws Exception {
        Path slides = dir.resolve("slides.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            // A beamer frame: 128 x 96 mm, 484 px wide at 96 dpi.
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(
                    362.8f, 272.1f)));
            pdf.save(slides.toFile());
        }
        OriginalPageViewModel slide = new OriginalPageViewModel(inPlace, slides, List.of(), 96f);
        slide.open("1");
        slide.fitSmallPage(800);
        assertThat(slide.zoomProperty().get()).as("484 px in 800: the largest step that fits").isEqualTo(1.5);
        assertThat(slide.imageProperty().get().getWidth()).isEqualTo(Math.round(362.8 * 96 / 72 * 1.5), within(2.0));
        slide.close();

        OriginalPageViewModel sheet = new OriginalPageViewModel(inPlace, threePages(), List.of(), 96f);
        sheet.open("1");
        sheet.fitSmallPage(800);
        assertThat(sheet.zoomProperty().get()).as("an A4 page, 794 px").isEqualTo(1.0);
        sheet.close();

        OriginalPageViewModel zoomed = new OriginalPageViewModel(inPlace, slides, List.of(), 96f);
        zoomed.open("1");
        zoomed.zoomOut();
        zoomed.fitSmallPage(800);
        assertThat(zoomed.zoomProperty().get()).as("the reader's zoom is kept").isEqualTo(0.8);
        zoomed.close();
    }

    @Test
    void onlyAPageNarrowerThanThreeQuartersOfTheViewIsZoomed() {
        assertThat(OriginalPageFit.zoomFor(600, 800)).isEqualTo(1.0);
        assertThat(OriginalPageFit.zoomFor(590, 800)).isEqualTo(1.25);
        assertThat(OriginalPageFit.zoomFor(200, 800)).isEqualTo(3.0);
        assertThat(OriginalPageFit.zoomFor(484, 0)).as("no view yet").isEqualTo(1.0);
    }

    @Test
    void aLabelTheDocumentLacksShowsTheFirstPage() throws Exception {
        OriginalPageViewModel vm = new OriginalPageViewModel(inPlace, threePages(), List.of(), 96f);
        vm.open("xii");
        assertThat(vm.indexProperty().get()).isZero();
        vm.previous();
        assertThat(vm.indexProperty().get()).isZero();
        vm.close();
    }

    @Test
    void aDamagedFileSaysSoInTheStatusLine() throws Exception {
        Path bad = java.nio.file.Files.writeString(dir.resolve("bad.pdf"), "%PDF-1.7 nothing more");
        OriginalPageViewModel vm = new OriginalPageViewModel(inPlace, bad, List.of(), 96f);
        vm.open("1");
        assertThat(vm.imageProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).startsWith("bad.pdf: its page could not be drawn");
    }

    @Test
    void aDrawnPageBecomesAnImagePixelForPixel() {
        BufferedImage drawn = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        drawn.setRGB(2, 1, 0x336699);
        var image = OriginalPageAhead.toFx(drawn);
        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getPixelReader().getArgb(2, 1)).isEqualTo(0xff336699);
        assertThat(image.getPixelReader().getArgb(0, 0)).isEqualTo(0xff000000);
    }

    @Test
    void zoomingDrawsThePageAgainLargerAndShowsItEnlargedMeanwhile() throws Exception {
        java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();
        OriginalPageViewModel vm = new OriginalPageViewModel(new Background(queued::add, Runnable::run),
                threePages(), List.of(new OriginalPageViewModel.Highlight("1", "the same words", HighlightColor.BLUE)),
                96f);
        vm.open("1");
        drain(queued);
        double width = vm.imageProperty().get().getWidth();
        double markX = vm.marks().get(0).x();
        assertThat(vm.viewScaleProperty().get()).isCloseTo(1.0, within(1e-6));

        vm.zoomIn();

        assertThat(vm.zoomProperty().get()).isEqualTo(1.25);
        assertThat(vm.imageProperty().get().getWidth()).as("not drawn yet").isEqualTo(width);
        assertThat(vm.viewScaleProperty().get()).as("the page shown enlarged meanwhile").isCloseTo(1.25, within(1e-6));
        assertThat(vm.statusProperty().get()).contains("125 %");
        queued.poll().run();
        assertThat(vm.imageProperty().get().getWidth()).as("drawn at 1.25 times the pixels")
                .isCloseTo(width * 1.25, within(1.0));
        assertThat(vm.viewScaleProperty().get()).isCloseTo(1.0, within(0.01));
        assertThat(vm.marks().get(0).x()).as("the highlight where its words are drawn now")
                .isCloseTo(markX * 1.25, within(1.0));

        for (int i = 0; i < 10; i++) {
            vm.zoomIn();
        }
        assertThat(vm.zoomProperty().get()).as("at most").isEqualTo(3.0);
        drain(queued);
        vm.next();
        queued.poll().run();
        assertThat(vm.indexProperty().get()).isEqualTo(1);
        assertThat(queued).as("no page drawn ahead at 3 times: a page is ~30 MB there").isEmpty();

        vm.zoomReset();
        assertThat(vm.zoomProperty().get()).isEqualTo(1.0);
        for (int i = 0; i < 10; i++) {
            vm.zoomOut();
        }
        assertThat(vm.zoomProperty().get()).as("at least").isEqualTo(0.5);
        drain(queued);
        vm.close();
    }

    @Test
    void zoomingBeforeTheFirstPageArrivesShowsItAtTheZoomNotEnlargedAndBlurred() throws Exception {
        java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();
        OriginalPageViewModel vm = new OriginalPageViewModel(new Background(queued::add, Runnable::run),
                threePages(), List.of(), 96f);
        vm.open("1");
        vm.zoomIn(); // nothing shown yet
        queued.poll().run(); // opened, page 1 drawn at 100 %
        assertThat(queued).as("drawn again at 125 %").isNotEmpty();
        drain(queued);

        assertThat(vm.imageProperty().get().getWidth()).isCloseTo(PdfMaker.WIDTH * 96 / 72 * 1.25, within(1.0));
        assertThat(vm.viewScaleProperty().get()).isCloseTo(1.0, within(0.01));
        vm.close();
    }

    @Test
    void zoomStepsPressedWhileThePageIsDrawnComeToOneDrawingAtTheLast() throws Exception {
        java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();
        OriginalPageViewModel vm = new OriginalPageViewModel(new Background(queued::add, Runnable::run),
                threePages(), List.of(), 96f);
        vm.open("1");
        drain(queued);
        double width = vm.imageProperty().get().getWidth();

        vm.zoomIn();
        vm.zoomIn();
        vm.zoomIn(); // 125, 150, 200 %
        assertThat(queued).as("one drawing under way, not three").hasSize(1);
        queued.poll().run(); // the 125 % one, late
        assertThat(vm.imageProperty().get().getWidth()).as("a drawing at an earlier zoom is not shown")
                .isEqualTo(width);
        assertThat(queued).as("then one at the last zoom").hasSize(1);
        queued.poll().run();

        assertThat(vm.imageProperty().get().getWidth()).isCloseTo(width * 2, within(1.0));
        drain(queued);
        vm.close();
    }

    @Test
    void aRedrawnPageIsNeverShownSmallerInBetweenSoTheViewKeepsItsPlace() throws Exception {
        java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();
        OriginalPageViewModel vm = new OriginalPageViewModel(new Background(queued::add, Runnable::run),
                threePages(), List.of(), 96f);
        vm.open("1");
        drain(queued);
        List<Double> shown = new java.util.ArrayList<>();
        Runnable record = () -> shown.add(vm.imageProperty().get().getWidth() * vm.viewScaleProperty().get());
        vm.imageProperty().addListener((o, a, b) -> record.run());
        vm.viewScaleProperty().addListener((o, a, b) -> record.run());

        for (Runnable zoom : List.<Runnable>of(vm::zoomOut, vm::zoomIn, vm::zoomIn)) {
            shown.clear();
            zoom.run(); // the page enlarged or reduced at once
            double size = shown.get(shown.size() - 1);
            shown.clear();
            drain(queued); // drawn again at that size
            assertThat(shown).as("every size shown while the picture and its scale change").allSatisfy(
                    w -> assertThat(w).isGreaterThanOrEqualTo(size - 1));
            assertThat(shown.get(shown.size() - 1)).isCloseTo(size, within(1.0));
        }
        vm.close();
    }

    private static void drain(java.util.ArrayDeque<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }
}
