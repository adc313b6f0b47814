package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.model.OutlineEntry;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A student opens an EPUB book, goes to its third chapter, notes a phrase there, and finds it after a restart. */
class BookFlowTest {
    private static final String PHRASE = "stepped onto the rock";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private static Path book() throws Exception {
        return Path.of(BookFlowTest.class.getResource("/formats/lighthouse-epub3.epub").toURI());
    }

    private static ArticleLayout layout(MainView v) {
        return v.viewModel().reader().getLayout();
    }

    private javafx.scene.Node outlineCell(String title) {
        return robot.lookup(".outline .tree-cell").match(n -> title.equals(((TreeCell<?>) n).getText())).query();
    }

    private static List<String> titles(List<TreeItem<OutlineEntry>> items) {
        return items.stream().map(i -> i.getValue().title()).toList();
    }

    @Test
    void noteOnTheThirdChapterOfABookIsOnTheSameWordsAfterARestart() throws Exception {
        MainView v = margin.start(dataDir, "--article", book().toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> layout(v).article().title().equals("The Lighthouse Keeper"));

        TreeItem<OutlineEntry> root = v.outlineView().getRoot();
        List<TreeItem<OutlineEntry>> top = root.getChildren();
        assertThat(titles(top)).containsExactly("The Lighthouse Keeper", "Arrival", "The Storm", "Relief",
                "Afterword");
        TreeItem<OutlineEntry> storm = top.get(2);
        assertThat(titles(storm.getChildren())).containsExactly("Before", "During");
        assertThat(titles(storm.getChildren().get(1).getChildren())).containsExactly("The Ship");

        robot.clickOn(outlineCell("Relief"));
        WaitForAsyncUtils.waitForFxEvents();
        String relief = top.get(3).getValue().sectionId();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> relief.equals(v.outlineView().getSelectionModel().getSelectedItem().getValue().sectionId()));

        int block = layout(v).blockOf(relief, 0);
        String paragraph = layout(v).blocks().get(block).text();
        int start = paragraph.indexOf(PHRASE);
        int end = start + PHRASE.length();
        robot.interact(() -> {
            v.readerView().area().selectRange(block, start, block, end);
            v.popovers().offerHighlight();
        });
        robot.clickOn(".colour-swatch.hl-blue");
        robot.clickOn(robot.lookup(".note-editor .text-area").queryAs(TextArea.class));
        robot.write("Tom arrives with the mail");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        MainView again = margin.restart();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> layout(again).article().title().equals("The Lighthouse Keeper"));

        ReadingArea area = again.readerView().area();
        int blockAgain = layout(again).blockOf(relief, 0);
        assertThat(blockAgain).isEqualTo(block);
        assertThat(area.getStyleOfChar(block, start + 1)).contains("hl-blue", "hl-with-note");
        assertThat(area.getStyleOfChar(block, end - 1)).contains("hl-blue");
        assertThat(area.getStyleOfChar(block, end + 1)).doesNotContain("hl-blue");
        assertThat(again.viewModel().panel().items()).anySatisfy(item -> {
            assertThat(item.quote()).isEqualTo(PHRASE);
            assertThat(item.text()).isEqualTo("Tom arrives with the mail");
            assertThat(item.color()).isEqualTo(HighlightColor.BLUE);
        });
    }
}
