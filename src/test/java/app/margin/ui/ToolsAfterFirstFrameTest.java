package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.MainViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's first frame holds the page without its tools (header buttons, outline, status items); they come
 * a moment later, and nothing on the page moves when they do.
 */
@ExtendWith(ApplicationExtension.class)
class ToolsAfterFirstFrameTest {

    private MainViewModel viewModel;
    private MainView view;

    @TempDir
    static Path dataDir;

    @Start
    void start(Stage stage) throws Exception {
        view = TestArticles.mainWindow(stage, dataDir);
        viewModel = view.viewModel();
        view.holdBackTools();
        viewModel.showArticle(TestArticles.bundled());
        stage.show();
    }

    /** Where the page's parts and the bars are in the scene, and where the first paragraph is on screen. */
    private List<Bounds> geometry(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> List.of(
                inScene(view.readerView().area()), inScene(robot.lookup(".app-header").query()),
                inScene(robot.lookup(".status-bar").query()), inScene(robot.lookup(".outline-slot").query()),
                view.readerView().area().getVisibleParagraphBoundsOnScreen(0))).get(10, TimeUnit.SECONDS);
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static int children(FxRobot robot, String selector) {
        return ((Pane) robot.lookup(selector).query()).getChildren().size();
    }

    @Test
    void theToolsComeAfterThePageAndNothingOnItMoves(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.toolsShown()).isFalse();
        assertThat(children(robot, ".app-header")).isZero();
        assertThat(children(robot, ".status-bar")).as("the section's name only").isEqualTo(1);
        assertThat(view.outlineView().getScene()).as("the outline is not in the window yet").isNull();
        assertThat(robot.lookup(".outline-slot").queryAs(Pane.class).getChildren()).isEmpty();
        assertThat(view.readerView().area().getText()).startsWith("US-Russia Military Talks");
        List<Bounds> before = geometry(robot);

        WaitForAsyncUtils.asyncFx(view::showTools).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.toolsShown()).isTrue();
        assertThat(children(robot, ".app-header")).isGreaterThan(10);
        assertThat(children(robot, ".status-bar")).isGreaterThan(4);
        assertThat(view.outlineView().getRoot().getChildren()).extracting(i -> i.getValue().title())
                .containsExactly("US-Russia Military Talks: Ukraine & Global Security Focus",
                        "Understanding the US-Russia Military Dialogue",
                        "Ukraine: The Central Point of Discussion",
                        "De-escalation Efforts and Stability");
        assertThat(view.outlineView().getSelectionModel().getSelectedItem().getValue().sectionId())
                .as("the section being read is selected once the entries come")
                .isEqualTo(viewModel.outline().selectedSectionIdProperty().get());
        assertThat(geometry(robot)).isEqualTo(before);
    }

    @Test
    void aSectionFarDownIsInTheOutlinesViewOnceTheEntriesCome(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> viewModel.showArticle(TestArticles.synthetic(80, 3))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> viewModel.outline().activate("s70")).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.outline().selectedSectionIdProperty().get()).isEqualTo("s70");

        WaitForAsyncUtils.asyncFx(view::showTools).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TreeCell<?> selected = robot.lookup(".outline .tree-cell")
                .match(n -> ((javafx.scene.control.TreeCell<?>) n).isSelected()).query();
        assertThat(selected.getText()).isEqualTo("Heading 70");
        Bounds outline = inScene(view.outlineView());
        Bounds cell = inScene(selected);
        assertThat(cell.getMinY()).as("the selected row is within the outline").isGreaterThanOrEqualTo(outline.getMinY());
        assertThat(cell.getMaxY()).isLessThanOrEqualTo(outline.getMaxY());
    }

    @Test
    void showingTheToolsTwiceAddsNothingTwice(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.showTools();
            view.showTools();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        int header = children(robot, ".app-header");

        WaitForAsyncUtils.asyncFx(() -> {
            view.holdBackTools();
            view.showTools();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(children(robot, ".app-header")).isEqualTo(header);
        assertThat(view.outlineView().getRoot().getChildren()).hasSize(4);
    }
}
