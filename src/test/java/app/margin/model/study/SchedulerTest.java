package app.margin.model.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.margin.model.study.CardSchedule.Phase;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scheduler against Anki's rules (FSRS on, default options: learning steps 1 min and 10 min, relearning step
 * 10 min, next day at 4 am), in Europe/Berlin. The memory states expected were computed with a short script that
 * writes FSRS-6 as py-fsrs 6 does ({@code _initial_stability}, {@code _short_term_stability},
 * {@code _next_stability}, {@code _next_difficulty}, {@code _next_interval} = round(S) at 90% retention, at least
 * 1) and counts days as Anki's answering path does (see {@link DayBoundaryTest}); steps follow Anki's
 * {@code steps.rs}, {@code learning.rs} and {@code relearning.rs}.
 */
class SchedulerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    private final Scheduler scheduler = new Scheduler(new DayBoundary(BERLIN, 4));

    private static Instant at(String local) {
        return OffsetDateTime.parse(local).toInstant();
    }

    /** A card that graduated with Good on its first day: in review, S0(Good), D0(Good), reviewed at {@code when}. */
    private static CardSchedule inReview(Instant when) {
        Fsrs fsrs = new Fsrs();
        return new CardSchedule(fsrs.initial(Grade.GOOD), when, when.plus(Duration.ofDays(2)), 2, 0);
    }

    @Test
    void aNewCardIsLearntInAnkisStepsThenGraduates() {
        Instant t = at("2026-01-12T19:00+01:00");
        CardSchedule card = CardSchedule.fresh(t);
        Map<Grade, Duration> fresh = scheduler.intervals(card, t);
        assertThat(fresh.get(Grade.AGAIN)).isEqualTo(Duration.ofMinutes(1));
        assertThat(fresh.get(Grade.HARD)).isEqualTo(Duration.ofSeconds(330)); // (1 min + 10 min) / 2
        assertThat(fresh.get(Grade.GOOD)).isEqualTo(Duration.ofMinutes(10));
        assertThat(fresh.get(Grade.EASY)).isEqualTo(Duration.ofDays(8)); // S0(Easy) 8.2956 rounded

        CardSchedule again = scheduler.review(card, Grade.AGAIN, t);
        assertThat(again.phase()).isEqualTo(Phase.LEARNING);
        assertThat(again.step()).isZero();
        assertThat(again.due()).isEqualTo(t.plus(Duration.ofMinutes(1)));
        assertThat(again.memory().stability()).isEqualTo(0.212);
        assertThat(again.lapses()).as("forgetting a card not yet learnt is no lapse").isZero();

        CardSchedule good = scheduler.review(again, Grade.GOOD, again.due());
        assertThat(good.phase()).isEqualTo(Phase.LEARNING);
        assertThat(good.step()).isEqualTo(1);
        assertThat(good.due()).isEqualTo(again.due().plus(Duration.ofMinutes(10)));
        // same day: short-term S' = S·e^(w17·(G−3+w18))·S^−w19
        assertThat(good.memory().stability()).isCloseTo(0.24668918777567272, within(1e-12));
        assertThat(good.memory().difficulty()).isCloseTo(6.402115069296838, within(1e-12));
        assertThat(scheduler.intervals(good, good.due()).get(Grade.HARD)).as("Hard repeats the step")
                .isEqualTo(Duration.ofMinutes(10));

        CardSchedule graduated = scheduler.review(good, Grade.GOOD, good.due());
        assertThat(graduated.phase()).isEqualTo(Phase.REVIEW);
        assertThat(graduated.step()).isZero();
        assertThat(graduated.memory().stability()).isCloseTo(0.2842063592758949, within(1e-12));
        assertThat(graduated.memory().difficulty()).isCloseTo(6.3909413235243795, within(1e-12));
        assertThat(graduated.due()).isEqualTo(good.due().plus(Duration.ofDays(1)));
        assertThat(graduated.reps()).isEqualTo(3);
    }

    @Test
    void anEasyTwentyTwoHoursLaterAcrossOneRolloverCountsOneDay() {
        Instant last = at("2026-01-12T20:00+01:00");
        CardSchedule card = new CardSchedule(new MemoryState(0.2842063592758949, 6.3909413235243795), last,
                last.plus(Duration.ofDays(1)), 3, 0);
        Instant now = at("2026-01-13T18:48+01:00");
        assertThat(scheduler.daysSinceLastReview(card, now)).isEqualTo(1);
        CardSchedule easy = scheduler.review(card, Grade.EASY, now);
        assertThat(easy.memory().stability()).isCloseTo(3.782543614806619, within(1e-12));
        assertThat(easy.memory().difficulty()).isCloseTo(5.170190465277389, within(1e-12));
        assertThat(easy.due()).isEqualTo(now.plus(Duration.ofDays(4)));
        Review review = scheduler.record("c", card, easy, Grade.EASY);
        assertThat(review.elapsedDays()).isEqualTo(1.0);
    }

    @Test
    void reviewVectorsAcrossDaysDstAndAClockMovedBack() {
        // {last review, now, days by Anki's count, S after Good, Hard/Good/Easy intervals in days}
        Object[][] vectors = {
            {"2026-01-12T09:00+01:00", "2026-01-12T22:00+01:00", 0L, 2.3065, new long[] {1, 2, 4}},
            {"2026-01-12T23:00+01:00", "2026-01-13T05:00+01:00", 1L, 7.315300744077282, new long[] {5, 7, 12}},
            {"2026-01-12T05:00+01:00", "2026-01-14T19:24+01:00", 2L, 10.964332335820703, new long[] {8, 11, 19}},
            {"2026-03-28T16:30+01:00", "2026-03-29T05:00+02:00", 1L, 7.315300744077282, new long[] {5, 7, 12}},
            {"2026-10-24T14:00+02:00", "2026-10-25T02:30+01:00", 0L, 2.3065, new long[] {1, 2, 4}},
            {"2026-10-24T04:30+02:00", "2026-10-25T10:00+01:00", 2L, 10.964332335820703, new long[] {8, 11, 19}},
            {"2026-01-13T10:00+01:00", "2026-01-12T10:00+01:00", 0L, 2.3065, new long[] {1, 2, 4}},
        };
        for (Object[] v : vectors) {
            CardSchedule card = inReview(at((String) v[0]));
            Instant now = at((String) v[1]);
            String what = v[0] + " → " + v[1];
            assertThat(scheduler.daysSinceLastReview(card, now)).as(what).isEqualTo(v[2]);
            CardSchedule good = scheduler.review(card, Grade.GOOD, now);
            assertThat(good.memory().stability()).as(what).isCloseTo((Double) v[3], within(1e-12));
            assertThat(good.memory().difficulty()).as(what).isCloseTo(2.1112142357853942, within(1e-12));
            assertThat(good.lastReview()).as("recorded at the clock's time, never later").isEqualTo(now);
            long[] expected = (long[]) v[4];
            Map<Grade, Duration> shown = scheduler.intervals(card, now);
            assertThat(List.of(shown.get(Grade.HARD), shown.get(Grade.GOOD), shown.get(Grade.EASY))).as(what)
                    .containsExactly(Duration.ofDays(expected[0]), Duration.ofDays(expected[1]),
                            Duration.ofDays(expected[2]));
        }
    }

    @Test
    void aLapseIsRelearntInATenMinuteStepAndHardStaysThere() {
        CardSchedule card = inReview(at("2026-01-12T09:00+01:00"));
        Instant now = at("2026-01-19T09:00+01:00"); // 7 days
        assertThat(scheduler.intervals(card, now).get(Grade.AGAIN)).isEqualTo(Scheduler.AGAIN_STEP);
        CardSchedule lapsed = scheduler.review(card, Grade.AGAIN, now);
        assertThat(lapsed.phase()).isEqualTo(Phase.RELEARNING);
        assertThat(lapsed.due()).isEqualTo(now.plus(Duration.ofMinutes(10)));
        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(lapsed.memory().stability()).isCloseTo(0.7178527669042931, within(1e-12));
        assertThat(lapsed.memory().difficulty()).isCloseTo(7.394502741279718, within(1e-12));

        Map<Grade, Duration> relearning = scheduler.intervals(lapsed, lapsed.due());
        assertThat(relearning.get(Grade.AGAIN)).isEqualTo(Duration.ofMinutes(10));
        assertThat(relearning.get(Grade.HARD)).isEqualTo(Duration.ofMinutes(15)); // one step: half as long again
        assertThat(relearning.get(Grade.GOOD)).isEqualTo(Duration.ofDays(1));
        assertThat(relearning.get(Grade.EASY)).as("Easy graduates a day past Good").isEqualTo(Duration.ofDays(2));

        CardSchedule hard = scheduler.review(lapsed, Grade.HARD, lapsed.due());
        assertThat(hard.phase()).as("Hard right after a lapse stays in relearning").isEqualTo(Phase.RELEARNING);
        assertThat(hard.due()).isEqualTo(lapsed.due().plus(Duration.ofMinutes(15)));
        assertThat(hard.memory().stability()).isCloseTo(0.448116203702459, within(1e-12));
        assertThat(hard.lapses()).isEqualTo(1);

        Map<Grade, Duration> after = scheduler.intervals(hard, hard.due());
        assertThat(after.get(Grade.EASY)).isEqualTo(Duration.ofDays(2));
        CardSchedule relearnt = scheduler.review(hard, Grade.GOOD, hard.due());
        assertThat(relearnt.phase()).isEqualTo(Phase.REVIEW);
        assertThat(relearnt.memory().stability()).isCloseTo(0.496382311683612, within(1e-12));
        assertThat(relearnt.memory().difficulty()).isCloseTo(8.24255066421011, within(1e-12));
        assertThat(relearnt.due()).isEqualTo(hard.due().plus(Duration.ofDays(1)));
        assertThat(relearnt.lapses()).isEqualTo(1);
    }

    @Test
    void goodEveryTimeItIsDueSpacesReviewsOutOverMonths() {
        Instant now = START;
        CardSchedule card = CardSchedule.fresh(START);
        List<Duration> gaps = new ArrayList<>();
        while (Duration.between(START, now).toDays() < 365) {
            CardSchedule next = scheduler.review(card, Grade.GOOD, now);
            gaps.add(Duration.between(now, next.due()));
            assertThat(next.isDueAt(next.due().minusSeconds(1))).as("not due a second early").isFalse();
            now = next.due();
            card = next;
        }
        // the 10-minute step, then FSRS-6 defaults give 2 days, then each gap longer than the last
        assertThat(gaps.get(0)).isEqualTo(Duration.ofMinutes(10));
        assertThat(gaps.get(1)).isEqualTo(Duration.ofDays(2));
        for (int i = 2; i < gaps.size(); i++) {
            assertThat(gaps.get(i)).isGreaterThan(gaps.get(i - 1));
        }
        assertThat(gaps.size()).as("reviews in the first year").isBetween(5, 8);
        assertThat(card.reps()).isEqualTo(gaps.size());
        assertThat(card.lapses()).isZero();
    }

    @Test
    void buttonsMatchWhatTheReviewDoes() {
        CardSchedule card = inReview(START);
        Instant now = START.plus(Duration.ofDays(3));
        Map<Grade, Duration> shown = scheduler.intervals(card, now);
        assertThat(shown.get(Grade.HARD)).isLessThanOrEqualTo(shown.get(Grade.GOOD));
        assertThat(shown.get(Grade.GOOD)).isLessThan(shown.get(Grade.EASY));
        for (Grade g : Grade.values()) {
            assertThat(scheduler.review(card, g, now).due()).isEqualTo(now.plus(shown.get(g)));
        }
    }

    @Test
    void clockMovedBackCountsAsTheSameDayAndNeverRecordsAFutureReview() {
        CardSchedule card = inReview(START);
        Instant earlier = START.minus(Duration.ofDays(40));
        assertThat(scheduler.retrievability(card, earlier)).isEqualTo(1.0);
        CardSchedule again = scheduler.review(card, Grade.GOOD, earlier);
        assertThat(again.lastReview()).isEqualTo(earlier);
        assertThat(again.due()).isAfter(earlier);
        assertThat(again.memory().stability()).as("a same-day Good never lowers stability")
                .isGreaterThanOrEqualTo(card.memory().stability());
        for (Grade g : Grade.values()) {
            assertThat(scheduler.intervals(card, earlier).get(g)).isPositive();
        }
    }

    @Test
    void intervalNeverPassesTheMaximum() {
        Scheduler capped = new Scheduler(new Fsrs(), 0.9, 30, LearningSteps.ANKI_DEFAULTS, new DayBoundary(BERLIN, 4));
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
