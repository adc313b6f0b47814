package app.margin.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Anchor;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.study.Card;
import app.margin.model.study.ClozeRange;
import app.margin.model.study.Grade;
import app.margin.model.study.Scheduler;
import app.margin.store.AnnotationStore;
import app.margin.store.CardStore;
import app.margin.store.StoreOpener;
import app.margin.ui.format.Dates;
import app.margin.ui.queue.StoreQueue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The review window's content in the dark theme: the answer reads as well as the question; done, it says what comes. */
class StudyViewTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final String PARAGRAPH = "Talks between the militaries are a safety valve in a crisis.";

    @TempDir
    Path dataDir;

    private AnnotationStore store;
    private CardStore cards;
    private StudyViewModel viewModel;
    private StudyView view;
    private Stage stage;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        store = StoreOpener.open(dataDir, Clock.fixed(T0, ZoneOffset.UTC)).store();
        cards = CardStore.of(store);
        store.saveNote(new Note("h1", "article", "hash", NoteKind.HIGHLIGHT, Anchor.passage("s1", 0, PARAGRAPH, 0,
                PARAGRAPH.length()), HighlightColor.YELLOW, "Because talks are a safety valve.", List.of(), T0, T0));
        CardQueue queue = new CardQueue(StoreQueue.over(CompletableFuture.completedFuture(store), Runnable::run),
                Runnable::run, problem -> { throw new AssertionError(problem); });
        viewModel = new StudyViewModel(queue, new Scheduler(), Clock.fixed(T0, ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::close).get();
        }
        store.close();
    }

    private void show() throws Exception {
        show(760, "Talks");
    }

    private void show(double width, String title) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view = new StudyView(viewModel, new Dates(Locale.US, ZoneOffset.UTC));
            view.pseudoClassStateChanged(PseudoClass.getPseudoClass("dark"), true);
            Scene scene = new Scene(view, width, 520);
            scene.getStylesheets().add(StudyViewTest.class.getResource("/css/margin.css").toExternalForm());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            viewModel.open("article", title);
            view.applyCss();
            view.layout();
        }).get();
    }

    private <T extends Node> T one(String selector, Class<T> type) {
        return type.cast(view.lookup(selector));
    }

    /**
     * A new user's study window at its narrower sizes cut the header to "Study — Documentation de la classe yathesis
     * (Documentation of the class yat…  1 to …": the count is whole and the title wraps, both inside the window.
     */
    @Test
    void aLongTitleWrapsAndTheCountStaysWholeInANarrowWindow() throws Exception {
        cards.saveCard(Card.basic("c1", "h1", "article", "s1", "Why keep talking?", PARAGRAPH,
                "Because talks are a safety valve.", T0));
        show(480, "Documentation de la classe yathesis (Documentation of the class yathesis)");
        Label count = one(".study-count", Label.class);
        Label title = one(".study-title", Label.class);
        assertThat(count.getText()).isEqualTo("1 to review");
        assertThat(drawn(count)).as("the count, whole").isEqualTo("1 to review");
        assertThat(drawn(title)).as("the title, whole").isEqualTo(title.getText());
        double right = WaitForAsyncUtils.asyncFx(() -> count.localToScene(count.getLayoutBounds()).getMaxX()).get();
        assertThat(right).as("the count inside the window").isLessThanOrEqualTo(480);
        double titleRight = WaitForAsyncUtils.asyncFx(() -> title.localToScene(title.getLayoutBounds()).getMaxX())
                .get();
        assertThat(titleRight).as("the title ends before the count")
                .isLessThanOrEqualTo(WaitForAsyncUtils.asyncFx(() -> count.localToScene(count.getLayoutBounds())
                        .getMinX()).get());
    }

    /** The text a label draws (with its ellipsis, when cut), its wrapped lines joined by spaces. */
    private static String drawn(Label label) {
        return label.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .reduce("", (a, b) -> a + b).replaceAll("\\s*\n\\s*", " ").strip();
    }

    @Test
    void aBasicAnswerIsAsLargeAndAsDarkAsTheQuestionBelowARule() throws Exception {
        cards.saveCard(Card.basic("c1", "h1", "article", "s1", "Why keep talking?", PARAGRAPH,
                "Because talks are a safety valve.", T0));
        show();
        WaitForAsyncUtils.asyncFx(() -> {
            viewModel.showAnswer();
            view.applyCss();
            view.layout();
        }).get();
        Label question = one(".study-prompt", Label.class);
        Label answer = one(".study-answer .study-note", Label.class);
        assertThat(answer.getText()).isEqualTo("Because talks are a safety valve.");
        assertThat(answer.getTextFill()).as("full contrast, as the question").isEqualTo(question.getTextFill());
        assertThat(answer.getFont().getSize()).as("full size").isGreaterThanOrEqualTo(18);
        assertThat(view.lookup(".study-rule")).as("a rule between question and answer").isNotNull();
        shots("study-answer");
    }

    @Test
    void aSectionNotesCardAsksWithTheSectionsTitleAndAnswersWithTheNote() throws Exception {
        cards.saveCard(Card.basic("c2", "n1", "article", "s1", "", "", "Talks resume in Geneva in May.", T0));
        show();
        WaitForAsyncUtils.asyncFx(() -> {
            viewModel.setSectionTitles("article", java.util.Map.of("s1", "The Geneva Round"));
            viewModel.showAnswer();
            view.applyCss();
            view.layout();
        }).get();
        assertThat(one(".study-prompt", Label.class).getText()).isEqualTo("The Geneva Round");
        assertThat(one(".study-answer .study-note", Label.class).getText())
                .as("the note, which the front no longer gives away, is the answer")
                .isEqualTo("Talks resume in Geneva in May.");
    }

    /** With -Dmargin.shots: the window as it is, dark and then light. */
    private void shots(String name) throws Exception {
        if (!app.margin.ui.Shots.on()) {
            return;
        }
        WaitForAsyncUtils.asyncFx(() -> {
            app.margin.ui.Shots.save(stage.getScene(), name + "-dark");
            view.pseudoClassStateChanged(PseudoClass.getPseudoClass("dark"), false);
            view.applyCss();
            view.layout();
            app.margin.ui.Shots.save(stage.getScene(), name + "-light");
            view.pseudoClassStateChanged(PseudoClass.getPseudoClass("dark"), true);
        }).get();
    }

    @Test
    void aClozeGapIsOneRunThatDoesNotBreakAcrossLines() throws Exception {
        int at = PARAGRAPH.indexOf("safety");
        cards.saveCard(Card.cloze("c1", "h1", "article", "s1", PARAGRAPH, "",
                List.of(new ClozeRange(at, at + "safety".length())), T0));
        show();
        Text gap = one(".cloze-gap", Text.class);
        assertThat(gap.getText()).isEqualTo("[\u00A0…\u00A0]").doesNotContain(" ");
        assertThat(((TextFlow) gap.getParent()).getChildren()).hasSize(3);
    }

    @Test
    void doneWithTheOnlyCardItSaysWhenTheNextIsDueAndOffersClose() throws Exception {
        int at = PARAGRAPH.indexOf("safety");
        cards.saveCard(Card.cloze("c1", "h1", "article", "s1", PARAGRAPH, "",
                List.of(new ClozeRange(at, at + "safety".length())), T0));
        show();
        AtomicBoolean closed = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> {
            view.setOnClose(() -> closed.set(true));
            viewModel.showAnswer();
            viewModel.grade(Grade.GOOD); // the 10-minute learning step: it comes back in this sitting
            viewModel.showAnswer();
            viewModel.grade(Grade.GOOD); // graduates: 2 days
        }).get();
        assertThat(one(".study-empty", Label.class).getText())
                .isEqualTo("Done for now: 2 reviewed. 1 card, next due Mar 4, 2026 at 9:00 AM. Esc closes this window.");
        Button close = one(".study-close", Button.class);
        assertThat(close.isVisible()).isTrue();
        shots("study-done");
        WaitForAsyncUtils.asyncFx(close::fire).get();
        assertThat(closed).isTrue();

        WaitForAsyncUtils.asyncFx(() -> viewModel.open("article", "Talks")).get();
        assertThat(one(".study-empty", Label.class).getText())
                .as("opened again with none due: there are cards, and one comes then")
                .isEqualTo("No cards are due now. 1 card, next due Mar 4, 2026 at 9:00 AM.");
    }
}
