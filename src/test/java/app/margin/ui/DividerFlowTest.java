package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import javafx.stage.Window;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Shrinking the window narrows the outline only while the window is small; the reader's width comes back. */
class DividerFlowTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    /** Drags the outline's divider, as the reader does, until the outline is {@code width} wide. */
    private void dragOutlineTo(MainView v, double width) {
        javafx.scene.Node divider = robot.lookup(".split-pane-divider").query();
        robot.drag(divider, javafx.scene.input.MouseButton.PRIMARY).moveBy(width - outlineOnScreen(v), 0)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double outlineOnScreen(MainView v) {
        return v.outlineView().getWidth();
    }

    @Test
    void theOutlineComesBackToItsWidthWhenTheWindowGrowsAgain() throws Exception {
        MainView v = margin.start(dataDir);
        margin.resize(v, 1300);
        dragOutlineTo(v, 420);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(outlineOnScreen(v)).isCloseTo(420, Offset.offset(8.0));

        margin.resize(v, 660);
        assertThat(outlineOnScreen(v)).as("the reading column keeps room").isLessThan(420);
        assertThat(v.readerView().getWidth()).isGreaterThanOrEqualTo(340);
        margin.resize(v, 1300);

        assertThat(outlineOnScreen(v)).isCloseTo(420, Offset.offset(8.0));
    }

    @Test
    void theOutlineWidthIsKeptInPixelsAcrossARestart() throws Exception {
        MainView v = margin.start(dataDir);
        margin.resize(v, 1300);
        dragOutlineTo(v, 400);
        WaitForAsyncUtils.waitForFxEvents();
        margin.resize(v, 700);

        MainView again = margin.restart();
        Window w = again.getScene().getWindow();
        assertThat(w.getWidth()).isEqualTo(700);
        robot.interact(() -> w.setWidth(1300));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(outlineOnScreen(again)).as("saved narrowed, it would stay narrow").isCloseTo(400, Offset.offset(8.0));
    }
}
