package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import app.margin.TestArticles;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.OutlineEntry;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.MainViewModel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a reader does with the two panes: pick sections, scroll, read to the end. */
@ExtendWith(ApplicationExtension.class)
class ReaderFlowTest {

    private MainViewModel viewModel;
    private MainView view;

    @TempDir
    static Path dataDir;

    @Start
    void start(Stage stage) throws Exception {
        view = TestArticles.mainWindow(stage, dataDir);
        viewModel = view.viewModel();
        stage.show();
        viewModel.showArticle(TestArticles.bundled());
    }

    private ReadingArea area() {
        return view.readerView().area();
    }

    /** Read on the FX thread: asking the area may lay it out. */
    private int firstVisible() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> area().firstVisibleParToAllParIndex()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ArticleLayout layout() {
        return viewModel.reader().getLayout();
    }

    static javafx.scene.Node outlineCell(FxRobot robot, String title) {
        return robot.lookup(".outline .tree-cell")
                .match(n -> title.equals(((javafx.scene.control.TreeCell<?>) n).getText())).query();
    }

    private String selectedOutlineSection() {
        TreeItem<OutlineEntry> item = view.outlineView().getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().sectionId();
    }

    @Test
    void paneShowsTitleAllHeadingsAndTheFinalWords() {
        String text = area().getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));

        assertThat(text).contains("US-Russia Military Talks: Ukraine & Global Security Focus")
                .contains("Understanding the US-Russia Military Dialogue")
                .contains("Ukraine: The Central Point of Discussion")
                .contains("De-escalation Efforts and Stability")
                .contains("or establishing clearer\n" + ArticleLayout.SOURCE_ENDS_TEXT);
    }

    @Test
    void outlineListsTheLeadAndThreeSections() {
        assertThat(view.outlineView().getRoot().getChildren()).extracting(i -> i.getValue().title())
                .containsExactly("US-Russia Military Talks: Ukraine & Global Security Focus",
                        "Understanding the US-Russia Military Dialogue",
                        "Ukraine: The Central Point of Discussion",
                        "De-escalation Efforts and Stability");
    }

    @Test
    void clickingEachOutlineEntryBringsItsHeadingToTheTop(FxRobot robot) {
        for (OutlineEntry entry : layout().outline().subList(1, 4)) {
            robot.clickOn(outlineCell(robot, entry.title()));
            WaitForAsyncUtils.waitForFxEvents();

            PaneTop.assertNearTop(area(), entry.blockIndex());
            assertThat(PaneTop.distanceFromTop(area(), entry.blockIndex())).as("%s leaves context above it", entry.title())
                    .isGreaterThan(40);
            assertThat(selectedOutlineSection()).isEqualTo(entry.sectionId());
            assertThat(viewModel.statusSectionProperty().get()).isEqualTo(entry.title());
        }
        robot.clickOn(outlineCell(robot, layout().outline().get(0).title()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstVisible()).isZero();
    }

    @Test
    void enterInTheOutlineGoesToTheSelectedSection(FxRobot robot) {
        robot.clickOn(outlineCell(robot, layout().outline().get(0).title()));
        robot.type(KeyCode.DOWN, 2).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        PaneTop.assertNearTop(area(), layout().blockOf("ukraine-the-central-point-of-discussion"));
    }

    @Test
    void sectionsBrowsedToWithTheKeysInTheOutlineGiveWayToTheSectionReadOnceTheReaderLeavesIt(FxRobot robot) {
        robot.clickOn(outlineCell(robot, layout().outline().get(0).title()));
        WaitForAsyncUtils.waitForFxEvents();
        String read = selectedOutlineSection();
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedOutlineSection()).as("Page Down browses the outline").isNotEqualTo(read);

        robot.clickOn(area());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selectedOutlineSection()).as("the section being read, as the status bar says")
                .isEqualTo(viewModel.reader().currentSectionIdProperty().get()).isEqualTo(read);
    }

    @Test
    void scrollingToTheEndSelectsTheLastSectionAndShowsFullProgress(FxRobot robot) {
        robot.clickOn(area());
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selectedOutlineSection()).isEqualTo("de-escalation-efforts-and-stability");
        assertThat(viewModel.statusProgressProperty().get()).isEqualTo("100%");

        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedOutlineSection()).isEqualTo(Article.LEAD_SECTION_ID);
        assertThat(viewModel.statusProgressProperty().get()).isEqualTo("0%");
    }

    @Test
    void endShowsTheLastLineAtTheBottomNotANearlyBlankScreen(FxRobot robot) throws Exception {
        robot.clickOn(area());
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();

        double[] at = WaitForAsyncUtils.asyncFx(() -> {
            double top = area().localToScreen(area().getLayoutBounds()).getMinY();
            double last = area().getCharacterBoundsOnScreen(area().getLength() - 1, area().getLength())
                    .orElseThrow().getMaxY();
            return new double[] {last - top, area().getViewportHeight()};
        }).get();
        assertThat(at[0]).as("the last line's bottom, below the pane's top").isBetween(at[1] - 120, at[1]);
    }

    @Test
    void pageDownAndSpaceMoveThroughTheArticleAndPageUpComesBack(FxRobot robot) {
        robot.clickOn(area());
        double start = area().estimatedScrollYProperty().getValue();

        robot.type(KeyCode.PAGE_DOWN);
        glided();
        double afterPage = area().estimatedScrollYProperty().getValue();
        robot.type(KeyCode.SPACE);
        glided();
        double afterSpace = area().estimatedScrollYProperty().getValue();
        robot.type(KeyCode.PAGE_UP);
        glided();

        assertThat(afterPage).isGreaterThan(start + 200);
        assertThat(afterSpace).isGreaterThan(afterPage + 200);
        assertThat(area().estimatedScrollYProperty().getValue()).isLessThan(afterSpace - 200);
    }

    @Test
    void pageDownGlidesOverFramesAndEndsAScreenOnAsAJumpDoes(FxRobot robot) throws Exception {
        robot.clickOn(area());
        double start = area().estimatedScrollYProperty().getValue();
        java.util.List<Double> passed = new java.util.concurrent.CopyOnWriteArrayList<>();
        javafx.beans.value.ChangeListener<Double> watch = (obs, o, y) -> passed.add(y);
        robot.interact(() -> area().estimatedScrollYProperty().addListener(watch));
        robot.type(KeyCode.PAGE_DOWN);
        glided();
        robot.interact(() -> area().estimatedScrollYProperty().removeListener(watch));
        double glide = area().estimatedScrollYProperty().getValue() - start;
        assertThat(glide).isGreaterThan(200);
        assertThat(passed).as("the page passed through several places on its way").hasSizeGreaterThan(3);
        assertThat(passed.get(0) - start).as("the first frame moved it part of the way").isLessThan(glide / 2);

        // Two presses in a row: the second adds its screen to what is left of the first.
        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN);
        glided();
        double two = area().estimatedScrollYProperty().getValue() - start - glide;
        // (Estimated pixels: they shift by a few as paragraphs coming into view are measured.)
        assertThat(two).isCloseTo(2 * glide, org.assertj.core.data.Offset.offset(12.0));

        // Smooth scrolling off: the page is there at once, as far as the glide took it.
        robot.interact(() -> viewModel.settings().smoothScrollingProperty().set(false));
        double before = area().estimatedScrollYProperty().getValue();
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.readerView().isPageMoving()).isFalse();
        assertThat(area().estimatedScrollYProperty().getValue() - before).isCloseTo(glide,
                org.assertj.core.data.Offset.offset(12.0));
    }

    /** Waits until Page Down's glide has ended. */
    private void glided() {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !view.readerView().isPageMoving());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the page kept moving", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void scrollingThePaneMovesTheOutlineSelection(FxRobot robot) {
        robot.clickOn(area());
        for (int i = 0; i < 40 && !"ukraine-the-central-point-of-discussion".equals(selectedOutlineSection()); i++) {
            robot.type(KeyCode.PAGE_DOWN);
            glided();
        }

        assertThat(selectedOutlineSection()).isEqualTo("ukraine-the-central-point-of-discussion");
        assertThat(viewModel.statusSectionProperty().get()).isEqualTo("Ukraine: The Central Point of Discussion");
    }

    @Test
    void textInThePaneIsSelectable(FxRobot robot) {
        robot.doubleClickOn(area());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(area().getSelectedText()).isNotBlank();
    }

    @Test
    void readerPaneKeepsNoUndoHistoryOfTheArticleText() {
        assertThat(area().getUndoManager().isUndoAvailable()).isFalse();
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> viewModel.showArticle(TestArticles.synthetic(2, 3)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area().getUndoManager().isUndoAvailable()).as("replacing the text keeps no copy of it").isFalse();
    }
}
