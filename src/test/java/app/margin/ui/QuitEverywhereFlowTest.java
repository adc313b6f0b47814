package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+Q quits from every window Margin opens over its main one, not only from the main one: a new user typed in the
 * Library's box, pressed Esc (the box emptied, the Library stayed) and then Ctrl+Q, and nothing happened.
 */
class QuitEverywhereFlowTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path articles;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    /** The windows a test opened over the main one go, pass or fail: the main window is TestFX's, kept. */
    @org.junit.jupiter.api.AfterEach
    void closeTheOtherWindows() {
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null && w.isShowing()).toList()
                .forEach(Window::hide));
    }

    /** Counts the main window's close requests (what Quit sends) and refuses them, so the window stays to look at. */
    private int[] countCloseRequests(MainView v) {
        Window window = v.getScene().getWindow();
        int[] asked = {0};
        robot.interact(() -> window.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            asked[0]++;
            e.consume();
        }));
        return asked;
    }

    private Stage openLibrary(MainView v) throws Exception {
        // Monocle gives no window the focus by a click: after a test class that showed and closed a stage of its own
        // (StudyViewTest), the main window had none, and Ctrl+L went nowhere. A window manager gives it on the click.
        robot.interact(() -> v.getScene().getWindow().requestFocus());
        robot.clickOn(v.readerView().area());
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".library").tryQuery().isPresent()
                && !v.library().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return (Stage) robot.lookup(".library").query().getScene().getWindow();
    }

    private void pressQuit() {
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlQInTheLibraryAfterEscEmptiedItsBoxQuitsAndEscAgainClosesIt() throws Exception {
        MainView v = margin.start(dataDir);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> v.later().searchCatchUp() != null);
        int[] asked = countCloseRequests(v);
        Stage library = openLibrary(v);
        TextField box = robot.from(library.getScene().getRoot()).lookup(".text-field").queryAs(TextField.class);
        robot.clickOn(box).write("zebra");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getText()).as("Esc empties the box first").isEmpty();
        assertThat(library.isShowing()).isTrue();

        pressQuit();

        assertThat(asked[0]).as("Ctrl+Q asked the main window to close").isEqualTo(1);
        // Quitting refused (by this test), Esc in the empty box closes the Library, as Esc closes the study window.
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.isShowing()).isFalse();
    }

    @Test
    void ctrlQInTheStudyWindowQuits() throws Exception {
        MainView v = margin.start(dataDir);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> v.later().study() != null);
        int[] asked = countCloseRequests(v);
        String id = v.viewModel().reader().getLayout().article().id();
        robot.interact(() -> v.later().study().openWindow(v.getScene().getWindow(), id, "An article"));
        Stage study = v.later().study().window();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, study::isFocused);

        pressQuit();

        assertThat(asked[0]).isEqualTo(1);
    }

    @Test
    void ctrlQInATablesGridQuits() throws Exception {
        Path file = articles.resolve("table.md");
        Files.writeString(file, "# Tides\n\n| Day | Tide |\n|---|---|\n| Monday | High |\n| Tuesday | Low |\n");
        MainView v = margin.start(dataDir, "--article", file.toString());
        int[] asked = countCloseRequests(v);
        int row = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "Monday");
        robot.interact(() -> {
            v.readerView().area().requestFocus();
            v.readerView().area().moveTo(row, 0);
        });
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w != v.getScene().getWindow() && w.isFocused()));
        Window grid = Window.getWindows().stream()
                .filter(w -> w.isShowing() && w != v.getScene().getWindow() && w.isFocused()).findFirst().orElseThrow();

        pressQuit();

        assertThat(asked[0]).isEqualTo(1);
    }
}
