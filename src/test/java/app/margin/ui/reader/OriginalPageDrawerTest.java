package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PageDrawing;
import app.margin.article.pdf.PdfMaker;
import app.margin.ui.queue.Background;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which drawings of one window's pages are shown and which are kept, with the drawing queued so a test decides when
 * each arrives: the pages beside the one shown, the next drawn ahead, late drawings dropped by page and resolution.
 */
class OriginalPageDrawerTest {
    @TempDir
    Path dir;

    private final ArrayDeque<Runnable> queued = new ArrayDeque<>();
    private final List<OriginalPageViewModel.Drawn> shown = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private final OriginalPageDrawer drawer = new OriginalPageDrawer(new Background(queued::add, Runnable::run),
            List.of(), 96f, shown::add, failed::add);
    private PageDrawing document;

    @BeforeEach
    void fivePages() throws Exception {
        Path file = dir.resolve("five.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            for (int i = 1; i <= 5; i++) {
                pdf.page().line(72, 100, PdfMaker.TIMES, 12, "Page " + i + ".");
            }
            pdf.save(file);
        }
        document = PageDrawing.open(file);
        drawer.open(document);
    }

    @AfterEach
    void closeIt() throws Exception {
        drawer.close();
        queued.clear();
        document.close();
    }

    /** Shows page {@code index} and runs its drawing (and nothing else). */
    private void showDrawn(int index) {
        drawer.go(index);
        assertThat(queued).as("page %d asked for", index).isNotEmpty();
        queued.poll().run();
    }

    private void drain() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    private List<Integer> shownPages() {
        return shown.stream().map(OriginalPageViewModel.Drawn::index).toList();
    }

    @Test
    void aPageIsShownOnlyWhenItsDrawingArrives() {
        drawer.go(2);
        assertThat(shown).isEmpty();
        assertThat(drawer.wanted()).isEqualTo(2);

        queued.poll().run();

        assertThat(shownPages()).containsExactly(2);
        assertThat(shown.get(0).dpi()).isEqualTo(96f);
    }

    @Test
    void theNextPageIsDrawnAheadAndShownWithoutDrawingAgain() {
        showDrawn(0);
        assertThat(queued).as("page 2 asked for ahead").hasSize(1);
        queued.poll().run();
        assertThat(drawer.keeps(1)).isTrue();

        drawer.go(1);

        assertThat(shownPages()).as("shown at once").containsExactly(0, 1);
        assertThat(queued).as("only the page after it, ahead").hasSize(1);
    }

    @Test
    void onlyThePagesBesideTheOneShownAreKept() {
        for (int page = 0; page <= 3; page++) { // Page Down, each page read long enough for the next to be drawn
            drawer.go(page);
            drain();
        }

        assertThat(shownPages()).containsExactly(0, 1, 2, 3);
        assertThat(drawer.keeps(0)).as("three pages away").isFalse();
        assertThat(drawer.keeps(1)).as("two pages away").isFalse();
        assertThat(drawer.keeps(2)).as("the one before").isTrue();
        assertThat(drawer.keeps(3)).as("the one shown").isTrue();
        assertThat(drawer.keeps(4)).as("the one after, drawn ahead").isTrue();
    }

    @Test
    void aDrawingForAPageNoLongerWantedIsDropped() {
        drawer.go(1);
        drawer.go(3); // Page Down twice, or a jump, before page 2 came
        queued.poll().run(); // page 2, late

        assertThat(shown).as("not shown").isEmpty();
        queued.poll().run();
        assertThat(shownPages()).containsExactly(3);
    }

    @Test
    void aDrawingAtAnEarlierZoomIsDroppedAndThePageDrawnOnceMoreAtTheLast() {
        drawer.go(0);
        drawer.zoomTo(1.25);
        drawer.go(0);
        drawer.zoomTo(2);
        drawer.go(0);
        assertThat(queued).as("one drawing under way, not three").hasSize(1);

        queued.poll().run(); // at 100 %, late

        assertThat(shown).as("a drawing at an earlier zoom is not shown").isEmpty();
        assertThat(queued).as("then one at the last zoom").hasSize(1);
        queued.poll().run();
        assertThat(shown).singleElement().extracting(OriginalPageViewModel.Drawn::dpi).isEqualTo(192f);
    }

    @Test
    void aPageDrawnAheadAtAnEarlierZoomIsNotKept() {
        showDrawn(0); // page 2 now being drawn ahead at 100 %
        drawer.zoomTo(1.25);
        assertThat(drawer.keeps(0)).as("drawn at the old size").isFalse();
        queued.poll().run(); // page 2 at 100 %, late

        assertThat(drawer.keeps(1)).isFalse();
        drawer.go(1);
        assertThat(shownPages()).as("drawn again at 125 %, not shown at the old size").containsExactly(0);
        drain();
        assertThat(shown.get(shown.size() - 1).dpi()).isEqualTo(120f);
    }

    @Test
    void aPageDrawnAheadIsNotKeptWhenTheReaderHasMovedAwayMeanwhile() {
        showDrawn(0); // page 2 now being drawn ahead
        Runnable ahead = queued.poll();
        showDrawn(3);
        queued.clear();

        ahead.run();

        assertThat(drawer.keeps(1)).isFalse();
    }

    @Test
    void aboveOneAndAHalfTimesNoPageIsDrawnAhead() {
        drawer.zoomTo(1.5);
        showDrawn(0);
        assertThat(queued).as("at 150 % still").hasSize(1);
        queued.clear();

        drawer.zoomTo(2);
        showDrawn(1);

        assertThat(queued).as("a page at 300 % is ~30 MB: none ahead above 150 %").isEmpty();
    }

    @Test
    void aPageHandedOverIsShownKeptAndWanted() {
        showDrawn(2);
        drain();
        OriginalPageViewModel.Drawn page = shown.get(0);
        shown.clear();
        OriginalPageDrawer other = new OriginalPageDrawer(new Background(queued::add, Runnable::run), List.of(), 96f,
                shown::add, failed::add);
        other.open(document);

        other.show(page);

        assertThat(shownPages()).containsExactly(2);
        assertThat(other.wanted()).isEqualTo(2);
        assertThat(other.keeps(2)).isTrue();
        assertThat(queued).as("the page after it, ahead").hasSize(1);
        queued.clear();
    }

    @Test
    void nothingArrivingAfterCloseIsShownAndTheDocumentGoesBackOnce() {
        drawer.go(1);
        assertThat(drawer.close()).isSameAs(document);
        drain();

        assertThat(shown).isEmpty();
        assertThat(drawer.isOpen()).isFalse();
        assertThat(drawer.close()).as("given back already").isNull();
        drawer.go(2);
        assertThat(queued).isEmpty();
    }

    @Test
    void pagesOutsideTheDocumentAreNotAskedFor() {
        drawer.go(-1);
        drawer.go(5);
        assertThat(queued).isEmpty();
        assertThat(drawer.wanted()).isEqualTo(-1);
    }

    @Test
    void aPageThatCannotBeDrawnIsToldByItsLabel() throws Exception {
        Path file = dir.resolve("bomb.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().line(72, 100, PdfMaker.TIMES, 12, "Page 1.");
            PDPage second = pdf.page().page;
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            try (DeflaterOutputStream out = new DeflaterOutputStream(packed, new Deflater(9))) {
                for (int i = 0; i < 65; i++) {
                    out.write(spaces); // unpacks to more than a page may hold
                }
            }
            COSStream stream = pdf.document.getDocument().createCOSStream();
            try (var raw = stream.createRawOutputStream()) {
                raw.write(packed.toByteArray());
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            second.getCOSObject().setItem(COSName.CONTENTS, stream);
            pdf.save(file);
        }
        try (PageDrawing bomb = PageDrawing.open(file)) {
            OriginalPageDrawer drawing = new OriginalPageDrawer(new Background(queued::add, Runnable::run), List.of(),
                    96f, shown::add, failed::add);
            drawing.open(bomb);
            drawing.go(1);

            queued.poll().run();

            assertThat(failed).containsExactly("2");
            assertThat(shown).isEmpty();
            drawing.go(1);
            assertThat(queued).as("asked for again, drawn again").hasSize(1);
            drawing.close();
        }
    }
}
