package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.margin.article.pdf.PdfMaker;
import app.margin.ui.queue.Background;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the original page opens: the reader's passage found on its page (or the next, where its paragraph runs on),
 * its lines banded on that page only, and brought into view once; the view models' work run in place or by hand.
 */
class OriginalPageLandingTest {
    @TempDir
    Path dir;

    private final Background inPlace = new Background(Runnable::run, Runnable::run);
    /** Where the low line of page 2 is drawn: its baseline, in points from the top. */
    private static final float LOW = 600;

    private Path pages() throws Exception {
        Path file = dir.resolve("pages.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().line(72, 100, PdfMaker.TIMES, 12, "Page one ends with a paragraph that goes on over");
            pdf.page().line(72, 100, PdfMaker.TIMES, 12, "the page break onto page two, where it ends.")
                    .line(72, 300, PdfMaker.TIMES, 12, "A line in the middle of page two.")
                    .line(72, LOW, PdfMaker.TIMES, 12, "The line the reader was reading, low on page two.");
            pdf.page().line(72, 100, PdfMaker.TIMES, 12, "Page three.");
            pdf.save(file);
        }
        return file;
    }

    private static void drain(ArrayDeque<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    @Test
    void thePassageIsBandedOnItsPageAndBroughtIntoViewOnce() throws Exception {
        OriginalPageViewModel vm = new OriginalPageViewModel(inPlace, pages(), List.of(), 96f);
        OriginalPageLanding landing = vm.landing();

        vm.open(new OriginalPagePassage("2", "The line the reader was reading, low on page two."));

        assertThat(vm.indexProperty().get()).isEqualTo(1);
        double baseline = LOW * 96 / 72;
        assertThat(landing.bands()).singleElement().satisfies(b -> {
            assertThat(b.y()).as("above the baseline, by about the type's height").isBetween(baseline - 16, baseline);
            assertThat(b.y() + b.height()).isGreaterThan(baseline);
            assertThat(b.x()).isCloseTo(72 * 96.0 / 72, within(2.0));
        });
        OriginalPageLanding.ScrollTo to = landing.scrollProperty().get();
        assertThat(to).as("asked to bring it into view").isNotNull();
        assertThat(to.top()).isEqualTo(landing.bands().get(0).y());

        vm.next();
        assertThat(landing.bands()).as("not on another page").isEmpty();
        vm.previous();
        assertThat(landing.bands()).as("back on its page").hasSize(1);
        assertThat(landing.scrollProperty().get()).as("brought into view only as the window opened").isSameAs(to);
        vm.close();
    }

    @Test
    void aPassageNotOnItsPageLeavesThePageAtItsTop() throws Exception {
        OriginalPageViewModel vm = new OriginalPageViewModel(inPlace, pages(), List.of(), 96f);

        vm.open(new OriginalPagePassage("2", "Words that no page of this document prints anywhere."));

        assertThat(vm.indexProperty().get()).isEqualTo(1);
        assertThat(vm.landing().bands()).isEmpty();
        assertThat(vm.landing().scrollProperty().get()).isNull();
        vm.close();
    }

    @Test
    void aParagraphThatRunsOntoTheNextPageOpensWhereThePassageIs() throws Exception {
        OriginalPageViewModel vm = new OriginalPageViewModel(inPlace, pages(), List.of(), 96f);

        // The paragraph starts on page 1 (its label), and the top line of the pane is its part on page 2.
        vm.open(new OriginalPagePassage("1", "the page break onto page two, where it ends."));

        assertThat(vm.indexProperty().get()).isEqualTo(1);
        assertThat(vm.landing().bands()).singleElement().extracting(OriginalPageLanding.Band::y)
                .satisfies(y -> assertThat(y).isBetween(100 * 96.0 / 72 - 16, 100 * 96.0 / 72));
        vm.close();
    }

    private Path capitals() throws Exception {
        Path file = dir.resolve("capitals.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().line(72, 100, PdfMaker.TIMES, 12, "A page before.");
            pdf.page().line(72, 100, PdfMaker.TIMES, 10, "13 CITATIONS AND BIBLIOGRAPHIES")
                    .line(72, 300, PdfMaker.TIMES, 12, "A paragraph says why the references come last.")
                    .line(72, 500, PdfMaker.TIMES, 8, "14 acknowledgments and thanks to all")
                    .line(72, 600, PdfMaker.TIMES, 12, "Where the Paragraph Ends, in the Words of Its Own.");
            pdf.page().line(72, 100, PdfMaker.TIMES, 12, "where the paragraph ends, in the words of its own.");
            pdf.save(file);
        }
        return file;
    }

    private static double bandTop(OriginalPageViewModel vm) {
        return vm.landing().bands().get(0).y() * 72 / 96;
    }

    @Test
    void aHeadingPrintedInCapitalsIsFoundByItsWordsInAnyCase() throws Exception {
        OriginalPageViewModel vm = new OriginalPageViewModel(inPlace, capitals(), List.of(), 96f);

        vm.open(new OriginalPagePassage("2", "13 Citations and Bibliographies"));

        assertThat(vm.indexProperty().get()).isEqualTo(1);
        assertThat(vm.landing().bands()).hasSize(1);
        assertThat(bandTop(vm)).isBetween(100.0 - 12, 100.0);
        assertThat(vm.landing().scrollProperty().get()).isNotNull();
        vm.close();
    }

    @Test
    void smallCapitalsGivenAsLowerCaseLettersAreFoundToo() throws Exception {
        OriginalPageViewModel vm = new OriginalPageViewModel(inPlace, capitals(), List.of(), 96f);

        vm.open(new OriginalPagePassage("2", "14 Acknowledgments and Thanks to All"));

        assertThat(vm.landing().bands()).hasSize(1);
        assertThat(bandTop(vm)).isBetween(500.0 - 12, 500.0);
        vm.close();
    }

    @Test
    void theWordsInTheirOwnCaseComeFirstOnThePageAndTheNext() throws Exception {
        OriginalPageViewModel vm = new OriginalPageViewModel(inPlace, capitals(), List.of(), 96f);

        vm.open(new OriginalPagePassage("2", "where the paragraph ends, in the words of its own."));

        assertThat(vm.indexProperty().get()).as("the next page prints them as they are").isEqualTo(2);
        assertThat(bandTop(vm)).isBetween(100.0 - 12, 100.0);
        vm.close();
    }

    @Test
    void theBandsFollowTheZoom() throws Exception {
        ArrayDeque<Runnable> queued = new ArrayDeque<>();
        OriginalPageViewModel vm = new OriginalPageViewModel(new Background(queued::add, Runnable::run), pages(),
                List.of(), 96f);
        vm.open(new OriginalPagePassage("2", "The line the reader was reading, low on page two."));
        drain(queued);
        OriginalPageLanding.Band before = vm.landing().bands().get(0);

        vm.zoomIn();
        drain(queued);

        OriginalPageLanding.Band after = vm.landing().bands().get(0);
        assertThat(after.y()).as("in the pixels of the page drawn at 125 %").isCloseTo(before.y() * 1.25, within(1.0));
        assertThat(after.width()).isCloseTo(before.width() * 1.25, within(1.0));
        vm.close();
    }

    @Test
    void thePageDrawnAheadForThePassageShowsItWithoutMoreWork() throws Exception {
        ArrayDeque<Runnable> queued = new ArrayDeque<>();
        Background later = new Background(queued::add, Runnable::run);
        Path file = pages();
        OriginalPageAhead ahead = new OriginalPageAhead(later);
        OriginalPagePassage low = new OriginalPagePassage("2", "The line the reader was reading, low on page two.");
        ahead.prepare(file, low, List.of(), 96f);
        drain(queued);

        OriginalPageViewModel vm = new OriginalPageViewModel(later, ahead, file, List.of(), 96f);
        vm.open(low);

        assertThat(vm.landing().bands()).as("before any work runs").hasSize(1);
        assertThat(vm.landing().scrollProperty().get()).isNotNull();
        drain(queued);
        vm.close();
        drain(queued);
    }

    @Test
    void anotherPassageOnThePageDrawnAheadIsLookedForBeforeThePageShows() throws Exception {
        ArrayDeque<Runnable> queued = new ArrayDeque<>();
        Background later = new Background(queued::add, Runnable::run);
        Path file = pages();
        OriginalPageAhead ahead = new OriginalPageAhead(later);
        ahead.prepare(file, new OriginalPagePassage("2", "The line the reader was reading, low on page two."),
                List.of(), 96f);
        drain(queued);

        OriginalPageViewModel vm = new OriginalPageViewModel(later, ahead, file, List.of(), 96f);
        vm.open(new OriginalPagePassage("2", "A line in the middle of page two."));
        assertThat(vm.indexProperty().get()).as("not shown at the other passage").isEqualTo(-1);
        drain(queued);

        assertThat(vm.indexProperty().get()).isEqualTo(1);
        assertThat(vm.landing().bands()).singleElement().extracting(OriginalPageLanding.Band::y)
                .satisfies(y -> assertThat(y).isBetween(300 * 96.0 / 72 - 16, 300 * 96.0 / 72));
        vm.close();
        drain(queued);
    }

    @Test
    void anotherLineOfAPageDrawnAlreadyCostsOnlyTheLookThroughItsText() throws Exception {
        try (app.margin.article.pdf.PageDrawing doc = app.margin.article.pdf.PageDrawing.open(pages())) {
            var low = OriginalPageAhead.draw(doc, new OriginalPagePassage("2", "The line the reader was reading, low"
                    + " on page two."), List.of(), 96f, null);

            var middle = OriginalPageAhead.draw(doc, new OriginalPagePassage("2", "A line in the middle of page two."),
                    List.of(), 96f, low);
            var third = OriginalPageAhead.draw(doc, new OriginalPagePassage("3", "Page three."), List.of(), 96f, low);

            assertThat(middle.image()).as("the same page: its picture kept").isSameAs(low.image());
            assertThat(middle.spot().points()).singleElement().extracting(OriginalPageLanding.Band::y)
                    .satisfies(y -> assertThat(y).isBetween(300.0 - 12, 300.0));
            assertThat(third.image()).as("another page: drawn").isNotSameAs(low.image());
        }
    }

    @Test
    void thePassageComesAQuarterDownTheViewWhereThePageAllowsIt() {
        // A view 600 pixels tall over a page of 2,000: 1,400 to scroll.
        assertThat(OriginalPageLanding.scrollValue(1000, 1020, 2000, 600, 24))
                .isCloseTo((1000 - 150) / 1400.0, within(1e-9));
        assertThat(OriginalPageLanding.scrollValue(100, 120, 2000, 600, 24)).as("near the top: the top").isZero();
        assertThat(OriginalPageLanding.scrollValue(1950, 1970, 2000, 600, 24)).as("near the end: the end")
                .isEqualTo(1.0);
        assertThat(OriginalPageLanding.scrollValue(1000, 1500, 2000, 600, 24))
                .as("too long to start a quarter down: its start at the margin")
                .isCloseTo((1000 - 24) / 1400.0, within(1e-9));
        assertThat(OriginalPageLanding.scrollValue(300, 320, 500, 600, 24)).as("the page fits").isZero();
        assertThat(OriginalPageLanding.scrollValueAcross(100, 400, 1000, 800, 24)).as("shows from the left").isZero();
        assertThat(OriginalPageLanding.scrollValueAcross(150, 900, 1000, 800, 24)).as("past the right edge")
                .isCloseTo((150 - 24) / 200.0, within(1e-9));
    }
}
