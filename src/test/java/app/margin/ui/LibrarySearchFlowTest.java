package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.ui.search.SearchView;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+Shift+L, a word of the bundled article while another article is open, Enter: the bundled article opens at
 * the paragraph with that word, the word selected. The bundled article reaches the index by the catch-up.
 */
class LibrarySearchFlowTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path articles;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    @Test
    void ctrlShiftLThenAWordThenEnterOpensTheBundledArticleAtThatWord() throws Exception {
        Path other = Files.writeString(articles.resolve("other.md"), "# Another article\n\nNothing about it here.\n");
        MainView v = margin.start(dataDir, "--article", other.toString());
        assertThat(v.viewModel().reader().getLayout().article().title()).isEqualTo("Another article");

        robot.clickOn(v.readerView().area());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".library-search").tryQuery().isPresent());
        SearchView search = robot.lookup(".library-search").queryAs(SearchView.class);
        assertThat(search.box().isFocused()).as("the box has the caret").isTrue();
        robot.targetWindow(search.getScene().getWindow());
        robot.write("elephant");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search.box().getText()).isEqualTo("elephant");
        // On a first start the bundled article reaches the index by the catch-up, just after the first frame:
        // until it has, the word is not found. Once it has, the search is asked again and finds it.
        v.later().searchCatchUp().current().get(15, TimeUnit.SECONDS);
        robot.interact(() -> {
            search.box().setText("");
            search.box().setText("elephant");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !search.list().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search.list().getItems().get(0).articleTitle()).isEqualTo(TestArticles.bundled().title());

        robot.type(KeyCode.ENTER);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                    v.viewModel().reader().getLayout().article().id().equals(TestArticles.bundled().id())
                            && "elephant".equals(v.readerView().area().getSelectedText()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not opened at the word: showing “"
                    + v.viewModel().reader().getLayout().article().title() + "”, selected “"
                    + v.readerView().area().getSelectedText() + "”, search window showing "
                    + search.getScene().getWindow().isShowing() + ", chosen " + search.list().getSelectionModel()
                    .getSelectedIndex() + ", notice " + v.viewModel().noticeProperty().get(), e);
        }

        ArticleLayout layout = v.viewModel().reader().getLayout();
        int expected = -1;
        for (int i = 0; i < layout.blocks().size(); i++) {
            Block b = layout.blocks().get(i);
            if (b.isParagraph() && b.text().contains("elephant")) {
                expected = i;
            }
        }
        assertThat(v.readerView().area().getCaretSelectionBind().getStartParagraphIndex()).isEqualTo(expected);
        assertThat(v.readerView().area().getCaretSelectionBind().getStartColumnPosition())
                .isEqualTo(layout.blocks().get(expected).text().indexOf("elephant"));
        WaitForAsyncUtils.waitForFxEvents();
        var area = v.readerView().area();
        assertThat(expected).as("the pane shows that paragraph")
                .isBetween(area.firstVisibleParToAllParIndex(), area.lastVisibleParToAllParIndex());
        assertThat(search.getScene().getWindow().isShowing()).as("the search window made way").isFalse();
    }
}
