package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PdfMaker;
import app.margin.model.HighlightColor;
import app.margin.ui.queue.Background;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page drawn before the original-page window opens: the window shows it without waiting, draws again when the
 * highlights changed, and the document stays open between windows until another article is shown.
 */
class OriginalPageAheadTest {
    @TempDir
    Path dir;

    private final ArrayDeque<Runnable> queued = new ArrayDeque<>();
    private final Background later = new Background(queued::add, Runnable::run);

    private Path pdf(String name, String... pages) throws Exception {
        Path file = dir.resolve(name);
        try (PdfMaker pdf = new PdfMaker()) {
            for (String text : pages) {
                pdf.page().line(72, 100, PdfMaker.TIMES, 12, text);
            }
            pdf.save(file);
        }
        return file;
    }

    private void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    @Test
    void theWindowShowsThePageDrawnAheadWithoutWaiting() throws Exception {
        Path file = pdf("paper.pdf", "Page one.", "Page two has the words.", "Page three.");
        OriginalPageAhead ahead = new OriginalPageAhead(later);
        ahead.prepare(file, "2", List.of(), 96f);
        assertThat(queued).as("drawn off the FX thread").hasSize(1);
        runAll();
        assertThat(ahead.holdsDocument()).isTrue();

        OriginalPageViewModel vm = new OriginalPageViewModel(later, ahead, file, List.of(), 96f);
        vm.open("2");

        assertThat(vm.indexProperty().get()).as("shown before any work runs").isEqualTo(1);
        assertThat(vm.imageProperty().get()).isNotNull();
        assertThat(queued).as("only the next page, drawn ahead; the document is not opened again").hasSize(1);
        runAll();
        vm.close();
        runAll();
        assertThat(ahead.holdsDocument()).as("given back when the window closes").isTrue();
    }

    @Test
    void aWindowOpenedOnAnotherPageBorrowsTheDocumentAndShowsThatPage() throws Exception {
        Path file = pdf("paper.pdf", "Page one.", "Page two.", "Page three.");
        OriginalPageAhead ahead = new OriginalPageAhead(later);
        ahead.prepare(file, "1", List.of(), 96f);
        runAll();

        OriginalPageViewModel vm = new OriginalPageViewModel(later, ahead, file, List.of(), 96f);
        vm.open("3"); // the reader moved on before the page was drawn ahead again
        assertThat(ahead.holdsDocument()).as("lent, not opened again").isFalse();
        runAll();

        assertThat(vm.indexProperty().get()).as("the page labelled 3, not the one drawn ahead").isEqualTo(2);
        vm.close();
        runAll();
        assertThat(ahead.holdsDocument()).isTrue();
    }

    @Test
    void theSamePageIsNotDrawnTwiceButAnotherPageOrANewHighlightIs() throws Exception {
        Path file = pdf("paper.pdf", "Page one.", "Page two has the words.");
        OriginalPageAhead ahead = new OriginalPageAhead(later);
        ahead.prepare(file, "1", List.of(), 96f);
        runAll();

        ahead.prepare(file, "1", List.of(), 96f);
        assertThat(queued).as("drawn already").isEmpty();

        var highlight = new OriginalPageViewModel.Highlight("2", "has the words", HighlightColor.YELLOW);
        ahead.prepare(file, "2", List.of(highlight), 96f);
        assertThat(queued).as("another page").hasSize(1);
        runAll();
        ahead.prepare(file, "2", List.of(highlight), 96f);
        assertThat(queued).isEmpty();

        var other = new OriginalPageViewModel.Highlight("2", "Page two", HighlightColor.BLUE);
        ahead.prepare(file, "2", List.of(highlight, other), 96f);
        assertThat(queued).as("a highlight added on the page").hasSize(1);
    }

    @Test
    void aHighlightMadeAfterThePageWasDrawnIsMarkedWhenTheWindowOpens() throws Exception {
        Path file = pdf("paper.pdf", "Page one has the words.");
        OriginalPageAhead ahead = new OriginalPageAhead(later);
        ahead.prepare(file, "1", List.of(), 96f);
        runAll();

        var highlight = new OriginalPageViewModel.Highlight("1", "has the words", HighlightColor.GREEN);
        OriginalPageViewModel vm = new OriginalPageViewModel(later, ahead, file, List.of(highlight), 96f);
        vm.open("1");
        runAll();

        assertThat(vm.indexProperty().get()).isZero();
        assertThat(vm.marks()).as("drawn again with the new highlight, not the picture without it")
                .singleElement().extracting(OriginalPageViewModel.Mark::color).isEqualTo(HighlightColor.GREEN);
        vm.close();
    }

    @Test
    void anotherArticleClosesTheDocumentAlsoWhenItsPageIsStillBeingDrawn() throws Exception {
        Path file = pdf("paper.pdf", "Page one.");
        OriginalPageAhead ahead = new OriginalPageAhead(later);
        ahead.prepare(file, "1", List.of(), 96f);
        runAll();
        ahead.clear();
        runAll();
        assertThat(ahead.holdsDocument()).isFalse();

        ahead.prepare(file, "1", List.of(), 96f);
        ahead.clear(); // while its task waits
        runAll();
        assertThat(ahead.holdsDocument()).as("the task's document closed, not kept").isFalse();
        OriginalPageViewModel vm = new OriginalPageViewModel(later, ahead, file, List.of(), 96f);
        vm.open("1");
        assertThat(vm.indexProperty().get()).as("nothing to lend: the window opens its own copy").isEqualTo(-1);
        runAll();
        assertThat(vm.indexProperty().get()).isZero();
        vm.close();
        runAll();
        assertThat(ahead.holdsDocument()).as("not the document shown: closed").isFalse();
    }

    @Test
    void aSecondDocumentReplacesTheFirstAndAWindowOfTheFirstDoesNotGetIt() throws Exception {
        Path first = pdf("first.pdf", "First.");
        Path second = pdf("second.pdf", "Second.");
        OriginalPageAhead ahead = new OriginalPageAhead(later);
        ahead.prepare(first, "1", List.of(), 96f);
        runAll();
        ahead.prepare(second, "1", List.of(), 96f);
        runAll();
        OriginalPageViewModel vm = new OriginalPageViewModel(later, ahead, first, List.of(), 96f);
        vm.open("1");
        assertThat(vm.indexProperty().get()).as("the held document is the second's").isEqualTo(-1);
        runAll();
        assertThat(vm.indexProperty().get()).isZero();
        vm.close();
        runAll();
        assertThat(ahead.holdsDocument()).as("the second's document still held").isTrue();
    }

    @Test
    void aDamagedFileLeavesNothingOpenAndTheWindowSaysWhy() throws Exception {
        Path bad = java.nio.file.Files.writeString(dir.resolve("bad.pdf"), "%PDF-1.7 nothing more");
        OriginalPageAhead ahead = new OriginalPageAhead(later);
        ahead.prepare(bad, "1", List.of(), 96f);
        runAll();
        assertThat(ahead.holdsDocument()).isFalse();
        OriginalPageViewModel vm = new OriginalPageViewModel(later, ahead, bad, List.of(), 96f);
        vm.open("1");
        runAll();
        assertThat(vm.statusProperty().get()).startsWith("bad.pdf: its page could not be drawn");
    }
}
