package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ArticleLayout;
import app.margin.model.study.Card;
import app.margin.model.study.CardKind;
import app.margin.model.study.Scheduler;
import app.margin.ui.shell.MainView;
import app.margin.ui.study.StudyViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student makes a cloze card from a highlight, reviews it (Good), and after a restart it is not due; with the
 * clock moved past its interval it is due again.
 */
class StudyFlowTest {

    private static final String UKRAINE = "ukraine-the-central-point-of-discussion";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private static String shownPassage() {
        return new FxRobot().lookup(".study-passage").queryAll().stream().findFirst()
                .map(flow -> ((javafx.scene.text.TextFlow) flow).getChildren().stream()
                        .map(n -> ((Text) n).getText()).reduce("", String::concat))
                .map(text -> text.replace('\u00A0', ' ')) // the gap's spaces do not break
                .orElse("");
    }

    @Test
    void theLibraryOffersStudyOnlyWhereCardsAreDue(@TempDir Path articles) throws Exception {
        MainView v = margin.start(dataDir);
        Path other = articles.resolve("other.md");
        java.nio.file.Files.writeString(other, "# Another article\n\nSomething else to read.\n");
        robot.interact(() -> v.library().openFile(other));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> v.viewModel().reader().getLayout().article().title().equals("Another article"));
        robot.interact(() -> v.library().refresh());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !v.library().entries().isEmpty());
        robot.clickOn(v.readerView().area());
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".library").tryQuery().isPresent()
                && !v.library().busyProperty().get());
        assertThat(v.later().study().queue().awaitIdle(5000)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".library .table-view").queryAs(javafx.scene.control.TableView.class).getItems())
                .isNotEmpty();

        assertThat(robot.lookup(".library-study").queryAllAs(javafx.scene.control.Button.class))
                .as("an article without cards, no Study button").noneMatch(b -> b.isVisible());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void clozeCardFromAHighlightReviewedGoodIsNotDueAfterRestartButIsOnceItsIntervalPasses() throws Exception {
        MainView v = margin.start(dataDir);
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int block = layout.blockOf(UKRAINE, 0);
        String paragraph = layout.blocks().get(block).text();
        int start = paragraph.indexOf("the elephant in the room");
        int end = start + "the elephant in the room".length();

        robot.interact(() -> {
            v.readerView().area().selectRange(block, start, block, end);
            v.popovers().offerHighlight();
        });
        robot.clickOn(".colour-swatch.hl-yellow");
        robot.clickOn(".note-editor .make-card");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.later().study().maker() != null);
        ToggleButton elephant = robot.lookup(".cloze-word").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getText().equals("elephant")).findFirst().orElseThrow();
        robot.clickOn(elephant);
        assertThat(elephant.isSelected()).isTrue();
        robot.clickOn(".card-maker-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.later().study().maker() == null
                || v.viewModel().noticeProperty().get() != null);
        assertThat(v.viewModel().noticeProperty().get().text()).startsWith("Made a cloze card");
        assertThat(v.later().study().queue().awaitIdle(5000)).isTrue();

        robot.clickOn(v.readerView().area());
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".library-study").tryQueryAs(
                javafx.scene.control.Button.class).map(b -> b.getText().equals("Study · 1 due")).orElse(false));
        robot.clickOn(".library-study");
        StudyViewModel study = v.later().study().viewModel();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> study.cardProperty().get() != null);
        Card card = study.cardProperty().get();
        assertThat(card.kind()).isEqualTo(CardKind.CLOZE);
        assertThat(shownPassage()).isEqualTo("the [ … ] in the room");
        assertThat(robot.lookup(".study-grade").tryQuery())
                .hasValueSatisfying(b -> assertThat(b.getParent().isVisible()).as("grades wait for the answer").isFalse());

        robot.type(KeyCode.SPACE);
        assertThat(study.answerShownProperty().get()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(study.reviewedProperty().get()).as("a second Space grades nothing").isZero();
        assertThat(shownPassage()).isEqualTo("the elephant in the room");
        assertThat(study.intervalLabelProperty(app.margin.model.study.Grade.GOOD).get()).isEqualTo("Good\n10 min");
        assertThat(robot.lookup(".grade-good").queryButton().getText()).as("its key on the button")
                .isEqualTo("3 · Good\n10 min");
        Instant reviewedAt = Instant.now();
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> study.reviewedProperty().get() == 1);
        assertThat(study.cardProperty().get()).as("on its 10-minute learning step it comes back").isNotNull();
        assertThat(study.intervalLabelProperty(app.margin.model.study.Grade.GOOD).get()).isEqualTo("Good\n2 d");
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> study.finishedProperty().get());
        assertThat(study.reviewedProperty().get()).isEqualTo(2);
        assertThat(robot.from(v.later().study().window().getScene().getRoot()).lookup(".study-empty").queryLabeled()
                .getText()).contains("Done for now", "Esc closes this window");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.later().study().window().isShowing()).as("Esc closes the review window").isFalse();

        MainView again = margin.restart();
        robot.clickOn(again.readerView().area());
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        StudyViewModel after = again.later().study().viewModel();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> again.later().study().window() != null
                && !after.loadingProperty().get());
        assertThat(after.cardProperty().get()).as("not due the day it was reviewed Good").isNull();
        assertThat(robot.from(again.later().study().window().getScene().getRoot()).lookup(".study-empty").queryLabeled().getText()).contains("No cards are due", "1 card, next due ");
        robot.clickOn(".study-close");
        assertThat(again.later().study().window().isShowing()).as("the done screen's Close closes the window").isFalse();

        StudyViewModel twoDaysOn = new StudyViewModel(again.later().study().queue(), new Scheduler(),
                Clock.fixed(reviewedAt.plus(Duration.ofDays(2)).plusSeconds(60), ZoneOffset.UTC));
        robot.interact(() -> twoDaysOn.open(card.articleId(), "later"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !twoDaysOn.loadingProperty().get());
        assertThat(twoDaysOn.cardProperty().get()).as("due once its interval has passed").isNotNull();
        assertThat(twoDaysOn.cardProperty().get().id()).isEqualTo(card.id());
        assertThat(twoDaysOn.cardProperty().get().schedule().reps()).isEqualTo(2);
    }

    /** The cards of the article as the store has them now, read in order after everything queued. */
    private static java.util.List<Card> cardsNow(MainView v, String articleId) throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.util.List<Card>> read = new java.util.concurrent.atomic.AtomicReference<>();
        v.later().study().queue().run(cards -> cards.cards(articleId), read::set);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> read.get() != null);
        return read.get();
    }

    @Test
    void deletingAHighlightAsksAboutItsCardAndUndoBringsBothBack() throws Exception {
        MainView v = margin.start(dataDir);
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int block = layout.blockOf(UKRAINE, 0);
        String paragraph = layout.blocks().get(block).text();
        int start = paragraph.indexOf("the elephant in the room");
        app.margin.model.Note[] note = new app.margin.model.Note[1];
        robot.interact(() -> note[0] = v.viewModel().annotations()
                .addHighlight(block, start, start + 24, app.margin.model.HighlightColor.BLUE).orElseThrow());
        app.margin.ui.study.CardMakerViewModel maker = new app.margin.ui.study.CardMakerViewModel(note[0],
                v.later().study().queue(), Clock.systemUTC());
        maker.toggleWord(1);
        robot.interact(() -> maker.save(c -> { }));
        String articleId = note[0].articleId();
        assertThat(cardsNow(v, articleId)).hasSize(1);
        String cardId = cardsNow(v, articleId).get(0).id();

        robot.interact(() -> v.later().openStudy());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.later().study().viewModel().cardProperty().get() != null);
        robot.interact(() -> v.later().study().viewModel().showAnswer());
        robot.clickOn(".study-in-context");
        assertThat(v.readerView().area().getSelectedText()).as("the passage, shown in the article")
                .isEqualTo("the elephant in the room");
        robot.interact(() -> v.later().study().window().close());

        robot.interact(() -> v.viewModel().annotations().deleteNote(note[0].id()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.later().study().asking() != null);
        assertThat(v.later().study().asking().getHeaderText()).contains("had a study card");
        robot.clickOn("Delete Card");
        assertThat(v.later().study().queue().awaitIdle(5000)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cardsNow(v, articleId)).isEmpty();

        robot.interact(() -> v.viewModel().undo());
        assertThat(v.viewModel().annotations().note(note[0].id())).isPresent();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !cardsNow(v, articleId).isEmpty());
        assertThat(cardsNow(v, articleId)).extracting(Card::id).containsExactly(cardId);
    }
}
