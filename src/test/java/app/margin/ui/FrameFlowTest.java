package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.ui.reader.ReadingSettings;
import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The frame around the page: the header, distraction-free reading, outline badges, panel cards, the F1 sheet. */
class FrameFlowTest {

    private static final String SECTION = "understanding-the-us-russia-military-dialogue";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private void keys(KeyCode... combination) {
        robot.press(combination);
        for (int i = combination.length - 1; i >= 0; i--) {
            robot.release(combination[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void distractionFreeHidesTheFrameKeepsTheAcceleratorsAndEscBringsItBack() throws Exception {
        MainView v = margin.start(dataDir);
        margin.resize(v, 1180); // wide enough for the panel to dock (the stage is reused, at the last test's width)
        robot.interact(() -> v.setPanelShown(true));
        robot.clickOn(v.readerView().area());
        assertThat(v.frame().headerShownProperty().get()).isTrue();

        keys(KeyCode.F9);

        assertThat(v.frame().isDistractionFree()).isTrue();
        assertThat(v.frame().headerShownProperty().get()).as("header hidden").isFalse();
        assertThat(v.split().getItems()).containsExactly(v.readerView().getParent().getParent());
        assertThat(v.outlineView().getScene()).as("outline off the screen").isNull();

        int bookmarks = v.viewModel().annotations().bookmarks().size();
        keys(KeyCode.CONTROL, KeyCode.D);
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        assertThat(v.viewModel().annotations().bookmarks()).as("Ctrl+D still bookmarks").hasSize(bookmarks + 1);
        assertThat(v.viewModel().settings().themeProperty().get()).as("Ctrl+Shift+T still switches")
                .isEqualTo(ReadingSettings.Theme.SEPIA);
        assertThat(v.frame().isDistractionFree()).isTrue();

        keys(KeyCode.ESCAPE);

        assertThat(v.frame().isDistractionFree()).isFalse();
        assertThat(v.frame().headerShownProperty().get()).isTrue();
        assertThat(v.split().getItems()).startsWith(v.outlineView().getParent()).contains(v.panel());
        assertThat(v.isPanelShown()).isTrue();
    }

    @Test
    void headerButtonsAreIconsWhoseTooltipsNameTheCommandAndItsKeys() throws Exception {
        MainView v = margin.start(dataDir);
        List<javafx.scene.control.Button> buttons = robot.from(v).lookup(".header-button")
                .queryAllAs(javafx.scene.control.Button.class).stream().toList();

        assertThat(buttons).hasSizeGreaterThanOrEqualTo(10);
        assertThat(buttons).allSatisfy(b -> {
            assertThat(b.getAccessibleHelp()).as("help before any hover").isNotBlank();
            assertThat(b.getTooltip()).as("no tooltip window before the mouse comes (the first frame's cost)").isNull();
        });
        robot.interact(() -> buttons.forEach(Pointer::enter)); // tooltips are made when the mouse first arrives
        assertThat(buttons).allSatisfy(b -> {
            assertThat(b.getText()).as("an icon, no text").isNull();
            assertThat(b.getTooltip().getText()).matches(".+ \\((Ctrl\\+|F)\\S+\\)");
        });
        assertThat(buttons).extracting(b -> b.getTooltip().getText()).contains("Find in the article (Ctrl+F)");
        assertThat(v.lookup(".app-header").getLayoutBounds().getHeight()).isBetween(34.0, 42.0);
    }

    @Test
    void f10OpensTheMenuFromTheKeyboardAlsoInDistractionFreeReading() throws Exception {
        MainView v = margin.start(dataDir);
        robot.clickOn(v.readerView().area());
        keys(KeyCode.F9);

        keys(KeyCode.F10);
        javafx.scene.control.MenuButton menu = robot.from(v).lookup(".header-menu")
                .queryAs(javafx.scene.control.MenuButton.class);
        assertThat(menu.isShowing()).isTrue();
        assertThat(v.frame().headerShownProperty().get()).as("the header is shown with its menu").isTrue();
        assertThat(menu.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .containsExactly("_File", "_Edit", "_View", "_Annotate", "_Go", "_Help");

        robot.interact(menu::hide);
        assertThat(v.frame().headerShownProperty().get()).isFalse();
        assertThat(v.frame().isDistractionFree()).isTrue();
    }

    @Test
    void theMouseAtTheTopEdgeShowsTheHeaderWhileReadingWithoutDistraction() throws Exception {
        MainView v = margin.start(dataDir);
        robot.clickOn(v.readerView().area());
        keys(KeyCode.F9);
        Bounds scene = WaitForAsyncUtils.asyncFx(() -> v.localToScreen(v.getBoundsInLocal())).get();

        robot.moveTo(new javafx.geometry.Point2D(scene.getCenterX(), scene.getMinY() + 300));
        robot.moveTo(new javafx.geometry.Point2D(scene.getCenterX(), scene.getMinY() + 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.frame().headerShownProperty().get()).as("shown at the top edge").isTrue();
        assertThat(v.frame().isDistractionFree()).isTrue();

        robot.moveTo(new javafx.geometry.Point2D(scene.getCenterX(), scene.getMinY() + 300));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.frame().headerShownProperty().get()).as("hidden again below it").isFalse();
    }

    @Test
    void anOutlineBadgeSaysWhatItCountsInItsTooltip() throws Exception {
        MainView v = margin.start(dataDir);
        int block = v.viewModel().reader().getLayout().blockOf(SECTION, 0);
        robot.interact(() -> {
            v.viewModel().annotations().addHighlight(block, 0, 10, HighlightColor.YELLOW);
            v.viewModel().annotations().addHighlight(block, 20, 30, HighlightColor.GREEN);
            Note note = v.viewModel().annotations().addSectionNote(SECTION);
            v.viewModel().annotations().editNote(note.id(), "About the dialogue", List.of());
        });
        WaitForAsyncUtils.waitForFxEvents();
        String title = v.viewModel().reader().getLayout().sectionTitle(SECTION);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> badges(title) != null);
        Label badges = badges(title);

        robot.interact(() -> Pointer.enter(badges));
        assertThat(badges.getTooltip().getText()).isEqualTo("2 highlights, 1 section note");
        assertThat(robot.from(badges).lookup(".outline-badge").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("1", "2");
    }

    private Label badges(String sectionTitle) {
        return robot.lookup(".outline .tree-cell").match(n -> sectionTitle.equals(((TreeCell<?>) n).getText()))
                .tryQuery().flatMap(cell -> robot.from(cell).lookup(".outline-badges").tryQueryAs(Label.class))
                .orElse(null);
    }

    @Test
    void aCardShowsTheQuoteNoteTagsAndDate() throws Exception {
        MainView v = margin.start(dataDir);
        int block = v.viewModel().reader().getLayout().blockOf(SECTION, 0);
        Note[] made = new Note[1];
        robot.interact(() -> {
            made[0] = v.viewModel().annotations().addHighlight(block, 0, 22, HighlightColor.PINK).orElseThrow();
            v.viewModel().annotations().editNote(made[0].id(), "Where the article starts", List.of("thesis", "war"));
            v.setPanelShown(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Note note = v.viewModel().annotations().note(made[0].id()).orElseThrow();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".annotation-card").tryQuery().isPresent());
        Node card = robot.lookup(".annotation-card").query();

        assertThat(robot.from(card).lookup(".card-bar.hl-pink").tryQuery()).as("the colour bar").isPresent();
        assertThat(robot.from(card).lookup(".item-quote").queryAs(Label.class).getText())
                .isEqualTo(note.anchor().quote().exact());
        assertThat(robot.from(card).lookup(".item-text").queryAs(Label.class).getText())
                .isEqualTo("Where the article starts");
        assertThat(robot.from(card).lookup(".tag-chip").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("#thesis", "#war");
        assertThat(robot.from(card).lookup(".item-time").queryAs(Label.class).getText()).isEqualTo(
                // One date format across popup and panel (issue 21): medium date, short time.
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.getDefault())
                        .format(note.updated().atZone(ZoneId.systemDefault())));
    }

    @Test
    void theWindowIsFirstPaintedInTheThemesBackground() throws Exception {
        java.nio.file.Files.writeString(dataDir.resolve("window.properties"), "reading.theme=DARK\n");
        MainView v = margin.start(dataDir);

        javafx.scene.paint.Color fill = (javafx.scene.paint.Color) v.getScene().getFill();
        javafx.scene.paint.Color page = WaitForAsyncUtils.asyncFx(() ->
                (javafx.scene.paint.Color) v.readerView().area().getBackground().getFills().get(0).getFill()).get();
        assertThat(fill).as("the scene's fill is the page's colour, not white").isEqualTo(page);
        assertThat(fill.getBrightness()).isLessThan(0.3);
    }

    @Test
    void theShortcutSheetIsGroupedAndScrollsWithinALaptopScreen() throws Exception {
        margin.start(dataDir);
        keys(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".shortcut-sheet").tryQuery().isPresent());
        ScrollPane sheet = robot.lookup(".shortcut-sheet").queryAs(ScrollPane.class);

        assertThat(robot.from(sheet).lookup(".shortcut-group-title").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("Reading", "Annotating", "Find", "Library", "Window");
        assertThat(robot.from(sheet).lookup(".shortcut-keys").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Enter / Shift+Enter (in the find bar)", "Enter, Delete (in the annotations panel)", "F9");
        double windowHeight = sheet.getScene().getWindow().getHeight();
        assertThat(windowHeight).as("fits a 768-pixel screen").isLessThan(700);
        double content = ((javafx.scene.layout.Region) sheet.getContent()).getHeight();
        assertThat(content).as("more than one screen of keys: it scrolls").isGreaterThan(sheet.getViewportBounds().getHeight());
        robot.interact(() -> sheet.setVvalue(1));
        assertThat(sheet.getVvalue()).isEqualTo(1);
        robot.interact(() -> sheet.getScene().getWindow().hide());
    }
}
