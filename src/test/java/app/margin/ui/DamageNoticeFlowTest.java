package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.shell.MainView;
import app.margin.ui.shell.Notice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A damaged notes database is said at every start until the reader acts, not once and then forgotten. */
class DamageNoticeFlowTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private static Notice noticeOf(MainView v) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> v.viewModel().noticeProperty().get() != null);
        return v.viewModel().noticeProperty().get();
    }

    @Test
    void theDamagedDatabaseNoticeStaysUntilTheReaderDismissesIt() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("margin.db"), "this was a database once, before the disk failed".repeat(200));

        MainView first = margin.start(dataDir);
        Notice found = noticeOf(first);
        assertThat(found.kind()).isEqualTo(Notice.Kind.PROBLEM);
        String said = found.text();
        assertThat(said).contains("margin.db.corrupt-");

        MainView second = margin.restart();
        assertThat(noticeOf(second).text()).isEqualTo(said);

        robot.clickOn(robot.lookup(".notice-bar .button").match(n -> "Dismiss".equals(
                ((javafx.scene.control.Button) n).getText())).queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !Files.exists(dataDir.resolve("damage-notice.properties")));

        MainView third = margin.restart();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(third.viewModel().noticeProperty().get()).isNull();
    }
}
