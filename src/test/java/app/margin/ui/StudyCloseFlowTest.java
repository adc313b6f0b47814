package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.study.Card;
import app.margin.model.study.Grade;
import app.margin.store.AnnotationStore;
import app.margin.store.CardStore;
import app.margin.store.StoreOpener;
import app.margin.ui.shell.MainView;
import app.margin.ui.study.CardMakerViewModel;
import app.margin.ui.study.StudyViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A card graded just before Margin closes: closing leaves the grade's write to the store's queue, which runs it
 * before the file closes, instead of waiting on the FX thread for the card work to finish.
 */
class StudyCloseFlowTest {

    private static final String UKRAINE = "ukraine-the-central-point-of-discussion";
    /**
     * Closing once waited on the FX thread for card work, up to 2 s, and then for the store's queue, up to 0.6 s:
     * with the queue held, never less than 2.6 s. Without the first wait it takes the store's 0.6 s and the rest of
     * closing (about 0.9 s in all here).
     */
    private static final long WITH_A_CARD_WAIT_MILLIS = 2500;

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    @Test
    void aGradeWaitingInTheQueueWhenMarginClosesIsOnDiskAfterwardAndClosingDoesNotWaitForIt() throws Exception {
        MainView v = margin.start(dataDir);
        Card card = makeCard(v);
        StudyViewModel study = v.later().study().viewModel();
        robot.interact(() -> v.later().openStudy());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> study.cardProperty().get() != null);
        robot.interact(study::showAnswer);

        // The store's queue is busy (a long write, say) when the grade is given, and until closing has returned.
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Thread> storeThread = new AtomicReference<>();
        v.later().study().queue().run(cards -> {
            storeThread.set(Thread.currentThread());
            busy.countDown();
            try {
                closed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }, ignored -> { });
        assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
        robot.interact(() -> study.grade(Grade.GOOD));

        long before = System.nanoTime();
        margin.stop();
        long closingMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
        closed.countDown();
        // The queue runs the grade, then closes the file, and its thread ends.
        storeThread.get().join(10_000);
        assertThat(storeThread.get().isAlive()).as("the store's queue has closed").isFalse();

        AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store();
        try {
            assertThat(CardStore.of(store).reviews(card.id())).as("the grade given just before closing")
                    .singleElement().satisfies(r -> assertThat(r.grade()).isEqualTo(Grade.GOOD));
        } finally {
            store.close();
        }
        assertThat(closingMillis).as("closing does not wait for the card queue").isLessThan(WITH_A_CARD_WAIT_MILLIS);
    }

    /** A cloze card on a highlight, made and written. */
    private Card makeCard(MainView v) throws Exception {
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int block = layout.blockOf(UKRAINE, 0);
        int start = layout.blocks().get(block).text().indexOf("the elephant in the room");
        Note[] note = new Note[1];
        robot.interact(() -> note[0] = v.viewModel().annotations()
                .addHighlight(block, start, start + 24, HighlightColor.BLUE).orElseThrow());
        CardMakerViewModel maker = new CardMakerViewModel(note[0], v.later().study().queue(), Clock.systemUTC());
        maker.toggleWord(1);
        AtomicReference<Card> made = new AtomicReference<>();
        robot.interact(() -> maker.save(made::set));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> made.get() != null);
        AtomicReference<List<Card>> cards = new AtomicReference<>();
        v.later().study().queue().run(c -> c.cards(note[0].articleId()), cards::set);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cards.get() != null);
        assertThat(cards.get()).extracting(Card::id).containsExactly(made.get().id());
        return made.get();
    }
}
