package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ArticleLayout;
import app.margin.model.OutlineEntry;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import org.assertj.core.data.Offset;
import org.fxmisc.flowless.VirtualFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The end of a short book: the wheel and the scroll bar stop where End does (the last line at the bottom), not in
 * the room below the text that lets a jump bring the last, short section's heading to the top; the percentage
 * climbs to 100 % on the way down and stays there.
 */
class ArticleEndFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path pages;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private static final String WORDS = "The keeper climbed the stair at dusk, counted the steps and lit the lamp; "
            + "the harbour lay quiet below while the boats came in, one by one, under a sky the colour of slate. ";

    /** About three screens, its last section a single short paragraph. */
    private MainView start() throws Exception {
        StringBuilder md = new StringBuilder("# The short book\n\n");
        for (int s = 1; s <= 2; s++) {
            md.append("## Part ").append(s).append("\n\n");
            for (int p = 0; p < 4; p++) {
                md.append(WORDS.repeat(3)).append("\n\n");
            }
        }
        md.append("## The last part\n\nOnly a few words close the book.\n");
        Path page = Files.writeString(pages.resolve("short.md"), md.toString());
        return margin.start(dataDir, "--article", page.toString());
    }

    @Test
    void theWheelStopsWhereEndDoes() throws Exception {
        MainView v = start();
        ReadingArea area = v.readerView().area();
        robot.clickOn(area);
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        double end = lastLineBottom(area);
        assertThat(end).as("End: the last line at the bottom").isBetween(area.getViewportHeight() - 60,
                area.getViewportHeight());
        assertThat(v.viewModel().statusProgressProperty().get()).isEqualTo("100%");

        wheel(area, 5);

        assertThat(lastLineBottom(area)).as("the wheel goes no further").isCloseTo(end, Offset.offset(1.0));
        assertThat(v.viewModel().statusProgressProperty().get()).isEqualTo("100%");

        // From the top, notch by notch: the percentage only climbs, to 100 %, and the page stops where End put it.
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        List<Integer> percents = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            wheel(area, 1);
            percents.add(Integer.parseInt(v.viewModel().statusProgressProperty().get().replace("%", "")));
        }
        assertThat(percents).isSorted();
        assertThat(percents.get(percents.size() - 1)).isEqualTo(100);
        assertThat(lastLineBottom(area)).as("the wheel stops where End does").isCloseTo(end, Offset.offset(1.0));
    }

    @Test
    void theScrollBarsEndIsWhereEndGoes() throws Exception {
        MainView v = start();
        ReadingArea area = v.readerView().area();
        robot.clickOn(area);
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        double end = lastLineBottom(area);
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();

        ScrollBar bar = robot.from(v.readerView()).lookup(".scroll-bar").match(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.VERTICAL).queryAs(ScrollBar.class);
        robot.interact(() -> bar.setValue(bar.getMax())); // dragged to the bottom of its track
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lastLineBottom(area)).as("the bottom of the track is the end").isCloseTo(end, Offset.offset(1.0));
        assertThat(v.viewModel().statusProgressProperty().get()).isEqualTo("100%");
    }

    @Test
    void aJumpStillBringsTheLastSectionsHeadingToTheTopAndTheWheelThenStopsAtTheEnd() throws Exception {
        MainView v = start();
        ReadingArea area = v.readerView().area();
        ArticleLayout layout = v.viewModel().reader().getLayout();
        OutlineEntry last = layout.outline().get(layout.outline().size() - 1);
        robot.clickOn(area);
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        double end = lastLineBottom(area);

        robot.clickOn(ReaderFlowTest.outlineCell(robot, last.title()));
        WaitForAsyncUtils.waitForFxEvents();
        double heading = PaneTop.distanceFromTop(area, last.blockIndex());
        assertThat(heading).as("the heading at the top, a jump's context above it").isBetween(40.0,
                PaneTop.NEAR_TOP);
        assertThat(v.viewModel().statusSectionProperty().get()).isEqualTo(last.title());

        wheel(area, 3);
        assertThat(PaneTop.distanceFromTop(area, last.blockIndex())).as("nothing further down to scroll to")
                .isCloseTo(heading, Offset.offset(1.0));
        wheel(area, -1);
        wheel(area, 1);
        assertThat(PaneTop.distanceFromTop(area, last.blockIndex())).as("back down to where the jump put it")
                .isCloseTo(heading, Offset.offset(1.0));

        wheel(area, -20);
        wheel(area, 40);
        assertThat(lastLineBottom(area)).as("once above the end, the wheel stops where End does")
                .isCloseTo(end, Offset.offset(1.0));
    }

    /** Turns the mouse wheel over the page by {@code notches} (positive: down), one notch at a time. */
    private void wheel(ReadingArea area, int notches) {
        Node flow = area.getChildrenUnmodifiable().stream().filter(n -> n instanceof VirtualFlow).findFirst()
                .orElseThrow();
        double delta = notches > 0 ? -40 : 40;
        for (int i = 0; i < Math.abs(notches); i++) {
            robot.interact(() -> Event.fireEvent(flow, new ScrollEvent(ScrollEvent.SCROLL, 200, 200, 200, 200,
                    false, false, false, false, false, false, 0, delta, 0, delta, 40, 40,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES, -3, 0,
                    null)));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** How far below the pane's top the article's last line ends. */
    private static double lastLineBottom(ReadingArea area) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(area.getLength() - 1,
                area.getLength()).orElseThrow().getMaxY() - area.localToScreen(area.getLayoutBounds()).getMinY())
                .get(5, TimeUnit.SECONDS);
    }
}
