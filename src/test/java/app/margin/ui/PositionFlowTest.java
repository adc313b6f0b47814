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
}
