package app.margin.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindViewModelTest {

    private static final List<String> ARTICLE = List.of(
            "On War",
            "War is the continuation of policy. The war of 1812 was not the last war.",
            "Peace, they said, and War again.");

    private final FindViewModel find = new FindViewModel(Runnable::run, Runnable::run);

    @Test
    void countsHitsIgnoringCaseAndStartsAtTheFirst() {
        find.setText(ARTICLE);

        find.queryProperty().set("war");

        assertThat(find.hitsProperty().get()).hasSize(5);
        assertThat(find.currentIndexProperty().get()).isZero();
        assertThat(find.currentProperty().get()).isEqualTo(new Hit(0, 3, 6));
        assertThat(find.countTextProperty().get()).isEqualTo("1 of 5");
    }

    @Test
    void theBarOpenedAgainSearchesForWhatItHadWhenItClosed() {
        find.setText(ARTICLE);
        find.queryProperty().set("war");
        find.clear();
        assertThat(find.hitsProperty().get()).isEmpty();

        find.recallLastQuery();

        assertThat(find.queryProperty().get()).isEqualTo("war");
        assertThat(find.hitsProperty().get()).hasSize(5);
    }

    @Test
    void aQueryTypedBeforeTheBarOpensIsNotReplaced() {
        find.setText(ARTICLE);
        find.queryProperty().set("war");
        find.clear();
        find.queryProperty().set("peace");

        find.recallLastQuery();

        assertThat(find.queryProperty().get()).isEqualTo("peace");
    }

    @Test
    void turningOnMatchCaseSearchesAgain() {
        find.setText(ARTICLE);
        find.queryProperty().set("war");

        find.matchCaseProperty().set(true);

        assertThat(find.hitsProperty().get()).hasSize(2);
        assertThat(find.countTextProperty().get()).isEqualTo("1 of 2");
    }

    @Test
    void turningOnWholeWordSearchesAgain() {
        find.setText(List.of("warning: the war, the postwar years"));
        find.queryProperty().set("war");

        find.wholeWordProperty().set(true);

        assertThat(find.hitsProperty().get()).containsExactly(new Hit(0, 13, 16));
    }

    @Test
    void nextOnTwoHitsGoesToTheSecondAndBackToTheFirst() {
        find.setText(List.of("one war, two wars"));
        find.queryProperty().set("war");
        List<Integer> seen = new ArrayList<>(List.of(find.currentIndexProperty().get()));

        find.next();
        seen.add(find.currentIndexProperty().get());
        find.next();
        seen.add(find.currentIndexProperty().get());

        assertThat(seen).containsExactly(0, 1, 0);
        assertThat(find.countTextProperty().get()).isEqualTo("1 of 2");
    }

    @Test
    void previousFromTheFirstHitWrapsToTheLast() {
        find.setText(ARTICLE);
        find.queryProperty().set("war");

        find.previous();

        assertThat(find.currentIndexProperty().get()).isEqualTo(4);
        int last = ARTICLE.get(2).indexOf("War");
        assertThat(find.currentProperty().get()).isEqualTo(new Hit(2, last, last + 3));
        assertThat(find.countTextProperty().get()).isEqualTo("5 of 5");
    }

    @Test
    void aQueryThatFindsNothingSaysNoMatches() {
        find.setText(ARTICLE);

        find.queryProperty().set("treaty");

        assertThat(find.hitsProperty().get()).isEmpty();
        assertThat(find.currentIndexProperty().get()).isEqualTo(-1);
        assertThat(find.currentProperty().get()).isNull();
        assertThat(find.countTextProperty().get()).isEqualTo("No matches");
    }

    @Test
    void aQueryOfSpacesFindsNothingAndSaysNothing() {
        find.setText(ARTICLE);

        find.queryProperty().set("   ");

        assertThat(find.hitsProperty().get()).isEmpty();
        assertThat(find.currentIndexProperty().get()).isEqualTo(-1);
        assertThat(find.countTextProperty().get()).isEmpty();
    }

    @Test
    void aTenThousandCharacterQueryFindsNothing() {
        find.setText(ARTICLE);

        find.queryProperty().set("war ".repeat(2_500));

        assertThat(find.hitsProperty().get()).isEmpty();
        assertThat(find.countTextProperty().get()).isEqualTo("No matches");
    }

    @Test
    void theFirstHitAtOrAfterTheCaretBecomesCurrent() {
        find.setText(ARTICLE);
        find.setCaret(1, 36);

        find.queryProperty().set("war");

        assertThat(find.currentProperty().get()).isEqualTo(new Hit(1, 39, 42));
        assertThat(find.countTextProperty().get()).isEqualTo("3 of 5");
    }

    @Test
    void aCaretAfterTheLastHitWrapsToTheFirst() {
        find.setText(ARTICLE);
        find.setCaret(2, 30);

        find.queryProperty().set("war");

        assertThat(find.currentIndexProperty().get()).isZero();
    }

    @Test
    void typingMoreOfTheWordKeepsThePlaceReachedWithNext() {
        find.setText(List.of("the wall, the war, the wall, the war"));
        find.queryProperty().set("wa");
        find.next();
        find.next(); // the second "wall", at 23

        find.queryProperty().set("war");

        assertThat(find.currentProperty().get()).isEqualTo(new Hit(0, 33, 36));
    }

    @Test
    void aNewTextSearchesTheQueryAgain() {
        find.setText(ARTICLE);
        find.queryProperty().set("war");

        find.setText(List.of("no such word", "war"));

        assertThat(find.hitsProperty().get()).containsExactly(new Hit(1, 0, 3));
    }

    @Test
    void clearForgetsQueryAndHits() {
        find.setText(ARTICLE);
        find.queryProperty().set("war");

        find.clear();

        assertThat(find.queryProperty().get()).isEmpty();
        assertThat(find.hitsProperty().get()).isEmpty();
        assertThat(find.currentProperty().get()).isNull();
        assertThat(find.countTextProperty().get()).isEmpty();
    }

    @Test
    void hitsAreCappedAndTheCountSaysThereAreMore() {
        FindViewModel find = new FindViewModel(Runnable::run, Runnable::run);
        find.setText(java.util.Collections.nCopies(300, "a ".repeat(100)));

        find.queryProperty().set("a");

        assertThat(find.hitsProperty().get()).hasSize(10_000);
        assertThat(find.countTextProperty().get()).isEqualTo("1 of 10000+");
    }
}
