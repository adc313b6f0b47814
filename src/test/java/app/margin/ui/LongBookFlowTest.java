package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.TestBooks;
import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A reader opens a long book while Margin is open: its first chapters show at once, "Reading the rest…" says the
 * rest is coming, then the whole book takes their place. A highlight in a late chapter and the place there are
 * back after a restart.
 */
class LongBookFlowTest {
    private static final String PHRASE = "counting the boats";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private static ArticleLayout layout(MainView v) {
        return v.viewModel().reader().getLayout();
    }

    @Test
    void aLongBookShowsItsBeginningThenTheWholeBookAndItsLateNoteSurvivesARestart() throws Exception {
        Path book = TestBooks.longBook(files.resolve("long.epub"));
        MainView v = margin.start(dataDir);
        List<Integer> sectionsShown = Collections.synchronizedList(new ArrayList<>());
        List<String> statusWhileReading = Collections.synchronizedList(new ArrayList<>());
        List<Object> firstParagraphOfBeginning = Collections.synchronizedList(new ArrayList<>());
        robot.interact(() -> {
            v.viewModel().reader().layoutProperty().addListener((obs, old, l) -> sectionsShown.add(l.article().sections().size()));
            v.viewModel().restPendingProperty().addListener((obs, was, pending) -> {
                if (pending) {
                    robot.lookup(".opening").queryAll().forEach(n -> statusWhileReading.add(((Label) n).getText()));
                    firstParagraphOfBeginning.add(v.readerView().area().getParagraph(0));
                }
            });
            v.library().openFile(book);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sectionsShown.contains(40)
                && !v.viewModel().restPendingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sectionsShown).hasSize(2);
        assertThat(sectionsShown.get(0)).as("the beginning: whole chapters, not all").isBetween(1, 39);
        assertThat(sectionsShown.get(1)).isEqualTo(40);
        assertThat(statusWhileReading).containsExactly("Reading the rest…");
        assertThat(v.outlineView().getRoot().getChildren()).hasSize(41); // the title, then 40 chapters
        // The rest was added after the beginning: the pane holds exactly the whole book, one paragraph a block,
        // and only the last paragraph keeps the room below it.
        var blocks = layout(v).blocks();
        var area = v.readerView().area();
        assertThat(WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<String>) area::getText).get(5, TimeUnit.SECONDS)).isEqualTo(
                String.join("\n", blocks.stream().map(app.margin.model.Block::text).toList()));
        assertThat(WaitForAsyncUtils.asyncFx(() -> area.getParagraphs().stream()
                .filter(p -> p.getParagraphStyle().contains("end-space")).count()).get(5, TimeUnit.SECONDS))
                .isEqualTo(1);
        assertThat(area.getParagraph(blocks.size() - 1).getParagraphStyle().classes()).contains("end-space");
        // Added after, not replaced: the page the reader was looking at is the same text, not a new copy of it.
        assertThat(firstParagraphOfBeginning).singleElement().isSameAs(area.getParagraph(0));

        String chapter = layout(v).article().sections().get(37).id(); // "Chapter 38"
        int block = layout(v).blockOf(chapter, 4);
        String paragraph = layout(v).blocks().get(block).text();
        int start = paragraph.indexOf(PHRASE);
        java.util.concurrent.atomic.AtomicReference<java.util.Optional<app.margin.model.Note>> made =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            v.viewModel().reader().jumpToLine(block, 0);
            made.set(v.viewModel().annotations().addHighlight(block, start, start + PHRASE.length(), HighlightColor.PINK));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(made.get()).as("the highlight was made").isPresent();
        assertThat(v.viewModel().reader().topBlockProperty().get()).isEqualTo(block);

        MainView again = margin.restart();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> layout(again) != null
                && layout(again).article().sections().size() == 40 && !again.readerView().area().getVisibleParagraphs().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.viewModel().reader().topBlockProperty().get() == block);

        assertThat(layout(again).article().title()).isEqualTo("The Long Book");
        assertThat(again.readerView().area().getStyleOfChar(block, start + 1)).contains("hl-pink");
        assertThat(again.viewModel().panel().items()).anySatisfy(item -> assertThat(item.quote()).isEqualTo(PHRASE));
    }
}
