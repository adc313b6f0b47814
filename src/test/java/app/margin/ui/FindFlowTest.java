package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ArticleLayout;
import app.margin.ui.find.Hit;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Find starts where the reader is looking, as a browser's does: at the top of the pane when the caret is not on
 * screen, at the caret when it is; Enter then goes on from the match found.
 */
class FindFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path pages;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private static final String FILLER = "The keeper climbed the stair at dusk, counted the steps and lit the lamp; "
            + "the harbour lay quiet below while the boats came in, one by one, under a sky the colour of slate. ";

    /** Three lanterns: at the end of a long paragraph, at the start of the next, and far below. */
    private Path page() throws Exception {
        StringBuilder md = new StringBuilder("# Night watch\n\n");
        for (int i = 0; i < 12; i++) {
            md.append("Before ").append(i).append(". ").append(FILLER.repeat(3)).append("\n\n");
        }
        md.append("Ends lit. ").append(FILLER.repeat(4)).append("And then the lantern.\n\n");
        md.append("Starts lit: a lantern first. ").append(FILLER).append("\n\n");
        md.append("Between. ").append(FILLER.repeat(3)).append("\n\n");
        for (int i = 0; i < 12; i++) {
            md.append("After ").append(i).append(". ").append(FILLER.repeat(3)).append("\n\n");
        }
        md.append("Far: the last lantern.\n");
        return Files.writeString(pages.resolve("lanterns.md"), md.toString());
    }

    @Test
    void findStartsAtTheTopOfThePaneWhenTheCaretIsNotOnScreen() throws Exception {
        MainView v = margin.start(dataDir, "--article", page().toString());
        ReadingArea area = v.readerView().area();
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int ends = RunningMargin.blockStarting(layout, "Ends lit");
        int starts = RunningMargin.blockStarting(layout, "Starts lit");
        // The reader scrolled (the caret stays at the article's start): only the last lines of "Ends lit" show at
        // the top, above the paragraph being read.
        robot.interact(() -> {
            area.showParagraphAtTop(starts);
            area.layout();
            area.scrollYBy(-70);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(area, ends, layout.blocks().get(ends).text().indexOf("lantern")))
                .as("the first lantern shows at the top of the pane").isTrue();
        assertThat(area.getCaretPosition()).isZero();

        find(v, "lantern");

        assertThat(current(v)).as("the lantern seen at the top").isEqualTo(ends);
        assertThat(v.find().viewModel().countTextProperty().get()).isEqualTo("1 of 3");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(current(v)).as("Enter goes to the next one").isEqualTo(starts);
    }

    @Test
    void findStartsAtTheCaretWhenItShows() throws Exception {
        MainView v = margin.start(dataDir, "--article", page().toString());
        ReadingArea area = v.readerView().area();
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int starts = RunningMargin.blockStarting(layout, "Starts lit");
        int between = RunningMargin.blockStarting(layout, "Between");
        int far = RunningMargin.blockStarting(layout, "Far:");
        robot.interact(() -> {
            area.showParagraphAtTop(starts);
            area.moveTo(between, 3); // the reader clicked in the paragraph after the second lantern
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(area, between, 3)).as("the caret shows").isTrue();

        find(v, "lantern");

        assertThat(current(v)).as("the first lantern after the caret").isEqualTo(far);
        assertThat(v.find().viewModel().countTextProperty().get()).isEqualTo("3 of 3");
    }

    /**
     * Found by trying it: a long PDF's first pages were shown, the reader searched them, and when the whole document
     * took their place the find bar closed with the query being typed. It stays, and searches all of it.
     */
    @Test
    void theSearchGoesOnInTheWholeArticleWhenItFollowsItsBeginning() throws Exception {
        app.margin.model.Article whole = app.margin.TestArticles.bundled();
        app.margin.model.Article beginning = new app.margin.model.Article(whole.id(), whole.title(), whole.byline(),
                whole.source(), whole.date(), whole.lead(), whole.sections().subList(0, 1), false, whole.language());
        MainView v = margin.start(dataDir);
        app.margin.ui.shell.ArticleOpening[] opening = new app.margin.ui.shell.ArticleOpening[1];
        robot.interact(() -> {
            opening[0] = v.viewModel().opening();
            opening[0].showBeginning(app.margin.ui.reader.ReaderDocument.of(beginning));
        });
        WaitForAsyncUtils.waitForFxEvents();
        find(v, "Russia");
        String inTheBeginning = v.find().viewModel().countTextProperty().get();
        Hit onIt = v.find().viewModel().currentProperty().get();

        robot.interact(() -> opening[0].showArticle(app.margin.ui.reader.ReaderDocument.of(whole)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !v.find().viewModel().countTextProperty().get()
                .equals(inTheBeginning));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(v.find().isOpen()).isTrue();
        assertThat(v.find().viewModel().queryProperty().get()).isEqualTo("Russia");
        assertThat(hits(v.find().viewModel().countTextProperty().get()))
                .isGreaterThan(hits(inTheBeginning));
        assertThat(v.find().viewModel().currentProperty().get()).as("the hit the reader was on stays current")
                .isEqualTo(onIt);
    }

    /** Found by a new user: typed on to "No matches", the last match's words stayed selected as if found. */
    @Test
    void typingOnToNoMatchesLeavesNothingSelectedButClosingKeepsAMatch() throws Exception {
        MainView v = margin.start(dataDir, "--article", page().toString());
        ReadingArea area = v.readerView().area();
        find(v, "lantern");
        assertThat(area.getSelectedText()).isEqualTo("lantern");

        robot.write("x");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> v.find().viewModel().countTextProperty().get().equals("No matches"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).isEmpty();

        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> current(v) >= 0);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.find().isOpen()).isFalse();
        assertThat(area.getSelectedText()).as("a match stays selected after the bar closes").isEqualTo("lantern");
    }

    /** The number of hits in "3 of 12". */
    private static int hits(String count) {
        return Integer.parseInt(count.substring(count.indexOf("of ") + 3).replace("+", "").strip());
    }

    private void find(MainView v, String query) throws Exception {
        robot.interact(() -> v.readerView().area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.find().isOpen()).isTrue();
        robot.write(query);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> current(v) >= 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int current(MainView v) {
        Hit hit = v.find().viewModel().currentProperty().get();
        return hit == null ? -1 : hit.blockIndex();
    }

    /** Whether the character at {@code offset} of {@code block} is drawn inside the pane. */
    private static boolean visible(ReadingArea area, int block, int offset) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var pane = area.localToScreen(area.getLayoutBounds());
            int at = area.getAbsolutePosition(block, offset);
            return area.getCharacterBoundsOnScreen(at, at + 1)
                    .map(b -> b.getMinY() >= pane.getMinY() && b.getMaxY() <= pane.getMinY() + area.getViewportHeight())
                    .orElse(false);
        }).get(5, TimeUnit.SECONDS);
    }
}
