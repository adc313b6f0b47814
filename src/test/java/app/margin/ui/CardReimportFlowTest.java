package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ArticleLayout;
import app.margin.model.Note;
import app.margin.model.Placement;
import app.margin.model.study.Card;
import app.margin.model.study.CardKind;
import app.margin.model.study.Grade;
import app.margin.model.study.Review;
import app.margin.model.study.Scheduler;
import app.margin.ui.shell.MainView;
import app.margin.ui.study.StudyViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A card belongs to its highlight through everything that moves the highlight: the reader attaching it to other
 * words, and a new version of the article file opened again (its text edited around and inside the passage, so the
 * highlight is re-anchored). After each, the card is still there, made from the same highlight, with its review.
 */
class CardReimportFlowTest {

    private static final String UKRAINE = "ukraine-the-central-point-of-discussion";
    private static final String PASSAGE = "the elephant in the room";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private static <T> T read(MainView v, app.margin.ui.study.CardQueue.Work<T> work) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        v.later().study().queue().run(work, out::set);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> out.get() != null);
        return out.get();
    }

    /** The text the highlight is drawn on now. */
    private static String highlighted(MainView v, Note note) {
        Placement p = v.viewModel().annotations().placementOf(note.anchor()).orElseThrow(
                () -> new AssertionError("the highlight is unplaced"));
        return v.viewModel().reader().getLayout().blocks().get(p.blockIndex()).text().substring(p.start(), p.end());
    }

    private static Note onlyHighlight(MainView v) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.viewModel().annotations().notes().size() == 1);
        return v.viewModel().annotations().notes().get(0);
    }

    /** Checks the card is there, of the same highlight, hiding the same word, with its one Good review. */
    private static void cardSurvived(MainView v, Card made, Note highlight) throws Exception {
        List<Card> cards = read(v, c -> c.cards(made.articleId()));
        assertThat(cards).hasSize(1);
        Card card = cards.get(0);
        assertThat(card.id()).isEqualTo(made.id());
        assertThat(card.noteId()).isEqualTo(highlight.id());
        assertThat(card.kind()).isEqualTo(CardKind.CLOZE);
        assertThat(card.pieces()).filteredOn(Card.Piece::hidden).extracting(Card.Piece::text).containsExactly("elephant");
        assertThat(card.noteText()).isEqualTo(highlight.text());
        assertThat(card.sectionId()).isEqualTo(highlight.anchor().sectionId());
        List<Card> ofNote = read(v, c -> c.cardsOfNote(highlight.id()));
        assertThat(ofNote).extracting(Card::id).containsExactly(made.id());
        List<Review> history = read(v, c -> c.reviews(made.id()));
        assertThat(history).extracting(Review::grade).containsExactly(Grade.GOOD);
        assertThat(card.schedule().reps()).isEqualTo(1);
        assertThat(card.schedule().due()).isAfter(java.time.Instant.now());
    }

    @Test
    void aCardKeepsItsHighlightAndHistoryThroughReattachingAndANewVersionOfTheArticle() throws Exception {
        String v1 = new String(getClass().getResourceAsStream("/articles/us-russia-military-talks.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        Path file = dir.resolve("talks.json");
        Files.writeString(file, v1);
        Path data = dir.resolve("data");
        MainView v = margin.start(data, "--article", file.toString());

        // A highlight with a note, and a cloze card hiding "elephant".
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int block = layout.blockOf(UKRAINE, 0);
        int start = layout.blocks().get(block).text().indexOf(PASSAGE);
        robot.interact(() -> {
            v.readerView().area().selectRange(block, start, block, start + PASSAGE.length());
            v.popovers().offerHighlight();
        });
        robot.clickOn(".colour-swatch.hl-yellow");
        robot.clickOn(".note-editor .make-card");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.later().study().maker() != null);
        robot.clickOn(robot.lookup(".cloze-word").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getText().equals("elephant")).findFirst().orElseThrow());
        robot.clickOn(".card-maker-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.later().study().maker() == null);
        assertThat(v.later().study().queue().awaitIdle(5000)).isTrue();
        Note highlight = onlyHighlight(v);
        Card made = read(v, c -> c.cards(layout.article().id())).get(0);

        // Reviewed once, Good.
        StudyViewModel study = new StudyViewModel(v.later().study().queue(), new Scheduler(), Clock.systemUTC());
        robot.interact(() -> study.open(made.articleId(), "talks"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> study.cardProperty().get() != null);
        robot.interact(() -> {
            study.showAnswer();
            study.grade(Grade.GOOD);
        });
        assertThat(v.later().study().queue().awaitIdle(5000)).isTrue();
        cardSurvived(v, made, highlight);

        // 1. The reader attaches the highlight to more words ("… the room: Ukraine").
        String wider = PASSAGE + ": Ukraine";
        robot.interact(() -> assertThat(v.viewModel().annotations().reattach(highlight.id(), block, start,
                start + wider.length())).isTrue());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> highlighted(v, v.viewModel().annotations().note(highlight.id()).orElseThrow()).equals(wider));
        assertThat(v.later().study().queue().awaitIdle(5000)).isTrue();
        Note reattached = onlyHighlight(v);
        assertThat(reattached.id()).isEqualTo(highlight.id());
        cardSurvived(v, made, reattached);

        // 2. A new version of the file, opened again: a paragraph added before the passage's and words changed
        //    before the passage in its own paragraph, so the highlight is re-anchored to another paragraph and
        //    offset.
        String v2 = v1.replace("Alright, guys, let's get to the elephant in the room: Ukraine",
                        "Alright, guys, it is time, at last, to get to the elephant in the room: Ukraine")
                .replaceFirst("\\[\\s*\"Alright", "[\"A new first paragraph of this section, "
                        + "added in the second version of the article.\", \"Alright");
        assertThat(v2).isNotEqualTo(v1).contains("A new first paragraph");
        Files.writeString(file, v2);
        margin.stop();
        MainView again = margin.start(data, "--article", file.toString());
        ArticleLayout newLayout = again.viewModel().reader().getLayout();
        assertThat(newLayout.article().id()).isEqualTo(layout.article().id());
        assertThat(newLayout.blocks().get(newLayout.blockOf(UKRAINE, 0)).text()).startsWith("A new first paragraph");

        Note reimported = onlyHighlight(again);
        assertThat(reimported.id()).isEqualTo(highlight.id());
        assertThat(highlighted(again, reimported)).isEqualTo(wider);
        Placement moved = again.viewModel().annotations().placementOf(reimported.anchor()).orElseThrow();
        assertThat(moved.blockIndex()).isEqualTo(newLayout.blockOf(UKRAINE, 1));
        cardSurvived(again, made, reimported);
        java.util.Map<String, Integer> due = read(again, c -> c.dueCounts(java.time.Instant.now()));
        assertThat(due).as("reviewed Good today: not due").doesNotContainKey(made.articleId());
    }
}
