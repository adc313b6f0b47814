package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.library.LibraryEntry;
import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Library window on a fresh data folder: empty, saying how it fills, and every column header whole. */
class LibraryWindowFlowTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private void openLibrary() throws Exception {
        MainView v = margin.start(dataDir);
        robot.clickOn(v.readerView().area());
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".library").tryQuery().isPresent()
                && !v.library().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFreshLibraryIsEmpty() throws Exception {
        openLibrary();
        TableView<LibraryEntry> table = robot.lookup(".library .table-view").queryAs(TableView.class);
        assertThat(table.getItems()).as("the bundled article is not the reader's").isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void everyColumnHeaderIsWhole() throws Exception {
        openLibrary();
        for (var node : robot.lookup(".library .column-header .label").queryAll()) {
            Label header = (Label) node;
            Text drawn = (Text) header.lookup(".text");
            assertThat(drawn.getText()).as("the header " + header.getText()).isEqualTo(header.getText());
        }
        assertThat(robot.lookup(".library .column-header .label").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("Annotations");
        robot.type(KeyCode.ESCAPE);
    }
}
