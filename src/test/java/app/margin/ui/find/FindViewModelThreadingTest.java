package app.margin.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.queue.Background;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** Long texts are searched on the background executor; both executors are driven by hand here. */
class FindViewModelThreadingTest {

    /** Just over the limit, so searches go to the background; "war" at 0 of block 1, "peace" at 0 of block 2. */
    private static final List<String> LONG_ARTICLE = List.of(
            "x".repeat((int) FindViewModel.SYNC_LIMIT_CHARS), "war", "peace");

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Deque<Runnable> fx = new ArrayDeque<>();
    private final FindViewModel find = new FindViewModel(background::add, fx::add);

    private static void runAll(Deque<Runnable> tasks) {
        while (!tasks.isEmpty()) {
            tasks.removeFirst().run();
        }
    }

    @Test
    void shortTextsAreSearchedAtOnceWithoutTheBackground() {
        find.setText(List.of("war"));

        find.queryProperty().set("war");

        assertThat(background).isEmpty();
        assertThat(find.hitsProperty().get()).containsExactly(new Hit(0, 0, 3));
    }

    @Test
    void longTextsAreSearchedInTheBackgroundAndPublishedOnFx() {
        find.setText(LONG_ARTICLE);
        find.queryProperty().set("war");
        assertThat(find.searchingProperty().get()).isTrue();

        runAll(background);
        assertThat(find.hitsProperty().get()).isEmpty();
        runAll(fx);

        assertThat(find.hitsProperty().get()).containsExactly(new Hit(1, 0, 3));
        assertThat(find.countTextProperty().get()).isEqualTo("1 of 1");
        assertThat(find.searchingProperty().get()).isFalse();
    }

    @Test
    void aSearchOvertakenBeforeItRanPublishesNothing() {
        find.setText(LONG_ARTICLE);
        find.queryProperty().set("war");
        find.queryProperty().set("peace");
        Runnable warSearch = background.removeFirst();
        Runnable peaceSearch = background.removeFirst();

        peaceSearch.run();
        runAll(fx);
        warSearch.run();

        assertThat(fx).isEmpty();

        assertThat(find.hitsProperty().get()).containsExactly(new Hit(2, 0, 5));
        assertThat(find.searchingProperty().get()).isFalse();
    }

    @Test
    void resultsArrivingAfterTheQueryChangedAreIgnored() {
        find.setText(LONG_ARTICLE);
        find.queryProperty().set("war");
        runAll(background); // the "war" hits are now waiting on the FX queue

        find.queryProperty().set("peace");
        runAll(fx);

        assertThat(find.hitsProperty().get()).isEmpty();
        assertThat(find.searchingProperty().get()).isTrue();
        runAll(background);
        runAll(fx);
        assertThat(find.hitsProperty().get()).containsExactly(new Hit(2, 0, 5));
    }

    @Test
    void clearingDropsTheSearchStillRunning() {
        find.setText(LONG_ARTICLE);
        find.queryProperty().set("war");

        find.clear();
        runAll(background);
        runAll(fx);

        assertThat(find.hitsProperty().get()).isEmpty();
        assertThat(find.countTextProperty().get()).isEmpty();
        assertThat(find.searchingProperty().get()).isFalse();
    }

    @Test
    void aSearchThatFailsEndsSearchingAndSaysSo() {
        FindViewModel failing = new FindViewModel(new Background(background::add, fx::add),
                (texts, query, matchCase, wholeWord, cancelled) -> {
                    throw new IllegalStateException("the search broke");
                });
        failing.setText(LONG_ARTICLE);
        failing.queryProperty().set("war");
        assertThat(failing.searchingProperty().get()).isTrue();

        runAll(background);
        runAll(fx);

        assertThat(failing.searchingProperty().get()).isFalse();
        assertThat(failing.hitsProperty().get()).isEmpty();
        assertThat(failing.currentProperty().get()).isNull();
        assertThat(failing.countTextProperty().get()).isEqualTo("Search failed");
    }

    @Test
    void aSearchTheClosedBackgroundRefusesEndsSearching() {
        FindViewModel refused = new FindViewModel(task -> {
            throw new RejectedExecutionException("closed");
        }, fx::add);
        refused.setText(LONG_ARTICLE);

        refused.queryProperty().set("war");
        runAll(fx);

        assertThat(refused.searchingProperty().get()).isFalse();
        assertThat(refused.countTextProperty().get()).isEqualTo("Search failed");
    }
}
