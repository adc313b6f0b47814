package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.shell.MainView;
import app.margin.ui.shell.Notice;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A reader pages down and bookmarks a line: the keys reach the page from the start, and the notice that says so
 * appears without moving the page, and goes the same way.
 */
class NoticeFlowTest {
    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private static Bounds onScreen(Node node) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> node.localToScreen(node.getLayoutBounds())).get(5, TimeUnit.SECONDS);
    }

    private static java.util.List<Double> vertical(Bounds b) {
        return java.util.List.of(b.getMinY(), b.getHeight());
    }

    @Test
    void aNoticeFloatsAboveThePageFootAndTheBookmarkedLineStaysPut() throws Exception {
        MainView v = margin.start(dataDir);
        var area = v.readerView().area();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !area.getVisibleParagraphs().isEmpty());
        // Keys go to the page from the start: Page Down scrolls it (it moved the outline's selection before).
        assertThat(v.getScene().getFocusOwner()).as("focus at start").isSameAs(area);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.viewModel().reader().topBlockProperty().get() > 0);
        Bounds paneBefore = onScreen(area);
        int topBefore = v.viewModel().reader().topBlockProperty().get();

        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.viewModel().noticeProperty().get() != null);

        Node notice = robot.lookup(".notice-bar").query();
        Bounds bar = onScreen(notice);
        Bounds status = onScreen(robot.lookup(".status-bar").query());
        assertThat(v.viewModel().noticeProperty().get().text()).startsWith("Bookmarked");
        // Vertically: the outline's new bookmark badge may move the divider by a few pixels sideways.
        assertThat(vertical(onScreen(area))).as("the page keeps its top and height").isEqualTo(vertical(paneBefore));
        assertThat(v.viewModel().reader().topBlockProperty().get()).isEqualTo(topBefore);
        assertThat(bar.getMaxY()).as("above the status bar").isLessThanOrEqualTo(status.getMinY());
        assertThat(bar.getMinY()).as("at the page's foot").isGreaterThan(paneBefore.getMinY() + paneBefore.getHeight() / 2);

        robot.interact(() -> v.viewModel().dismissNotice());
        assertThat(vertical(onScreen(area))).isEqualTo(vertical(paneBefore));
        robot.interact(() -> v.viewModel().showNotice(Notice.problem("Your disk is full: free some space.")));
        assertThat(vertical(onScreen(area))).as("a problem notice does not move it either")
                .isEqualTo(vertical(paneBefore));
    }

    @Test
    void aProblemThatComesWhileAnotherIsShownWaitsAndTheBarSaysSo() throws Exception {
        MainView v = margin.start(dataDir);
        Notice start = Notice.problem("1 note could not be read and is left out; the others are shown.");
        robot.interact(() -> {
            v.viewModel().showNotice(start);
            v.viewModel().showNotice(Notice.problem("Not saved yet: your disk is full."));
        });
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.Label more = robot.lookup(".notice-more").queryAs(javafx.scene.control.Label.class);
        assertThat(v.viewModel().noticeProperty().get()).isSameAs(start);
        assertThat(more.isVisible()).isTrue();
        assertThat(more.getText()).isEqualTo("1 more");

        javafx.scene.control.Button dismiss = robot.lookup(".notice-bar .button")
                .match(n -> n instanceof javafx.scene.control.Button b && "Dismiss".equals(b.getText())).queryButton();
        assertThat(dismiss.isVisible()).isTrue();
        // Fired, not clicked: the stage is reused at the last test's size, and after BookFlowTest and
        // ReadingMeasureFlowTest a click once did not reach the button (what this tests is the queue behind it).
        robot.interact(dismiss::fire);

        assertThat(v.viewModel().noticeProperty().get().text()).startsWith("Not saved yet");
        assertThat(more.isVisible()).as("none left behind it").isFalse();
    }
}
