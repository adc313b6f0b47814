package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ArticleLayout;
import app.margin.model.Bookmark;
import app.margin.model.Placement;
import app.margin.ui.annotations.AnnotationItem;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A bookmark on a line deep inside a list item (numbered, bulleted, nested) shows its ribbon beside that line, as
 * one in a body paragraph does: the item's marker sits beside the gutter, and the ribbon still finds the line.
 */
class ListBookmarkRibbonFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path pages;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private static String longText(String start) {
        StringBuilder text = new StringBuilder(start);
        for (int i = 0; i < 40; i++) {
            text.append(" and clause ").append(i).append(" of this long item goes on");
        }
        return text.append('.').toString();
    }

    private Path page() throws Exception {
        return Files.writeString(pages.resolve("lists.md"), "# Lists\n\nSteps:\n\n"
                + "1. First step.\n2. Second step.\n3. " + longText("Numbered third") + "\n\n"
                + "Points:\n\n"
                + "- Bulleted short.\n- " + longText("Bulleted long") + "\n"
                + "  - " + longText("Nested long") + "\n\n"
                + "The end.\n");
    }

    private static double centreOnScreen(ReadingArea area, int block, int offset) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            int at = area.getAbsolutePosition(block, offset);
            return area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow().getCenterY();
        }).get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Numbered third", "Bulleted long", "Nested long"})
    void aBookmarkedLineOfAListItemShowsItsRibbonBesideThatLine(String item) throws Exception {
        MainView v = margin.start(dataDir, "--article", page().toString());
        margin.resize(v, 1180);
        ReadingArea area = v.readerView().area();
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int block = RunningMargin.blockStarting(layout, item);
        assertThat(layout.blocks().get(block).form().role())
                .isEqualTo(app.margin.model.ParagraphForm.Role.LIST_ITEM);
        int deep = layout.blocks().get(block).text().indexOf("clause 25 ");
        robot.clickOn(area);
        // The item's line holding clause 25 at the top of the pane, the item's first lines scrolled away above it.
        // (A jump to the line: scrolling by more than a screen in one step lands by Flowless's height estimate,
        // and the test window's height is whatever the test before it left.)
        robot.interact(() -> v.viewModel().reader().jumpToLine(block, deep));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.viewModel().reader().topBlockProperty().get()).isEqualTo(block);
        assertThat(v.viewModel().reader().topOffsetProperty().get()).as("a line deep in the item").isGreaterThan(300);

        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(v.viewModel().annotations().bookmarks()).hasSize(1);
        Bookmark b = v.viewModel().annotations().bookmarks().get(0);
        Placement p = v.viewModel().annotations().placementOf(b.anchor()).orElseThrow();
        assertThat(p.blockIndex()).isEqualTo(block);
        assertThat(p.start()).isGreaterThan(300);
        assertRibbonBeside(area, block, p.start());

        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        AnnotationItem mark = v.viewModel().panel().allItems().stream()
                .filter(i -> i.kind() == AnnotationItem.Kind.BOOKMARK).findFirst().orElseThrow();
        robot.interact(() -> v.viewModel().panel().jumpTo(mark));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertRibbonBeside(area, block, p.start());
    }

    private void assertRibbonBeside(ReadingArea area, int block, int offset) throws Exception {
        Node ribbon = robot.lookup(".bookmark-line-marker").query();
        Bounds r = WaitForAsyncUtils.asyncFx(() -> ribbon.localToScreen(ribbon.getBoundsInLocal())).get();
        Bounds pane = WaitForAsyncUtils.asyncFx(() -> area.localToScreen(area.getLayoutBounds())).get();
        assertThat(r.getCenterY()).as("the ribbon is beside the bookmarked line")
                .isCloseTo(centreOnScreen(area, block, offset), Offset.offset(12.0));
        assertThat(r.getMinY()).as("on the pane, not scrolled away with the item's top").isGreaterThan(pane.getMinY());
    }
}
