package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.reader.ReaderViewModel;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Reading stopped in the middle of a paragraph longer than the screen resumes at that line. */
class PositionFlowTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path articles;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    /** A heading, a short paragraph, then one paragraph many screens long, then a short one. */
    private Path longParagraphArticle() throws Exception {
        StringBuilder text = new StringBuilder("A long paragraph\n\nThe opening lines come first.\n\n");
        for (int i = 0; i < 900; i++) {
            text.append("Sentence number ").append(i).append(" of the very long paragraph goes on. ");
        }
        text.append("\n\nThe closing words.\n");
        Path file = articles.resolve("long.txt");
        Files.writeString(file, text.toString());
        return file;
    }

    private void scrollDown(MainView v, int lines) {
        robot.clickOn(v.readerView().area());
        for (int i = 0; i < lines; i++) {
            robot.type(javafx.scene.input.KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void restartInTheMiddleOfALongParagraphShowsTheSameTopLine() throws Exception {
        MainView v = margin.start(dataDir, "--article", longParagraphArticle().toString());
        scrollDown(v, 25);
        ReaderViewModel reader = v.viewModel().reader();
        int block = reader.topBlockProperty().get();
        int offset = reader.topOffsetProperty().get();
        double progress = reader.progressProperty().get();
        assertThat(offset).as("the top line is inside the paragraph, not its first line").isGreaterThan(200);

        MainView again = margin.restart();
        WaitForAsyncUtils.waitForFxEvents();

        ReaderViewModel resumed = again.viewModel().reader();
        assertThat(resumed.topBlockProperty().get()).isEqualTo(block);
        // Within a line: the offset of the top line's start is the same, give or take one line of text.
        assertThat(resumed.topOffsetProperty().get()).isCloseTo(offset, org.assertj.core.data.Offset.offset(80));
        assertThat(resumed.progressProperty().get()).as("the percentage the library shows is where it opens")
                .isCloseTo(progress, org.assertj.core.data.Offset.offset(0.01));
    }

    /** Paragraphs of several lines with two one-line paragraphs between them ("Short 1.", "And short 1."). */
    private Path shortParagraphsArticle() throws Exception {
        StringBuilder text = new StringBuilder("Short paragraphs\n\n");
        for (int p = 0; p < 30; p++) {
            for (int i = 0; i < 40; i++) {
                text.append("Words of paragraph ").append(p).append(" go on here. ");
            }
            text.append("\n\nShort ").append(p).append(".\n\nAnd short ").append(p).append(".\n\n");
        }
        Path file = articles.resolve("short.txt");
        Files.writeString(file, text.toString());
        return file;
    }

    @Test
    void afterAJumpThePlaceIsItsTargetOnceTheReaderScrollsItIsTheLineAtTheTop() throws Exception {
        MainView v = margin.start(dataDir, "--article", shortParagraphsArticle().toString());
        ReaderViewModel reader = v.viewModel().reader();
        int target = -1;
        var blocks = reader.getLayout().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).text().equals("Short 10.")) {
                target = i;
            }
        }
        int shortOne = target;
        // A jump leaves the last lines of the paragraph before above its target, as context: the place is the target.
        robot.interact(() -> reader.jumpTo(shortOne, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reader.topBlockProperty().get()).as("the jump's target").isEqualTo(shortOne);

        // The reader moves the page a little: the line now at the top is the last of the paragraph before, and that
        // paragraph ends there. That line is the place (it was the block the pane reads, 15 % down: the short one or
        // the one after it, so reopening lost the lines above it).
        robot.interact(() -> v.readerView().area().scrollYBy(25));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reader.topBlockProperty().get()).as("the paragraph whose last line is at the top")
                .isEqualTo(shortOne - 1);
        int offset = reader.topOffsetProperty().get();
        assertThat(offset).as("its last line, not its first").isGreaterThan(100);
        var marked = WaitForAsyncUtils.asyncFx(() -> v.readerView().lineToMark()).get();
        assertThat(marked.blockIndex()).as("a bookmark marks that line too").isEqualTo(shortOne - 1);
        assertThat(marked.start()).isEqualTo(offset);

        MainView again = margin.restart();
        WaitForAsyncUtils.waitForFxEvents();
        ReaderViewModel resumed = again.viewModel().reader();
        assertThat(resumed.topBlockProperty().get()).isEqualTo(shortOne - 1);
        assertThat(resumed.topOffsetProperty().get()).isEqualTo(offset);
        PaneTop.assertNearTop(again.readerView().area(), shortOne);
    }

    @Test
    void theLineAtTheTopIsNeverOneHiddenAboveTheMarginInTheRoomBelowACodeBlock() throws Exception {
        StringBuilder md = new StringBuilder("# Code between paragraphs\n\n");
        for (int p = 0; p < 12; p++) {
            md.append("Words of paragraph ").append(p).append(" go on here. ".repeat(30)).append("\n\n");
            md.append("```\nstrip --strip-unneeded --remove-section=.comment binaries ").append(p).append("\n```\n\n");
        }
        Path file = articles.resolve("code.md");
        Files.writeString(file, md.toString());
        MainView v = margin.start(dataDir, "--article", file.toString());
        ReaderViewModel reader = v.viewModel().reader();
        var area = v.readerView().area();
        int after = -1;
        var blocks = reader.getLayout().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).text().startsWith("Words of paragraph 6 ")) {
                after = i;
            }
        }
        int paragraph = after;
        robot.interact(() -> reader.jumpToLine(paragraph, 0));
        WaitForAsyncUtils.waitForFxEvents();
        // Up a pixel at a time: the code block's box (its padding, the room below it) comes down into the margin.
        for (int step = 0; step < 40; step++) {
            robot.interact(() -> area.scrollYBy(-1));
            WaitForAsyncUtils.waitForFxEvents();
            int block = reader.topBlockProperty().get();
            int offset = reader.topOffsetProperty().get();
            double bottom = WaitForAsyncUtils.asyncFx(() -> {
                int at = area.getAbsolutePosition(block, Math.min(offset, area.getParagraphLength(block) - 1));
                return area.getCharacterBoundsOnScreen(at, at + 1).map(b -> b.getMaxY()
                        - area.localToScreen(area.getLayoutBounds()).getMinY()).orElse(-1.0);
            }).get();
            assertThat(bottom).as("step %d: the top line (block %d at %d) shows below the pane's top margin", step, block,
                    offset).isGreaterThan(16.0);
        }
    }

    /**
     * A jump to a word in the first line of a section's first paragraph (a search hit) shows the section's heading
     * above it; closing there and reopening shows the heading at the top again. The saved place was the hit's line,
     * so the page reopened a heading further on (a new user's "Introduction" above "Citations tests" reopened at
     * "Citations tests", their "7.1 Glossaire" at a line of its text).
     */
    @Test
    void closingRightAfterAJumpReopensWithTheHeadingAboveItsTargetStillAtTheTop() throws Exception {
        StringBuilder md = new StringBuilder("# Sections\n\n");
        for (int p = 0; p < 12; p++) {
            md.append("## Part ").append(p).append("\n\n");
            md.append("Words of part ").append(p).append(" go on here. ".repeat(40)).append("\n\n");
        }
        Path file = articles.resolve("parts.md");
        Files.writeString(file, md.toString());
        MainView v = margin.start(dataDir, "--article", file.toString());
        ReaderViewModel reader = v.viewModel().reader();
        var blocks = reader.getLayout().blocks();
        int heading = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).text().equals("Part 7")) {
                heading = i;
            }
        }
        int paragraph = heading + 1;
        robot.interact(() -> reader.jumpTo(paragraph, 20)); // a word in its first line, as find goes to it
        WaitForAsyncUtils.waitForFxEvents();
        double before = headingTop(v, heading);
        assertThat(before).as("the jump shows the heading above its target").isBetween(0.0, PaneTop.NEAR_TOP);

        MainView again = margin.restart();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(headingTop(again, heading)).as("the heading where it was when the window closed")
                .isCloseTo(before, org.assertj.core.data.Offset.offset(12.0));
    }

    /** How far below the pane's top the block's first line is; NaN when it is not on screen. */
    private static double headingTop(MainView v, int block) throws Exception {
        var area = v.readerView().area();
        return WaitForAsyncUtils.asyncFx(() -> {
            int at = area.getAbsolutePosition(block, 0);
            double top = area.localToScreen(area.getLayoutBounds()).getMinY();
            return area.getCharacterBoundsOnScreen(at, at + 1).map(b -> b.getMinY() - top).orElse(Double.NaN);
        }).get();
    }
}
