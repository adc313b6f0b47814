package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import app.margin.ui.find.Hit;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.reader.ReadingSettings;
import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Find, themes and text size, as a reader uses them with the keyboard. */
class ComfortFlowTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private MainView start() throws Exception {
        return margin.start(dataDir);
    }

    private MainView restart() throws Exception {
        return margin.restart();
    }

    private void shortcut(KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void findThenEnterTwiceSelectsTheThirdHitAndShowsIt() throws Exception {
        MainView v = start();
        // The keyboard in the page, the caret left at the article's start (a click would put it where it lands).
        robot.interact(() -> v.readerView().area().requestFocus());
        shortcut(KeyCode.F);
        robot.write("military");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        List<Hit> hits = v.find().viewModel().hitsProperty().get();
        Hit third = hits.get(2);
        ReadingArea area = v.readerView().area();
        assertThat(v.find().viewModel().countTextProperty().get()).isEqualTo("3 of " + hits.size());
        assertThat(area.getSelectedText()).isEqualToIgnoringCase("military");
        assertThat(area.getCaretSelectionBind().getStartParagraphIndex()).isEqualTo(third.blockIndex());
        assertThat(area.getCaretSelectionBind().getStartColumnPosition()).isEqualTo(third.start());
        Bounds hitOnScreen = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(
                area.getAbsolutePosition(third.blockIndex(), third.start()),
                area.getAbsolutePosition(third.blockIndex(), third.end())).orElse(null)).get();
        Bounds paneOnScreen = WaitForAsyncUtils.asyncFx(() -> area.localToScreen(area.getBoundsInLocal())).get();
        assertThat(hitOnScreen).as("the hit is on screen").isNotNull();
        assertThat(paneOnScreen.contains(hitOnScreen.getCenterX(), hitOnScreen.getCenterY())).isTrue();
    }

    @Test
    void escapeClosesFindAndGivesTheKeyboardBackToThePane() throws Exception {
        MainView v = start();
        shortcut(KeyCode.F);
        robot.write("Ukraine");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(v.find().isOpen()).isFalse();
        assertThat(v.readerView().area().isFocused()).isTrue();
        assertThat(v.find().viewModel().hitsProperty().get()).isEmpty();
    }

    @Test
    void themeSwitchChangesThePaneBackground() throws Exception {
        MainView v = start();
        Color before = paneBackground(v);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.T).release(KeyCode.T)
                .release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).press(KeyCode.T).release(KeyCode.T)
                .release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(v.viewModel().settings().themeProperty().get()).isEqualTo(ReadingSettings.Theme.DARK);
        Color after = paneBackground(v);
        assertThat(after).isNotEqualTo(before);
        assertThat(after.getBrightness()).isLessThan(0.3);
        assertThat(before.getBrightness()).isGreaterThan(0.9);
    }

    private static Color paneBackground(MainView v) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Background bg = v.readerView().area().getBackground();
            return (Color) bg.getFills().get(0).getFill();
        }).get();
    }

    @Test
    void fontSizeAndThemeSurviveARestart() throws Exception {
        MainView v = start();
        robot.clickOn(v.readerView().area());
        shortcut(KeyCode.EQUALS);
        shortcut(KeyCode.EQUALS);
        shortcut(KeyCode.EQUALS);
        robot.interact(() -> v.viewModel().settings().themeProperty().set(ReadingSettings.Theme.SEPIA));
        assertThat(v.viewModel().settings().fontSizeProperty().get()).isEqualTo(ReadingSettings.DEFAULT_SIZE + 3);

        margin.stop();
        MainView again = start();

        assertThat(again.viewModel().settings().fontSizeProperty().get()).isEqualTo(ReadingSettings.DEFAULT_SIZE + 3);
        assertThat(again.viewModel().settings().themeProperty().get()).isEqualTo(ReadingSettings.Theme.SEPIA);
        assertThat(again.readerView().area().getStyle()).contains("22.0px");
    }

    @Test
    void windowSizeAndOutlineWidthComeBackAfterARestart() throws Exception {
        MainView v = start();
        robot.interact(() -> {
            javafx.stage.Window w = v.getScene().getWindow();
            w.setWidth(900);
            w.setHeight(640);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node divider = robot.lookup(".split-pane-divider").query();
        robot.drag(divider, javafx.scene.input.MouseButton.PRIMARY)
                .moveBy(0.4 * v.split().getWidth() - v.outlineView().getWidth(), 0)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        MainView again = restart();

        assertThat(again.getScene().getWindow().getWidth()).isEqualTo(900);
        assertThat(again.getScene().getWindow().getHeight()).isEqualTo(640);
        assertThat(again.split().getDividerPositions()[0]).isCloseTo(0.4, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void windowCannotShrinkBelowAUsablePage() throws Exception {
        MainView v = start();
        javafx.stage.Stage stage = (javafx.stage.Stage) v.getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(400);
            stage.setHeight(300);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getMinWidth()).isGreaterThanOrEqualTo(640);
        assertThat(stage.getMinHeight()).isGreaterThanOrEqualTo(420);
        assertThat(v.getWidth()).as("the page is laid out at the minimum, not at 400 px").isGreaterThanOrEqualTo(600);
    }
}
