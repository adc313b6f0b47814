package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.HighlightColor;
import app.margin.model.MarginLink;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.Section;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A margin:// link from a Markdown sheet, followed while another article is open: the note's words, selected. */
class MarginLinkFlowTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path articles;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    @Test
    void aLinkOpensTheArticleAtItsNoteWithTheWordsSelected() throws Exception {
        Article bundled = TestArticles.bundled();
        Section section = bundled.sections().get(1);
        String paragraph = section.paragraphs().get(0);
        int end = paragraph.indexOf(' ', 50);
        Note note = new Note("linked-note", bundled.id(), null, NoteKind.HIGHLIGHT,
                Anchor.passage(section.id(), 0, paragraph, 0, end), HighlightColor.GREEN, "", List.of(),
                Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2026-12-07T10:00:00Z"));
        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            store.saveNote(note);
        }
        Path other = Files.writeString(articles.resolve("other.md"), "# Another article\n\nNothing here.\n");
        MainView v = margin.start(dataDir, "--article", other.toString());
        assertThat(v.viewModel().reader().getLayout().article().title()).isEqualTo("Another article");

        robot.interact(() -> v.later().openLink(new MarginLink(bundled.id(), note.id())));
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                    v.viewModel().reader().getLayout().article().id().equals(bundled.id())
                            && paragraph.substring(0, end).equals(v.readerView().area().getSelectedText()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not opened at the note: showing “"
                    + v.viewModel().reader().getLayout().article().title() + "”, selected “"
                    + v.readerView().area().getSelectedText() + "”, notice " + v.viewModel().noticeProperty().get(),
                    e);
        }
    }

    @Test
    void aLinkToANoteThatIsGoneOpensTheArticleAndSaysSo() throws Exception {
        Path other = Files.writeString(articles.resolve("other.md"), "# Another article\n\nNothing here.\n");
        MainView v = margin.start(dataDir, "--article", other.toString());
        robot.interact(() -> v.later().openLink(new MarginLink(TestArticles.bundled().id(), "no-such-note")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                v.viewModel().reader().getLayout().article().id().equals(TestArticles.bundled().id())
                        && v.viewModel().noticeProperty().get() != null
                        && String.valueOf(v.viewModel().noticeProperty().get()).contains("no longer in Margin"));
    }
}
