package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bar that shows the keys go to the page: it comes and goes with the focus without moving the page (it was a
 * border of the column, whose 3 px moved the text and made the whole page be drawn again at every change of focus,
 * also when the window only lost it to another window).
 */
class FocusBarFlowTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private static Bounds onScreen(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void theFocusBarShowsWithTheFocusAndThePageStaysWhereItIs() throws Exception {
        MainView v = margin.start(dataDir);
        robot.interact(() -> v.readerView().area().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        Region bar = robot.lookup(".focus-bar").queryAs(Region.class);
        Bounds focused = onScreen(v.readerView().area());
        assertThat(bar.getBackground()).as("shown with the page focused").isNotNull();
        assertThat(bar.getWidth()).isEqualTo(3);
        assertThat(bar.getHeight()).isGreaterThan(100);

        robot.interact(() -> v.outlineView().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(bar.getBackground() == null || bar.getBackground().getFills().isEmpty())
                .as("gone with the focus elsewhere").isTrue();
        assertThat(onScreen(v.readerView().area())).as("the page did not move").isEqualTo(focused);
    }
}
