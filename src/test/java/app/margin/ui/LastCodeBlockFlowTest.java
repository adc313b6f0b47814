package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The last paragraph gets up to nearly a screen of room below it when a jump brings a line near the end to the top;
 * when that paragraph is a code block, the room used to replace the block's own inset and stretch its surface down
 * the screen.
 */
class LastCodeBlockFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path pages;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    @Test
    void aCodeBlockAtTheEndKeepsItsInsetAndTheRoomStillFollowsIt() throws Exception {
        Path page = Files.writeString(pages.resolve("ends-in-code.md"), """
                # Ends in code

                The example:

                ```
                run --fast
                ```
                """);
        MainView v = margin.start(dataDir, "--article", page.toString());
        ReadingArea area = v.readerView().area();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> area.getVisibleParagraphs().size() >= 3);
        // The room is opened by a jump that needs it: the code block itself brought to the top.
        robot.interact(() -> v.viewModel().reader().jumpToLine(area.getParagraphs().size() - 1, 0));
        WaitForAsyncUtils.waitForFxEvents();
        double[] measured = WaitForAsyncUtils.asyncFx(() -> {
            TextFlow code = area.lookupAll(".paragraph-text.code-block").stream()
                    .map(n -> (TextFlow) n).findFirst().orElseThrow();
            Node box = code.getParent();
            return new double[] {code.getPadding().getLeft(), code.getPadding().getBottom(), code.getHeight(),
                    ((Region) box).getHeight(), area.getViewportHeight()};
        }).get(5, TimeUnit.SECONDS);
        assertThat(measured[0]).as("the block's left inset").isGreaterThan(5);
        assertThat(measured[2]).as("the block's own height: a line and its insets").isLessThan(120);
        assertThat(measured[3]).as("the room below it, in its paragraph's box").isGreaterThan(measured[4] * 0.7);
    }
}
