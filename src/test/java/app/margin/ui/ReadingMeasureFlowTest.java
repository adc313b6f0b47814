package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.HighlightColor;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.reader.ReadingSettings;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import org.assertj.core.data.Offset;
import org.fxmisc.flowless.VirtualFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The page keeps a readable measure with the panel open, and the wheel moves it by lines of its text. */
class ReadingMeasureFlowTest {

    /** The panel's width when the reader has not changed it (PaneWidths.DEFAULT_PANEL). */
    private static final double PANEL_WIDTH = 340;

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    /** The width the text's lines get: the area less its side margins. */
    private static double textColumn(ReadingArea area) {
        return area.getWidth() - area.getPadding().getLeft() - area.getPadding().getRight();
    }

    @Test
    void theTextKeepsSixtyCharactersWithThePanelOpenInTheDefaultWindow() throws Exception {
        MainView v = margin.start(dataDir);
        margin.resize(v, 1180);
        robot.interact(() -> v.setPanelShown(true));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(textColumn(v.readerView().area())).as("the text column at 1180 px, panel open")
                .isGreaterThanOrEqualTo(560);
        assertThat(v.panel().getWidth()).as("the panel keeps its width; the outline gave way")
                .isGreaterThanOrEqualTo(330);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Shots.save(v.getScene(), "panel-open-1180-light"));
        robot.interact(() -> v.viewModel().settings().themeProperty().set(ReadingSettings.Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Shots.save(v.getScene(), "panel-open-1180-dark"));
    }

    /** Ctrl+Shift+A, the panel's own key. */
    private void panelKey() {
        robot.press(KeyCode.CONTROL).press(KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT)
                .release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node panelButton(MainView v) {
        return robot.from(v).lookup(".header-button").queryAll().stream()
                .filter(b -> "Annotations Panel".equals(b.getAccessibleText())).findFirst()
                .orElseThrow();
    }

    @Test
    void inANarrowWindowThePanelFloatsOverThePageAndTheTextKeepsItsMeasure() throws Exception {
        MainView v = margin.start(dataDir);
        margin.resize(v, 900);
        int lead = v.viewModel().reader().getLayout().blockOf(Article.LEAD_SECTION_ID, 0);
        robot.interact(() -> v.viewModel().annotations().addHighlight(lead, 0, 60, HighlightColor.YELLOW));
        double before = textColumn(v.readerView().area());
        panelKey();

        assertThat(v.panel().getScene()).as("the panel is shown").isNotNull();
        assertThat(v.panel().isVisible()).isTrue();
        assertThat(textColumn(v.readerView().area())).as("the text column at 900 px, panel open")
                .isGreaterThanOrEqualTo(560);
        assertThat(v.split().getItems()).as("the panel floats, out of the split").doesNotContain(v.panel());
        Bounds panel = v.panel().localToScene(v.panel().getBoundsInLocal());
        assertThat(panel.getMaxX()).as("at the window's right edge").isCloseTo(v.getScene().getWidth(),
                Offset.offset(1.0));
        assertThat(panel.getWidth()).as("at the width the reader gave it").isCloseTo(PANEL_WIDTH, Offset.offset(2.0));
        assertThat(panelButton(v).getPseudoClassStates()).as("the header button says it is open")
                .contains(PseudoClass.getPseudoClass("on"));
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Shots.save(v.getScene(), "session-panel-narrow-light"));
        robot.interact(() -> v.viewModel().settings().themeProperty().set(ReadingSettings.Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Shots.save(v.getScene(), "session-panel-narrow-dark"));

        panelKey();

        assertThat(v.panel().getScene()).as("closed with its key").isNull();
        assertThat(panelButton(v).getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("on"));
        assertThat(textColumn(v.readerView().area())).isGreaterThanOrEqualTo(Math.min(before, 560));
    }

    @Test
    void theFloatingPanelDocksWhenTheWindowWidensAndEscapeClosesItWhileItFloats() throws Exception {
        MainView v = margin.start(dataDir);
        margin.resize(v, 900);
        panelKey();
        assertThat(v.split().getItems()).doesNotContain(v.panel());

        margin.resize(v, 1300);
        assertThat(v.split().getItems()).as("docked beside the text").contains(v.panel());
        assertThat(textColumn(v.readerView().area())).isGreaterThanOrEqualTo(560);

        margin.resize(v, 900);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.isPanelShown()).as("Esc closes the floating panel").isFalse();
        assertThat(v.panel().getScene()).isNull();
    }

    @Test
    void aWheelNotchScrollsThreeLinesOfTheText() throws Exception {
        MainView v = margin.start(dataDir);
        ReadingArea area = v.readerView().area();
        int par = bodyParagraphOfSeveralLines(area);
        robot.interact(() -> area.showParagraphAtTop(par));
        WaitForAsyncUtils.waitForFxEvents();
        double line = lineHeight(area, par);
        int mark = area.getAbsolutePosition(par, area.getParagraphLength(par) - 1);
        double before = top(area, mark);

        Node flow = area.getChildrenUnmodifiable().stream().filter(n -> n instanceof VirtualFlow).findFirst()
                .orElseThrow();
        robot.interact(() -> Event.fireEvent(flow, new ScrollEvent(ScrollEvent.SCROLL, 200, 200, 200, 200,
                false, false, false, false, false, false, 0, -40, 0, -40, 40, 40,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES, -3, 0,
                null)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(before - top(area, mark)).as("one notch, lines of %.1f px", line)
                .isCloseTo(3 * line, Offset.offset(1.0));
    }

    /** A body paragraph, near the start, long enough to wrap into several lines at the window's width. */
    private static int bodyParagraphOfSeveralLines(ReadingArea area) {
        AtomicReference<Integer> found = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            for (int i = 0; i < area.getParagraphs().size(); i++) {
                if (area.getParagraph(i).getParagraphStyle().contains("body") && area.getParagraphLength(i) > 600) {
                    found.set(i);
                    return;
                }
            }
        });
        assertThat(found.get()).as("a long body paragraph").isNotNull();
        return found.get();
    }

    /** The distance between the first and the second line of a paragraph, as drawn. */
    private static double lineHeight(ReadingArea area, int par) {
        double first = top(area, area.getAbsolutePosition(par, 0));
        for (int i = 1; i < area.getParagraphLength(par); i++) {
            double y = top(area, area.getAbsolutePosition(par, i));
            if (y > first + 1) {
                return y - first;
            }
        }
        throw new AssertionError("paragraph " + par + " has one line");
    }

    private static double top(ReadingArea area, int position) {
        AtomicReference<Bounds> b = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> b.set(area.getCharacterBoundsOnScreen(position, position + 1)
                .orElseThrow(() -> new AssertionError("character " + position + " not on screen"))));
        return b.get().getMinY();
    }
}
