package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.ui.annotations.AnnotationsPanelViewModel;
import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The annotation shortcuts do what a student expects the second time too, and dates read one way. */
class AnnotationShortcutsFlowTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private void shortcut(KeyCode key, boolean shift) {
        robot.press(KeyCode.CONTROL);
        if (shift) {
            robot.press(KeyCode.SHIFT);
        }
        robot.type(key);
        if (shift) {
            robot.release(KeyCode.SHIFT);
        }
        robot.release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Note> sectionNotes(MainView v, String sectionId) {
        return v.viewModel().annotations().notes().stream()
                .filter(n -> n.kind() == NoteKind.SECTION && n.anchor().sectionId().equals(sectionId)).toList();
    }

    @Test
    void noteOnThisSectionOpensTheNoteThereInsteadOfAddingAnEmptyOne() throws Exception {
        MainView v = margin.start(dataDir);
        String section = v.viewModel().currentSectionId();
        robot.interact(() -> {
            Note n = v.viewModel().annotations().addSectionNote(section);
            v.viewModel().annotations().editNote(n.id(), "What this section argues", List.of());
        });
        Note there = sectionNotes(v, section).get(0);

        robot.clickOn(v.readerView().area());
        shortcut(KeyCode.N, true);

        assertThat(v.popovers().editor()).as("an editor opened").isPresent();
        assertThat(v.popovers().editor().orElseThrow().noteId()).isEqualTo(there.id());
        assertThat(v.popovers().editor().orElseThrow().textArea().getText()).isEqualTo("What this section argues");
        assertThat(sectionNotes(v, section)).as("no second note").hasSize(1);
    }

    @Test
    void theBookmarksListEndsWhenThePanelCloses() throws Exception {
        MainView v = margin.start(dataDir);
        robot.clickOn(v.readerView().area());
        shortcut(KeyCode.B, false);
        assertThat(v.isPanelShown()).isTrue();
        assertThat(v.viewModel().panel().kindProperty().get()).isEqualTo(AnnotationsPanelViewModel.KindFilter.BOOKMARKS);

        shortcut(KeyCode.A, true); // the panel closes
        assertThat(v.isPanelShown()).isFalse();
        shortcut(KeyCode.A, true); // and opens again
        assertThat(v.isPanelShown()).isTrue();
        assertThat(v.viewModel().panel().kindProperty().get()).as("reopened, it shows every kind")
                .isEqualTo(AnnotationsPanelViewModel.KindFilter.ALL);
        assertThat(robot.lookup("Showing Bookmarks").tryQuery()).isEmpty();
    }

    @Test
    void popupAndPanelWriteADateTheSameWayOnOneLine() throws Exception {
        MainView v = margin.start(dataDir);
        int block = v.viewModel().reader().getLayout().blockOf(v.viewModel().currentSectionId(), 0);
        Note[] made = new Note[1];
        robot.interact(() -> made[0] = v.viewModel().annotations()
                .addHighlight(block, 0, 20, app.margin.model.HighlightColor.YELLOW).orElseThrow());
        Instant created = made[0].created();
        String expected = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.getDefault()).format(created.atZone(ZoneId.systemDefault()));

        robot.interact(() -> v.popovers().showEditor(made[0], 400, 300));
        WaitForAsyncUtils.waitForFxEvents();
        Label times = robot.lookup(".note-editor .note-times").queryAs(Label.class);
        assertThat(times.getText()).isEqualTo("Created " + expected);
        Label oneLine = new Label("X");
        robot.interact(() -> {
            oneLine.setFont(times.getFont());
            ((javafx.scene.layout.Pane) times.getParent()).getChildren().add(oneLine);
            times.getParent().applyCss();
            times.getParent().layout();
        });
        assertThat(times.getHeight()).as("one line, not wrapped").isLessThan(oneLine.getHeight() * 1.5);
        robot.interact(() -> {
            ((javafx.scene.layout.Pane) times.getParent()).getChildren().remove(oneLine);
            v.popovers().hide();
            v.setPanelShown(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> panelDates = robot.lookup(".annotations-panel .item-time").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).distinct().toList();
        assertThat(panelDates).containsExactly(expected);
    }
}
