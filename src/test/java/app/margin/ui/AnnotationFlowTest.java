package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.ui.annotations.AnnotationItem;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.MainViewModel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a student does: highlight and annotate, bookmark, delete and undo, note a whole section — and
 * find it all again after closing and reopening Margin on the same data folder.
 */
class AnnotationFlowTest {

    private static final String UKRAINE = "ukraine-the-central-point-of-discussion";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private MainView start() throws Exception {
        return margin.start(dataDir);
    }

    /** Closes Margin as the reader would (stop() saves) and starts it again on the same folder. */
    private MainView restart() throws Exception {
        return margin.restart();
    }

    private javafx.scene.Node outlineCell(String title) {
        return robot.lookup(".outline .tree-cell")
                .match(n -> title.equals(((javafx.scene.control.TreeCell<?>) n).getText())).query();
    }

    private static ArticleLayout layout(MainView v) {
        return v.viewModel().reader().getLayout();
    }

    @Test
    void highlightWithNoteSurvivesRestartOnTheSameWords() throws Exception {
        MainView v = start();
        int block = layout(v).blockOf(UKRAINE, 0);
        String paragraph = layout(v).blocks().get(block).text();
        int start = paragraph.indexOf("the elephant in the room");
        int end = start + "the elephant in the room".length();

        robot.interact(() -> {
            v.readerView().area().selectRange(block, start, block, end);
            v.popovers().offerHighlight();
        });
        robot.clickOn(".colour-swatch.hl-green");
        robot.clickOn(robot.lookup(".note-editor .text-area").queryAs(TextArea.class));
        robot.write("Ukraine dominates every meeting");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        MainView again = restart();

        ReadingArea area = again.readerView().area();
        assertThat(area.getStyleOfChar(block, start + 1)).contains("hl-green", "hl-with-note");
        assertThat(area.getStyleOfChar(block, end - 1)).contains("hl-green");
        assertThat(area.getStyleOfChar(block, end + 1)).doesNotContain("hl-green");
        assertThat(again.viewModel().panel().items()).anySatisfy(item -> {
            assertThat(item.quote()).isEqualTo("the elephant in the room");
            assertThat(item.text()).isEqualTo("Ukraine dominates every meeting");
            assertThat(item.color()).isEqualTo(HighlightColor.GREEN);
        });
    }

    @Test
    void bookmarkSurvivesRestartAndJumpsBack() throws Exception {
        MainView v = start();
        int block = layout(v).blockOf(UKRAINE, 0);
        robot.interact(() -> v.viewModel().reader().jumpToBlock(block));
        robot.clickOn(v.readerView().area());
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.viewModel().annotations().bookmarks()).hasSize(1);

        MainView again = restart();
        robot.interact(() -> again.viewModel().reader().jumpToBlock(0));
        WaitForAsyncUtils.waitForFxEvents();
        AnnotationItem bookmark = again.viewModel().panel().items().stream()
                .filter(i -> i.kind() == AnnotationItem.Kind.BOOKMARK).findFirst().orElseThrow();
        robot.interact(() -> again.viewModel().panel().jumpTo(bookmark));
        WaitForAsyncUtils.waitForFxEvents();

        PaneTop.assertNearTop(again.readerView().area(), block);
        assertThat(again.outlineView().getSelectionModel().getSelectedItem().getValue().sectionId()).isEqualTo(UKRAINE);
    }

    @Test
    void readingPositionComesBackAfterRestart() throws Exception {
        MainView v = start();
        int block = layout(v).blockOf("de-escalation-efforts-and-stability");
        robot.clickOn(outlineCell("De-escalation Efforts and Stability"));
        WaitForAsyncUtils.waitForFxEvents();
        PaneTop.assertNearTop(v.readerView().area(), block);

        MainView again = restart();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> PaneTop.nearTop(again.readerView().area(), block));
        PaneTop.assertNearTop(again.readerView().area(), block);

        assertThat(again.outlineView().getSelectionModel().getSelectedItem().getValue().sectionId())
                .isEqualTo("de-escalation-efforts-and-stability");
    }

    @Test
    void deletedHighlightComesBackWithUndoInTheNotice() throws Exception {
        MainView v = start();
        MainViewModel vm = v.viewModel();
        int block = layout(v).blockOf(UKRAINE, 0);
        robot.interact(() -> vm.annotations().addHighlight(block, 0, 8, HighlightColor.PINK));
        Note note = vm.annotations().notes().get(0);

        robot.interact(() -> vm.annotations().deleteNote(note.id()));
        assertThat(vm.annotations().notes()).isEmpty();
        robot.clickOn(robot.lookup(".notice-bar .button").match(n -> "Undo".equals(((Button) n).getText()))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.annotations().notes()).containsExactly(note);
        MainView again = restart();
        assertThat(again.viewModel().annotations().notes()).containsExactly(note);
    }

    @Test
    void sectionNoteFromTheOutlineContextMenuIsSavedAndMarked() throws Exception {
        MainView v = start();
        var cell = (javafx.scene.control.TreeCell<?>) outlineCell("Ukraine: The Central Point of Discussion");
        robot.interact(() -> Pointer.requestContextMenu(cell));
        robot.clickOn("Add Note to Section…");
        robot.clickOn(robot.lookup(".note-editor .text-area").queryAs(TextArea.class));
        robot.write("Why does the US raise humanitarian concerns?");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(v.viewModel().outline().marksOf(UKRAINE).sectionNotes()).isEqualTo(1);
        MainView again = restart();
        Note saved = again.viewModel().annotations().notes().get(0);
        assertThat(saved.kind()).isEqualTo(NoteKind.SECTION);
        assertThat(saved.anchor().sectionId()).isEqualTo(UKRAINE);
        assertThat(saved.text()).isEqualTo("Why does the US raise humanitarian concerns?");
        assertThat(again.viewModel().outline().marksOf(UKRAINE).sectionNotes()).isEqualTo(1);
    }

    @Test
    void clickingAHighlightOpensItsNote() throws Exception {
        MainView v = start();
        MainViewModel vm = v.viewModel();
        int block = layout(v).blockOf(Article.LEAD_SECTION_ID, 0);
        robot.interact(() -> {
            Note n = vm.annotations().addHighlight(block, 0, 40, HighlightColor.YELLOW).orElseThrow();
            vm.annotations().editNote(n.id(), "opening line", java.util.List.of());
            vm.reader().jumpToBlock(block);
        });
        WaitForAsyncUtils.waitForFxEvents();

        ReadingArea area = v.readerView().area();
        var bounds = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(
                area.getAbsolutePosition(block, 5), area.getAbsolutePosition(block, 6)).orElseThrow()).get();
        robot.clickOn(bounds.getCenterX(), bounds.getCenterY());
        WaitForAsyncUtils.waitForFxEvents();

        TextArea editor = robot.lookup(".note-editor .text-area").queryAs(TextArea.class);
        assertThat(editor.getText()).isEqualTo("opening line");
    }

    @Test
    void overLongNoteIsKeptWhenItsEditorClosesAndWhenMarginCloses() throws Exception {
        MainView v = start();
        MainViewModel vm = v.viewModel();
        int block = layout(v).blockOf(UKRAINE, 0);
        String tooLong = "y".repeat(Note.MAX_TEXT_LENGTH + 50);
        robot.interact(() -> {
            Note n = vm.annotations().addHighlight(block, 0, 8, HighlightColor.BLUE).orElseThrow();
            v.popovers().showEditor(n, 100, 100);
        });
        robot.interact(() -> v.popovers().editor().orElseThrow().textArea().setText(tooLong));
        robot.interact(() -> v.popovers().hide());
        Note note = vm.annotations().notes().get(0);
        assertThat(note.text()).isEmpty();

        robot.interact(() -> v.popovers().showEditor(note, 100, 100));
        assertThat(v.popovers().editor().orElseThrow().textArea().getText()).isEqualTo(tooLong);
        robot.interact(() -> v.popovers().hide());

        margin.stop();
        assertThat(java.nio.file.Files.readString(dataDir.resolve("unsaved-notes").resolve(note.id() + ".txt")))
                .startsWith("Margin kept this note's text").contains("Section: Ukraine: The Central Point of Discussion")
                .endsWith("\n\n" + tooLong);
    }

    @Test
    void switchingArticlesKeepsEachOnesReadingPosition() throws Exception {
        MainView v = start();
        int block = layout(v).blockOf("de-escalation-efforts-and-stability");
        robot.clickOn(outlineCell("De-escalation Efforts and Stability"));
        WaitForAsyncUtils.waitForFxEvents();
        Article bundled = layout(v).article();
        Article other = app.margin.TestArticles.synthetic(3, 3);

        robot.interact(() -> v.viewModel().showArticle(other));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> v.viewModel().showArticle(bundled));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> PaneTop.nearTop(v.readerView().area(), block));
        WaitForAsyncUtils.waitForFxEvents();
        PaneTop.assertNearTop(v.readerView().area(), block);

        robot.interact(() -> v.viewModel().showArticle(other));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.readerView().area().firstVisibleParToAllParIndex()).isZero();
    }

    @Test
    void theFirstFrameAlreadyShowsWhereTheReaderLeftOff() throws Exception {
        MainView v = start();
        int block = layout(v).blockOf(UKRAINE, 0);
        robot.interact(() -> v.viewModel().reader().jumpToBlock(block));
        WaitForAsyncUtils.waitForFxEvents();
        margin.stop();
        // Only the window state knows the place now: the database's copy is gone.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("margin.db"))) {
            c.createStatement().executeUpdate("DELETE FROM reading_positions");
        }

        MainView again = start();

        PaneTop.assertNearTop(again.readerView().area(), block);
    }
}
