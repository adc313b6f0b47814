package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.PopOver;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Popups open where they fit: the colour picker and the note popup, for a passage at each edge of a small
 * window, and a long note, stay inside the window.
 */
class PopupPlacementFlowTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final RunningMargin margin = new RunningMargin(robot);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** The stage's size before this test made it small; the primary stage is shared with the tests after it. */
    private double[] sizeBefore;

    @AfterEach
    void closeApp() throws Exception {
        MainView v = margin.view();
        if (sizeBefore != null && v != null) {
            resize(v, sizeBefore[0], sizeBefore[1]);
        }
        margin.stop();
    }

    private enum Edge { TOP, BOTTOM, LEFT, RIGHT }

    @Test
    void pickerAndNotePopupStayInsideTheWindowAtEveryEdge() throws Exception {
        MainView v = margin.start(dataDir);
        resize(v, 660, 440);
        for (Edge edge : Edge.values()) {
            int[] at = passageAt(v, edge);
            robot.interact(() -> v.readerView().area().selectRange(at[0], at[1], at[0], at[2]));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> v.popovers().offerHighlight());
            assertInside(v, edge + " colour picker");

            // Choosing a colour turns the picker into the note editor, placed again for its size.
            robot.interact(() -> robot.lookup(".colour-swatch.hl-pink").queryAs(Button.class).fire());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(v.popovers().editor()).as(edge + ": the editor opened").isPresent();
            assertInside(v, edge + " note popup after choosing a colour");
            assertButtonsShow(edge + " note popup after choosing a colour");

            // Clicking the highlight opens its note at the click.
            Note note = v.viewModel().annotations().note(v.popovers().editor().orElseThrow().noteId()).orElseThrow();
            Point2D click = screenPoint(v, at[0], at[1]);
            robot.interact(() -> {
                v.popovers().hide();
                v.popovers().showEditor(note, click.getX(), click.getY());
            });
            assertInside(v, edge + " note popup from a click");
            assertButtonsShow(edge + " note popup from a click");
            robot.interact(() -> {
                v.popovers().hide();
                v.viewModel().annotations().deleteNote(note.id());
            });
        }
    }

    @Test
    void aLongNoteScrollsInsideAPopupNoLargerThanTheWindow() throws Exception {
        MainView v = margin.start(dataDir);
        resize(v, 660, 440);
        int[] at = passageAt(v, Edge.BOTTOM);
        String longText = "A long thought. ".repeat(400);
        Note note = WaitForAsyncUtils.asyncFx(() -> {
            Note n = v.viewModel().annotations().addHighlight(at[0], at[1], at[2], HighlightColor.BLUE).orElseThrow();
            v.viewModel().annotations().editNote(n.id(), longText, List.of("one", "two", "a-rather-long-tag-name"));
            return n;
        }).get();
        Point2D click = screenPoint(v, at[0], at[1]);
        robot.interact(() -> v.popovers().showEditor(v.viewModel().annotations().note(note.id()).orElseThrow(),
                click.getX(), click.getY()));
        assertInside(v, "long note");
        assertButtonsShow("long note");
        assertThat(v.popovers().editor().orElseThrow().textArea().getText()).isEqualTo(longText);
    }

    @Test
    void readingSettingsStayInsideANarrowWindow() throws Exception {
        MainView v = margin.start(dataDir);
        resize(v, 640, 420);
        robot.interact(() -> v.readerView().area().requestFocus());
        robot.press(KeyCode.CONTROL).press(KeyCode.COMMA).release(KeyCode.COMMA).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertInside(v, "reading settings");
    }

    @Test
    void theNotePopupSitsBesideOrBelowItsHighlightNeverOverItsLines() throws Exception {
        MainView v = margin.start(dataDir);
        var blocks = v.viewModel().reader().getLayout().blocks();
        int block = -1;
        for (int i = blocks.size() / 3; i < blocks.size() && block < 0; i++) {
            if (blocks.get(i).isParagraph() && blocks.get(i).text().length() > 400) {
                block = i;
            }
        }
        int at = block;
        int end = Math.min(blocks.get(at).text().length(), 500);
        Note note = WaitForAsyncUtils.asyncFx(() -> v.viewModel().annotations()
                .addHighlight(at, 0, end, HighlightColor.BLUE).orElseThrow()).get();
        robot.interact(() -> v.readerView().area().showParagraphAtTop(Math.max(0, at - 1)));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D click = screenPoint(v, at, 2); // its first line
        robot.interact(() -> v.popovers().showEditor(note, click.getX(), click.getY()));
        assertInside(v, "note popup");
        Rectangle2D lines = onScreen(v, at, 0, end);
        assertThat(lines.getHeight()).as("a passage of several lines").isGreaterThan(3 * 18);
        assertClear(lines, "the highlight's lines");
        shots(v, "highlight-popup", () -> v.popovers().showEditor(note, click.getX(), click.getY()));
    }

    @Test
    void theSectionNotePopupSitsBesideOrBelowTheSectionsStart() throws Exception {
        MainView v = margin.start(dataDir);
        var layout = v.viewModel().reader().getLayout();
        String section = layout.outline().get(1).sectionId();
        int heading = layout.blockOf(section);
        robot.interact(() -> v.readerView().area().showParagraphAtTop(heading));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> v.popovers().openSectionNotes(v.readerView().area(), section));
        assertInside(v, "section note popup");
        Rectangle2D start = WaitForAsyncUtils.asyncFx(() -> {
            ReadingArea area = v.readerView().area();
            // The text's lines, as drawn; the part of the first paragraph on screen.
            Bounds h = area.getCharacterBoundsOnScreen(area.getAbsolutePosition(heading, 0),
                    area.getAbsolutePosition(heading, layout.blocks().get(heading).text().length())).orElseThrow();
            Bounds p = area.getCharacterBoundsOnScreen(area.getAbsolutePosition(heading + 1, 0),
                    area.getAbsolutePosition(heading + 1, layout.blocks().get(heading + 1).text().length())).orElseThrow();
            Bounds pane = area.localToScreen(area.getBoundsInLocal());
            double minX = Math.min(h.getMinX(), p.getMinX());
            return new Rectangle2D(minX, h.getMinY(), Math.max(h.getMaxX(), p.getMaxX()) - minX,
                    Math.min(p.getMaxY(), pane.getMaxY()) - h.getMinY());
        }).get();
        assertClear(start, "the section's heading and first paragraph");
        shots(v, "section-note-popup", () -> v.popovers().openSectionNotes(v.readerView().area(), section));
    }

    @Test
    void theSectionNotePopupShowsAllOfItsButtonsWhereverItsHeadingIs() throws Exception {
        MainView v = margin.start(dataDir);
        var layout = v.viewModel().reader().getLayout();
        String section = layout.outline().get(2).sectionId();
        int heading = layout.blockOf(section);
        ReadingArea area = v.readerView().area();
        for (double[] size : new double[][] {{1000, 700}, {660, 440}}) {
            resize(v, size[0], size[1]);
            for (double fromBottom = 30; fromBottom < size[1] - 120; fromBottom += 40) {
                double up = fromBottom;
                // The heading's line that far above the pane's bottom edge.
                robot.interact(() -> {
                    area.showParagraphAtTop(heading);
                    area.layout();
                    area.scrollYBy(-(area.getHeight() - up));
                    area.layout();
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> v.popovers().openSectionNotes(area, section));
                String where = String.format("window %.0f high, heading %.0f px above the pane's bottom", size[1], up);
                assertInside(v, where);
                assertButtonsShow(where);
                robot.interact(() -> v.popovers().hide());
            }
        }
    }

    /** Every button of the note editor shows whole, inside the popup's scrolling frame: none is cut off. */
    private void assertButtonsShow(String where) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new java.util.ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (w instanceof PopOver p && p.isShowing()
                        && p.getContentNode() instanceof javafx.scene.control.ScrollPane frame) {
                    javafx.scene.Node viewport = frame.lookup(".viewport");
                    Bounds shown = viewport.localToScreen(viewport.getLayoutBounds());
                    for (javafx.scene.Node b : frame.getContent().lookupAll(".button")) {
                        Bounds at = b.localToScreen(b.getLayoutBounds());
                        if (at.getMinY() < shown.getMinY() - 0.5 || at.getMaxY() > shown.getMaxY() + 0.5) {
                            found.add(((Button) b).getText() + " at " + at.getMinY() + ".." + at.getMaxY()
                                    + " in " + shown.getMinY() + ".." + shown.getMaxY());
                        }
                    }
                }
            }
            return found;
        }).get(5, TimeUnit.SECONDS);
        assertThat(cut).as("%s: buttons cut off", where).isEmpty();
    }

    /** With -Dmargin.shots: the window and its popup, light and then dark (the popup opened again in each). */
    private void shots(MainView v, String name, Runnable open) throws Exception {
        if (!Shots.on()) {
            return;
        }
        for (var theme : List.of(app.margin.ui.reader.ReadingSettings.Theme.LIGHT,
                app.margin.ui.reader.ReadingSettings.Theme.DARK)) {
            robot.interact(() -> {
                v.popovers().hide();
                v.viewModel().settings().themeProperty().set(theme);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(open);
            assertInside(v, name + " " + theme);
            robot.interact(() -> Shots.save(v.getScene(), name + "-" + theme.name().toLowerCase()));
        }
        robot.interact(() -> v.viewModel().settings().themeProperty().set(app.margin.ui.reader.ReadingSettings.Theme.LIGHT));
    }

    private static Rectangle2D onScreen(MainView v, int block, int from, int to) throws Exception {
        ReadingArea area = v.readerView().area();
        return WaitForAsyncUtils.asyncFx(() -> {
            Bounds b = area.getCharacterBoundsOnScreen(area.getAbsolutePosition(block, from),
                    area.getAbsolutePosition(block, to)).orElseThrow();
            return new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        }).get();
    }

    /** No showing popup covers {@code what} (a 2 px touch at the arrow's tip allowed). */
    private static void assertClear(Rectangle2D what, String name) {
        Rectangle2D inner = new Rectangle2D(what.getMinX() + 2, what.getMinY() + 2, what.getWidth() - 4,
                what.getHeight() - 4);
        for (Window w : Window.getWindows()) {
            if (w instanceof PopOver p && p.isShowing()) {
                // The popup's drawn frame and arrow: its window has a transparent margin for the shadow.
                javafx.scene.Node frame = p.getSkin().getNode().lookup(".border");
                Bounds drawn = frame.localToScreen(frame.getBoundsInLocal());
                Rectangle2D popup = new Rectangle2D(drawn.getMinX(), drawn.getMinY(), drawn.getWidth(), drawn.getHeight());
                assertThat(popup.intersects(inner)).as("popup %s over %s %s (arrow %s)", popup, name, what,
                        p.getArrowLocation()).isFalse();
            }
        }
    }

    private void resize(MainView v, double width, double height) {
        robot.interact(() -> {
            Stage stage = (Stage) v.getScene().getWindow();
            if (sizeBefore == null) {
                sizeBefore = new double[] {stage.getWidth(), stage.getHeight()};
            }
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Block, start and end of a few characters of paragraph text shown near one edge of the pane. */
    private int[] passageAt(MainView v, Edge edge) throws Exception {
        // The pane lays itself out again after a resize over a few pulses: look until the text is there.
        // Into the body of the article, so paragraph text runs from the pane's top to its bottom.
        robot.interact(() -> v.readerView().area().showParagraphAtTop(
                v.viewModel().reader().getLayout().blocks().size() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        int[][] found = new int[1][];
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            try {
                found[0] = tryPassageAt(v, edge);
                return true;
            } catch (java.util.concurrent.ExecutionException e) {
                return false;
            }
        });
        return found[0];
    }

    private int[] tryPassageAt(MainView v, Edge edge) throws Exception {
        ReadingArea area = v.readerView().area();
        return WaitForAsyncUtils.asyncFx(() -> {

            Bounds b = area.getBoundsInLocal();
            Rectangle2D text = textColumn(v);
            for (int step = 0; step < 40; step++) {
                double nudge = 14 + step * 12;
                double x = switch (edge) {
                    case LEFT -> text.getMinX() + 4;
                    case RIGHT -> text.getMaxX() - 12;
                    default -> b.getWidth() / 2;
                };
                double y = switch (edge) {
                    case TOP -> nudge;
                    case BOTTOM -> b.getHeight() - nudge;
                    default -> b.getHeight() / 2 + (step % 2 == 0 ? 1 : -1) * step * 10;
                };
                CharacterHit hit = area.hit(x, y);
                var pos = area.offsetToPosition(hit.getCharacterIndex().orElse(hit.getInsertionIndex()),
                        TwoDimensional.Bias.Forward);
                int block = pos.getMajor();
                var blocks = v.viewModel().reader().getLayout().blocks();
                if (block < blocks.size() && blocks.get(block).isParagraph()) {
                    int len = blocks.get(block).text().length();
                    int start = Math.max(0, Math.min(pos.getMinor(), len - 6));
                    int offset = area.getAbsolutePosition(block, start);
                    // Only text drawn where it was looked for: the pane may still be scrolling there.
                    Optional<Bounds> drawn = area.getCharacterBoundsOnScreen(offset, offset + 1);
                    Point2D wanted = area.localToScreen(x, y);
                    if (drawn.isPresent() && Math.abs(drawn.get().getCenterY() - wanted.getY()) < 40) {
                        return new int[] {block, start, Math.min(len, start + 5)};
                    }
                }
            }
            throw new AssertionError("no paragraph text near the " + edge + " edge");
        }).get();
    }

    /** The horizontal extent of the text on screen, in the pane's coordinates (the column has margins). */
    private static Rectangle2D textColumn(MainView v) {
        ReadingArea area = v.readerView().area();
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int p = area.firstVisibleParToAllParIndex(); p <= area.lastVisibleParToAllParIndex(); p++) {
            Optional<Bounds> b = area.getParagraphBoundsOnScreen(p);
            if (b.isPresent()) {
                Bounds local = area.screenToLocal(b.get());
                min = Math.min(min, local.getMinX());
                max = Math.max(max, local.getMaxX());
            }
        }
        return new Rectangle2D(min, 0, Math.max(1, max - min), area.getHeight());
    }

    private static Point2D screenPoint(MainView v, int block, int column) throws Exception {
        ReadingArea area = v.readerView().area();
        return WaitForAsyncUtils.asyncFx(() -> {
            int offset = area.getAbsolutePosition(block, column);
            Bounds b = area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow();
            return new Point2D(b.getCenterX(), b.getCenterY());
        }).get();
    }

    private void assertInside(MainView v, String what) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // Shown, and drawn: its fade-in has reached full opacity (a popup placed again must not stay transparent).
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof PopOver p && w.isShowing() && p.getSkin().getNode().getOpacity() == 1));
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = v.getScene();
        Window main = scene.getWindow();
        Rectangle2D window = new Rectangle2D(main.getX() + scene.getX(), main.getY() + scene.getY(), scene.getWidth(),
                scene.getHeight());
        for (Window w : Window.getWindows()) {
            if (w instanceof PopOver p && p.isShowing()) {
                Rectangle2D popup = new Rectangle2D(p.getX(), p.getY(), p.getWidth(), p.getHeight());
                assertThat(window.contains(popup))
                        .as("%s: popup %s inside window %s (arrow %s)", what, popup, window, p.getArrowLocation())
                        .isTrue();
            }
        }
    }
}
