package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.shell.MainView;
import app.margin.ui.shell.Notice;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A second Margin on a data folder another Margin holds (one that slipped past the hand-over): it says it only
 * reads, promises nothing, and does not write its window state over the first one's.
 */
class SecondWindowFlowTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    @Test
    void aSecondWindowOnAHeldFolderLeavesTheFirstWindowsStateAlone() throws Exception {
        Files.createDirectories(dataDir);
        Path state = dataDir.resolve("window.properties");
        Files.writeString(state, "width=1111\nheight=777\n");
        try (FileChannel channel = FileChannel.open(dataDir.resolve("margin.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            javafx.application.Application app = FxToolkit.setupApplication(app.margin.app.MarginApp.class,
                    "--data-dir", dataDir.toString());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> margin.view() != null
                    && margin.view().viewModel().noticeProperty().get() != null
                    && margin.view().viewModel().noticeProperty().get().text().contains("only reads"));
            MainView v = margin.view();
            Notice notice = v.viewModel().noticeProperty().get();
            assertThat(notice.text()).contains("already open").contains("only reads").doesNotContain("try again");

            robot.interact(() -> v.getScene().getWindow().setWidth(640));
            FxToolkit.cleanupApplication(app);
        }
        assertThat(Files.readString(state)).isEqualTo("width=1111\nheight=777\n");
    }

    @Test
    void aSecondWindowOnAHeldFolderKeepsNoLibraryCopyOfTheFileItOpened(@TempDir Path files) throws Exception {
        Files.createDirectories(dataDir);
        Path page = Files.writeString(files.resolve("process.md"), "# Process\n\nThe process object.\n");
        try (FileChannel channel = FileChannel.open(dataDir.resolve("margin.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            javafx.application.Application app = FxToolkit.setupApplication(app.margin.app.MarginApp.class,
                    "--data-dir", dataDir.toString(), "--article", page.toString());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> margin.view() != null
                    && margin.view().viewModel().reader().getLayout() != null
                    && margin.view().viewModel().reader().getLayout().article().title().equals("Process")
                    && margin.view().viewModel().noticeProperty().get() != null
                    && margin.view().viewModel().noticeProperty().get().text().contains("only reads"));
            // Asked after the article showed, so after its library copy in the store's order: when this is
            // answered, the copy has been made or left alone.
            java.util.concurrent.CompletableFuture<Object> answered = new java.util.concurrent.CompletableFuture<>();
            robot.interact(() -> margin.view().viewModel().annotations().swapStore(s -> s, answered::complete,
                    answered::complete));
            answered.get(10, TimeUnit.SECONDS);
            FxToolkit.cleanupApplication(app);
        }
        assertThat(dataDir.resolve("library")).as("this window writes nothing in the folder")
                .satisfiesAnyOf(folder -> assertThat(folder).doesNotExist(),
                        folder -> assertThat(folder).isEmptyDirectory());
    }
}
