package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File → Quit (Ctrl+Q) is a close request like the window's close button, so what asks before closing asks. */
class QuitFlowTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private void quit(MainView v) {
        robot.clickOn(v.readerView().area());
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void quitGoesThroughTheCloseRequestAndStaysOpenWhenItIsRefused() throws Exception {
        MainView v = margin.start(dataDir);
        Window window = v.getScene().getWindow();
        int[] asked = {0};
        robot.interact(() -> window.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            asked[0]++;
            e.consume();
        }));

        quit(v);

        assertThat(asked[0]).isEqualTo(1);
        assertThat(window.isShowing()).isTrue();
    }

    @Test
    void quitClosesTheWindowWhenNothingHoldsItBack() throws Exception {
        MainView v = margin.start(dataDir);
        Window window = v.getScene().getWindow();

        quit(v);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.isShowing());
    }
}
