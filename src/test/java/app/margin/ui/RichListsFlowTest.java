package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ArticleLayout;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Lists as a Markdown page writes them, on the page: loose and tight spacing, code nested in an item. */
class RichListsFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path pages;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private Path page() throws Exception {
        return Files.writeString(pages.resolve("lists.md"), """
                # Lists

                A tight list:

                - Tight first
                - Tight second

                A loose list:

                - Loose first

                - Loose second

                Steps:

                1. Install it:

                   ```
                   nested code line
                   ```

                2. Then run it.

                ```
                top code line
                ```

                The end.
                """);
    }

    /** The screen bounds of a block's first characters. */
    private static Bounds boundsOf(ReadingArea area, int block) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(area.getAbsolutePosition(block, 0),
                area.getAbsolutePosition(block, 2)).orElseThrow()).get(5, TimeUnit.SECONDS);
    }

    private MainView started() throws Exception {
        MainView v = margin.start(dataDir, "--article", page().toString());
        margin.resize(v, 1180);
        return v;
    }

    @Test
    void aLooseListsItemsAreSpacedAsParagraphsAndATightListsStayClose() throws Exception {
        MainView v = started();
        ReadingArea area = v.readerView().area();
        ArticleLayout layout = v.viewModel().reader().getLayout();

        double tight = boundsOf(area, RunningMargin.blockStarting(layout, "Tight second")).getMinY()
                - boundsOf(area, RunningMargin.blockStarting(layout, "Tight first")).getMinY();
        double loose = boundsOf(area, RunningMargin.blockStarting(layout, "Loose second")).getMinY()
                - boundsOf(area, RunningMargin.blockStarting(layout, "Loose first")).getMinY();
        double paragraphs = boundsOf(area, RunningMargin.blockStarting(layout, "Loose first")).getMinY()
                - boundsOf(area, RunningMargin.blockStarting(layout, "A loose list")).getMinY();

        assertThat(loose - tight).as("a loose list's items are a paragraph's gap apart, more than a tight list's")
                .isGreaterThan(10);
        assertThat(loose).as("as far apart as two body paragraphs").isCloseTo(paragraphs, Offset.offset(2.0));
    }

    @Test
    void aCodeBlockInsideAListItemIsIndentedWithItsItemAndOneOutsideIsNot() throws Exception {
        MainView v = started();
        ReadingArea area = v.readerView().area();
        ArticleLayout layout = v.viewModel().reader().getLayout();

        double item = boundsOf(area, RunningMargin.blockStarting(layout, "Install it")).getMinX();
        double nested = boundsOf(area, RunningMargin.blockStarting(layout, "nested code line")).getMinX();
        double top = boundsOf(area, RunningMargin.blockStarting(layout, "top code line")).getMinX();

        assertThat(nested - top).as("the item's code is indented by the item's room").isGreaterThan(25);
        assertThat(nested).as("and lines up with its item's words, past the code block's own inset")
                .isCloseTo(item + (top - boundsOf(area, RunningMargin.blockStarting(layout, "Steps")).getMinX()),
                        Offset.offset(2.0));
    }
}
