package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.reader.ReadingSettings;
import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.PopOver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every theme reaches every surface: each popup, menu, tooltip and dialog is opened in each theme, and every
 * text shown in it must reach WCAG AA (4.5:1) against what is painted behind it.
 */
class ThemeContrastTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    @Test
    void everySurfaceReachesAaInEveryTheme() throws Exception {
        MainView v = margin.start(dataDir);
        List<String> problems = new ArrayList<>();
        for (ReadingSettings.Theme theme : ReadingSettings.Theme.values()) {
            robot.interact(() -> v.viewModel().settings().themeProperty().set(theme));
            String name = theme.label();
            problems.addAll(inWindows(name, "note popup", v, () -> {
                Note n = highlight(v);
                Bounds b = centre(v.readerView().area());
                v.popovers().showEditor(n, b.getMinX(), b.getMinY());
            }));
            closePopups(v);
            // Leaves the panel empty again, for its placeholder.
            robot.interact(() -> List.copyOf(v.viewModel().annotations().notes())
                    .forEach(n -> v.viewModel().annotations().deleteNote(n.id())));
            problems.addAll(inWindows(name, "colour picker", v, () -> {
                ReadingArea area = v.readerView().area();
                int block = firstParagraph(v);
                area.selectRange(block, 0, block, 12);
                v.popovers().offerHighlight();
            }));
            closePopups(v);
            problems.addAll(inWindows(name, "reading settings", v, () -> { }, () -> shortcut(KeyCode.COMMA)));
            closePopups(v);
            problems.addAll(inWindows(name, "outline context menu", v, () -> {
                TreeCell<?> cell = robot.lookup(".outline .tree-cell").match(n -> ((TreeCell<?>) n).getItem() != null)
                        .queryAs(TreeCell.class);
                Pointer.requestContextMenu(cell);
            }));
            closePopups(v);
            problems.addAll(inWindows(name, "tooltip", v, () -> {
                Control withTip = robot.lookup(".header-button").queryAs(Control.class);
                Pointer.enter(withTip);
                Tooltip tip = withTip.getTooltip();
                Bounds b = centre(withTip);
                tip.show(withTip, b.getMinX(), b.getMaxY() + 8);
            }));
            closePopups(v);
            robot.lookup(".menu-bar").tryQueryAs(MenuBar.class).filter(Node::isVisible).ifPresent(bar -> {
                problems.addAll(inWindows(name, "File menu", v, () -> bar.getMenus().get(0).show()));
                closePopups(v);
            });
            problems.addAll(inWindows(name, "☰ menu", v, () ->
                    robot.lookup(".header-menu").queryAs(javafx.scene.control.MenuButton.class).show()));
            closePopups(v);
            problems.addAll(inWindows(name, "library", v, () -> { }, () -> shortcut(KeyCode.L)));
            closeDialogs(v);
            problems.addAll(inWindows(name, "alert", v, () -> {
                Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Remove this article from the library?",
                        ButtonType.CANCEL, ButtonType.OK);
                alert.initOwner(v.getScene().getWindow());
                alert.setHeaderText("A question");
                alert.show();
            }));
            closeDialogs(v);
            problems.addAll(inWindows(name, "F1 sheet", v, () -> { }, () -> {
                robot.type(KeyCode.F1);
                WaitForAsyncUtils.waitForFxEvents();
            }));
            closeDialogs(v);
            robot.interact(() -> v.find().open());
            robot.write("the");
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(inNode(name, "find bar", v, () -> robot.lookup(".find-bar").queryAs(Parent.class)));
            robot.interact(() -> v.find().close());
            robot.interact(() -> v.setPanelShown(true));
            WaitForAsyncUtils.waitForFxEvents();
            // The whole panel: its placeholder (no annotations yet) and its search and filter fields.
            assertThat(robot.lookup(".annotations-panel .placeholder").tryQuery()).as("the empty panel's placeholder")
                    .isPresent();
            problems.addAll(inNode(name, "panel and placeholder", v,
                    () -> robot.lookup(".annotations-panel").queryAs(Parent.class)));
            robot.interact(() -> v.setPanelShown(false));
        }
        assertThat(problems).as("texts below WCAG AA").isEmpty();
    }

    @Test
    void anOpenDialogFollowsAThemeChange() throws Exception {
        MainView v = margin.start(dataDir);
        shortcut(KeyCode.L);
        Stage library = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Library")).findFirst().orElseThrow();
        robot.interact(() -> v.viewModel().settings().themeProperty().set(ReadingSettings.Theme.DARK));
        assertThat(library.getScene().getRoot().getPseudoClassStates()).contains(PseudoClass.getPseudoClass("dark"));
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> Contrast.problems("Dark", "library after a switch",
                library.getScene().getRoot(), fill(library))).get();
        assertThat(problems).isEmpty();
        robot.interact(() -> v.viewModel().settings().themeProperty().set(ReadingSettings.Theme.SEPIA));
        assertThat(library.getScene().getRoot().getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("sepia")).doesNotContain(PseudoClass.getPseudoClass("dark"));
        closeDialogs(v);
    }

    private void shortcut(KeyCode key) {
        robot.interact(() -> {
            ((Stage) margin.view().getScene().getWindow()).toFront();
            margin.view().readerView().area().requestFocus();
        });
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a surface (on the FX thread) and checks every window that it opened. */
    private List<String> inWindows(String theme, String surface, MainView v, Runnable openOnFx) {
        return inWindows(theme, surface, v, openOnFx, () -> { });
    }

    private List<String> inWindows(String theme, String surface, MainView v, Runnable openOnFx, Runnable openByKeys) {
        Set<Window> before = new HashSet<>(Window.getWindows());
        robot.interact(openOnFx);
        openByKeys.run();
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> opened = new ArrayList<>();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                opened.clear();
                Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing()).forEach(opened::add);
                // Popovers fade in: judge them at full opacity, as they are read.
                return !opened.isEmpty() && opened.stream().allMatch(w -> !(w instanceof PopOver p)
                        || (p.getSkin() != null && p.getSkin().getNode().getOpacity() == 1));
            });
        } catch (Exception e) {
            return List.of(theme + " theme, " + surface + ": no window opened");
        }
        List<String> problems = new ArrayList<>();
        for (Window w : opened) {
            try {
                problems.addAll(WaitForAsyncUtils.asyncFx(() -> Contrast.problems(theme, surface, w.getScene().getRoot(),
                        fill(w))).get());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return problems;
    }

    private List<String> inNode(String theme, String surface, MainView v, Supplier<Parent> node) {
        try {
            Parent p = node.get();
            return WaitForAsyncUtils.asyncFx(() -> Contrast.problems(theme, surface, p, fill(v.getScene().getWindow())))
                    .get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The scene's fill; a popup's scene is transparent (its frame or background is found on the way up). */
    private static Color fill(Window w) {
        return w.getScene().getFill() instanceof Color c ? c : null;
    }

    private void closePopups(MainView v) {
        robot.interact(() -> {
            v.popovers().hide();
            robot.lookup(".menu-bar").tryQueryAs(MenuBar.class).ifPresent(b -> b.getMenus().forEach(m -> m.hide()));
            Window.getWindows().stream().filter(w -> w instanceof PopupWindow).toList().forEach(Window::hide);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeDialogs(MainView v) {
        Window main = v.getScene().getWindow();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != main).toList().forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Note highlight(MainView v) {
        int block = firstParagraph(v);
        return v.viewModel().annotations().highlightAt(block, 2)
                .or(() -> v.viewModel().annotations().addHighlight(block, 0, 12, HighlightColor.BLUE)).orElseThrow();
    }

    private static int firstParagraph(MainView v) {
        var layout = v.viewModel().reader().getLayout();
        for (int i = 0; i < layout.blocks().size(); i++) {
            if (layout.blocks().get(i).isParagraph()) {
                return i;
            }
        }
        throw new AssertionError("no paragraph");
    }

    private static Bounds centre(Node n) {
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return new javafx.geometry.BoundingBox(b.getCenterX(), b.getCenterY(), 0, 0);
    }
}
