package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.shell.Notice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes that fail together as Margin starts (on a full disk: the notes file and the library copy of the file
 * opened) are each said in the window; the one that answers last does not hide the other in the log.
 */
class StartProblemsFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    @Test
    void theNotesFileAndTheLibraryCopyFailingAtStartAreBothSaid() throws Exception {
        Path page = Files.writeString(files.resolve("process.md"), "# Process\n\nThe process object.\n");
        // Writes that fail for anyone, root included: a folder where the lock file goes, a file where the library's
        // folder goes.
        Files.createDirectories(dataDir.resolve("margin.lock"));
        Files.writeString(dataDir.resolve("library"), "not a folder");

        Application app = FxToolkit.setupApplication(app.margin.app.MarginApp.class,
                "--data-dir", dataDir.toString(), "--article", page.toString());
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                Notice n = margin.view() == null ? null : margin.view().viewModel().noticeProperty().get();
                return n != null && n.text().contains("keep a copy");
            });
            Notice n = margin.view().viewModel().noticeProperty().get();
            assertThat(n.kind()).isEqualTo(Notice.Kind.PROBLEM);
            assertThat(n.text()).as("the notes file's problem, and the library copy's")
                    .contains("margin.lock: Is a directory").contains("keep a copy of process.md");
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }
}
