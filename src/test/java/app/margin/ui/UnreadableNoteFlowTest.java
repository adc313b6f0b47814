package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.HighlightColor;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.Notice;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A note row spoilt by hand or by a faulty tool is said in the window, once, and the other notes are shown. */
class UnreadableNoteFlowTest {

    private static final String SECTION = "understanding-the-us-russia-military-dialogue";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    /** Reads the article's annotations again (as after a restored backup), and waits until the store has swapped. */
    private void reload(MainView v) throws Exception {
        java.util.concurrent.CountDownLatch swapped = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> v.viewModel().annotations().swapStore(store -> store, store -> swapped.countDown(),
                error -> { }));
        assertThat(swapped.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anUnreadableNoteIsSaidOnceInTheWindowAndTheRestAreShown() throws Exception {
        MainView v = margin.start(dataDir);
        int block = v.viewModel().reader().getLayout().blockOf(SECTION, 0);
        robot.interact(() -> {
            v.viewModel().annotations().addHighlight(block, 0, 10, HighlightColor.YELLOW);
            v.viewModel().annotations().addHighlight(block, 20, 30, HighlightColor.GREEN);
        });
        margin.stop();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("margin.db"));
                Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE notes SET created = 'last Tuesday' WHERE rowid = (SELECT MIN(rowid) FROM notes)");
        }

        MainView again = margin.start(dataDir);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.viewModel().noticeProperty().get() != null);
        Notice said = again.viewModel().noticeProperty().get();
        assertThat(said.kind()).isEqualTo(Notice.Kind.PROBLEM);
        assertThat(said.text()).startsWith("1 note could not be read");
        assertThat(again.viewModel().annotations().notes()).as("the rest shown").hasSize(1);

        robot.interact(() -> again.viewModel().noticeDismissedByReader());
        reload(again);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.viewModel().annotations().loadedProperty().get());
        reload(again); // in the store's order after the first reload's questions, answered on the FX thread before
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again.viewModel().noticeProperty().get()).as("said once, not at every load").isNull();
    }
}
