package app.margin.model.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    private final Scheduler scheduler = new Scheduler();

    /** A clock that stands still until moved, so each review happens exactly when the test says. */
    private static final class Hands {
        Instant now = START;

        Clock clock() {
            return Clock.fixed(now, ZoneOffset.UTC);
        }
    }

    @Test
    void goodEveryTimeItIsDueSpacesReviewsOutOverMonths() {
        Hands hands = new Hands();
        CardSchedule card = CardSchedule.fresh(START);
        List<Long> gaps = new ArrayList<>();
        while (Duration.between(START, hands.now).toDays() < 365) {
            assertThat(card.isDueAt(hands.clock().instant())).isTrue();
            CardSchedule next = scheduler.review(card, Grade.GOOD, hands.clock().instant());
            gaps.add(Duration.between(hands.now, next.due()).toDays());
            assertThat(next.isDueAt(hands.now.plus(Duration.ofDays(gaps.get(gaps.size() - 1))).minusSeconds(1)))
                    .as("not due a second before its interval ends").isFalse();
            hands.now = next.due();
            card = next;
        }
        // Good at each due date: FSRS-6 defaults give 2 days, then each gap several times the last.
        assertThat(gaps.get(0)).isEqualTo(2);
        for (int i = 1; i < gaps.size(); i++) {
            assertThat(gaps.get(i)).isGreaterThan(gaps.get(i - 1));
        }
        assertThat(gaps.size()).as("reviews in the first year").isBetween(4, 7);
        assertThat(card.reps()).isEqualTo(gaps.size());
        assertThat(card.lapses()).isZero();
    }

    @Test
    void forgettingBringsTheCardBackInTenMinutesAndShortensItsInterval() {
        Instant now = START;
        CardSchedule card = CardSchedule.fresh(now);
        for (int i = 0; i < 4; i++) {
            card = scheduler.review(card, Grade.GOOD, now);
            now = card.due();
        }
        long before = Duration.between(card.lastReview(), card.due()).toDays();
        CardSchedule lapsed = scheduler.review(card, Grade.AGAIN, now);
        assertThat(lapsed.due()).isEqualTo(now.plus(Scheduler.AGAIN_STEP));
        assertThat(lapsed.lapses()).isEqualTo(1);
        CardSchedule relearnt = scheduler.review(lapsed, Grade.GOOD, lapsed.due());
        assertThat(Duration.between(relearnt.lastReview(), relearnt.due()).toDays()).isLessThan(before);
    }

    @Test
    void buttonsAreOrderedAndMatchWhatTheReviewDoes() {
        Instant now = START.plus(Duration.ofDays(3));
        CardSchedule card = scheduler.review(CardSchedule.fresh(START), Grade.GOOD, START);
        Map<Grade, Duration> shown = scheduler.intervals(card, now);
        assertThat(shown.get(Grade.AGAIN)).isEqualTo(Duration.ofMinutes(10));
        assertThat(shown.get(Grade.HARD)).isLessThanOrEqualTo(shown.get(Grade.GOOD));
        assertThat(shown.get(Grade.GOOD)).isLessThan(shown.get(Grade.EASY));
        for (Grade g : Grade.values()) {
            assertThat(scheduler.review(card, g, now).due()).isEqualTo(now.plus(shown.get(g)));
        }
    }

    @Test
    void newCardIntervalsFollowTheInitialStabilities() {
        Map<Grade, Duration> shown = scheduler.intervals(CardSchedule.fresh(START), START);
        // S0 = 1.2931, 2.3065, 8.2956 days; at 90% retention the interval is the stability, rounded.
        assertThat(shown.get(Grade.HARD)).isEqualTo(Duration.ofDays(1));
        assertThat(shown.get(Grade.GOOD)).isEqualTo(Duration.ofDays(2));
        assertThat(shown.get(Grade.EASY)).isEqualTo(Duration.ofDays(8));
    }

    @Test
    void clockMovedBackCountsAsTheSameDayAndNeverRecordsAFutureReview() {
        CardSchedule card = scheduler.review(CardSchedule.fresh(START), Grade.GOOD, START);
        Instant earlier = START.minus(Duration.ofDays(40));
        assertThat(scheduler.retrievability(card, earlier)).isEqualTo(1.0);
        CardSchedule again = scheduler.review(card, Grade.GOOD, earlier);
        assertThat(again.lastReview()).isEqualTo(earlier);
        assertThat(again.lastReview()).isBeforeOrEqualTo(earlier);
        assertThat(again.due()).isAfter(earlier);
        assertThat(again.memory().stability()).as("a same-day Good never lowers stability")
                .isGreaterThanOrEqualTo(card.memory().stability());
        for (Grade g : Grade.values()) {
            assertThat(scheduler.intervals(card, earlier).get(g)).isPositive();
        }
    }

    @Test
    void intervalNeverPassesTheMaximum() {
        Scheduler capped = new Scheduler(new Fsrs(), 0.9, 30);
        CardSchedule card = CardSchedule.fresh(START);
        Instant now = START;
        for (int i = 0; i < 10; i++) {
            card = capped.review(card, Grade.EASY, now);
            now = card.due();
        }
        assertThat(Duration.between(card.lastReview(), card.due()).toDays()).isEqualTo(30);
    }

    @Test
    void labelsReadLikeAnkisButtons() {
        assertThat(Intervals.label(Duration.ofMinutes(10))).isEqualTo("10 min");
        assertThat(Intervals.label(Duration.ofDays(3))).isEqualTo("3 d");
        assertThat(Intervals.label(Duration.ofDays(61))).isEqualTo("2 mo");
        assertThat(Intervals.label(Duration.ofDays(548))).isEqualTo("1.5 y");
    }
}
