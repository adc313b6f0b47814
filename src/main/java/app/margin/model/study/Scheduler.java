package app.margin.model.study;

import app.margin.model.study.CardSchedule.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns FSRS's memory model into due dates, the way Anki (23.10 and later, FSRS on, default options) does:
 *
 * <ul>
 *   <li>a new card is learnt in {@link LearningSteps} (1 min, 10 min), then graduates to whole days; a card in
 *       review graded Again is relearnt in a step of 10 min, then graduates again;</li>
 *   <li>every review, steps included, updates FSRS's memory state with the days since the last review counted by
 *       the {@link DayBoundary} (4 am local by default): 0 days, a review in the same study day, takes FSRS-6's
 *       short-term formula;</li>
 *   <li>an interval in days is the one at which the chance of recall falls to the desired retention (0.9), rounded,
 *       at least 1 and at most {@link #MAXIMUM_INTERVAL_DAYS}; in review Hard ≤ Good &lt; Easy, and graduating
 *       with Easy gives at least a day more than Good would.</li>
 * </ul>
 *
 * <p>Time is only ever what the caller's clock says: days since the last review are never negative, so a clock
 * moved back counts as a review on the same day, and the review is recorded at the (earlier) time the clock
 * gives — never later than "now".
 */
public final class Scheduler {

    public static final double DESIRED_RETENTION = 0.9;
    public static final int MAXIMUM_INTERVAL_DAYS = 36_500;
    /** When a card forgotten in review comes back (Anki's default relearning step). */
    public static final Duration AGAIN_STEP = LearningSteps.ANKI_DEFAULTS.relearning().get(0);

    private static final double SECONDS_PER_DAY = 86_400;

    private final Fsrs fsrs;
    private final double desiredRetention;
    private final int maximumIntervalDays;
    private final LearningSteps steps;
    private final DayBoundary days;

    /** Anki's defaults, days starting at 4 am in the system's time zone. */
    public Scheduler() {
        this(DayBoundary.systemDefault());
    }

    /** Anki's defaults, days starting where {@code days} says. */
    public Scheduler(DayBoundary days) {
        this(new Fsrs(), DESIRED_RETENTION, MAXIMUM_INTERVAL_DAYS, LearningSteps.ANKI_DEFAULTS, days);
    }

    public Scheduler(Fsrs fsrs, double desiredRetention, int maximumIntervalDays, LearningSteps steps,
                     DayBoundary days) {
        this.fsrs = Objects.requireNonNull(fsrs, "fsrs");
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("Desired retention is between 0 and 1, not " + desiredRetention);
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("The maximum interval is at least a day");
        }
        this.desiredRetention = desiredRetention;
        this.maximumIntervalDays = maximumIntervalDays;
        this.steps = Objects.requireNonNull(steps, "steps");
        this.days = Objects.requireNonNull(days, "days");
    }

    /** Where a grade takes the card: how long until it is due, and the phase and step it is then on. */
    private record Next(Duration delay, Phase phase, int step) {}

    /** The card after a review graded {@code grade} at {@code now}. */
    public CardSchedule review(CardSchedule card, Grade grade, Instant now) {
        MemoryState memory = memoryAfter(card, grade, now);
        Next next = next(card, grade, now);
        boolean lapse = grade == Grade.AGAIN && card.phase() == Phase.REVIEW;
        return new CardSchedule(memory, now, now.plus(next.delay()), card.reps() + 1,
                card.lapses() + (lapse ? 1 : 0), next.phase(), next.step());
    }

    /** The review as the card's history keeps it: what {@link #review} did, taking {@code card} to {@code after}. */
    public Review record(String cardId, CardSchedule card, CardSchedule after, Grade grade) {
        return new Review(cardId, after.lastReview(), grade, daysSinceLastReview(card, after.lastReview()),
                after.memory(), after.due());
    }

    /** How long until the card is due again for each grade, as its buttons show it. */
    public Map<Grade, Duration> intervals(CardSchedule card, Instant now) {
        Map<Grade, Duration> out = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            out.put(g, next(card, g, now).delay());
        }
        return out;
    }

    /** The chance, by FSRS's forgetting curve, that the reader recalls the card now; 0 for a new card. */
    public double retrievability(CardSchedule card, Instant now) {
        if (card.isNew()) {
            return 0;
        }
        double elapsed = Math.max(0, Duration.between(card.lastReview(), now).toMillis() / 1000.0 / SECONDS_PER_DAY);
        return fsrs.retrievability(elapsed, card.memory().stability());
    }

    /** The memory state a review graded {@code grade} at {@code now} leads to. */
    public MemoryState memoryAfter(CardSchedule card, Grade grade, Instant now) {
        return card.isNew() ? fsrs.initial(grade)
                : fsrs.next(card.memory(), daysSinceLastReview(card, now), grade);
    }

    /** Whole days since the last review by the day boundary (0 in the same study day, never negative). */
    public long daysSinceLastReview(CardSchedule card, Instant now) {
        return card.lastReview() == null ? 0 : days.daysBetween(card.lastReview(), now);
    }

    private Next next(CardSchedule card, Grade grade, Instant now) {
        return switch (card.phase()) {
            case NEW -> stepped(card, grade, now, steps.learning(), Phase.LEARNING, 0);
            case LEARNING -> stepped(card, grade, now, steps.learning(), Phase.LEARNING, card.step());
            case RELEARNING -> stepped(card, grade, now, steps.relearning(), Phase.RELEARNING, card.step());
            case REVIEW -> grade == Grade.AGAIN && !steps.relearning().isEmpty()
                    ? new Next(steps.relearning().get(0), Phase.RELEARNING, 0)
                    : new Next(Duration.ofDays(reviewDays(card, now).get(grade)), Phase.REVIEW, 0);
        };
    }

    /** A card on a (re)learning step: Again to the first step, Hard repeats, Good on, Easy (or Good last) out. */
    private Next stepped(CardSchedule card, Grade grade, Instant now, List<Duration> list, Phase phase, int step) {
        if (list.isEmpty()) {
            return graduate(card, grade, now);
        }
        int at = Math.min(step, list.size() - 1); // steps shortened since the card was put on this one
        return switch (grade) {
            case AGAIN -> new Next(list.get(0), phase, 0);
            case HARD -> new Next(LearningSteps.hard(list, at), phase, at);
            case GOOD -> at + 1 < list.size() ? new Next(list.get(at + 1), phase, at + 1) : graduate(card, grade, now);
            case EASY -> graduate(card, grade, now);
        };
    }

    /** Out of (re)learning into review: the grade's interval, and with Easy at least a day more than Good. */
    private Next graduate(CardSchedule card, Grade grade, Instant now) {
        long interval = days(memoryAfter(card, grade, now));
        if (grade == Grade.EASY) {
            long good = days(memoryAfter(card, Grade.GOOD, now));
            interval = Math.min(maximumIntervalDays, Math.max(interval, good + 1));
        }
        return new Next(Duration.ofDays(interval), Phase.REVIEW, 0);
    }

    /** A card in review: whole days for each grade, kept in order (Hard ≤ Good < Easy) as Anki keeps them. */
    private Map<Grade, Long> reviewDays(CardSchedule card, Instant now) {
        long again = days(memoryAfter(card, Grade.AGAIN, now));
        long hard = days(memoryAfter(card, Grade.HARD, now));
        long good = days(memoryAfter(card, Grade.GOOD, now));
        long easy = days(memoryAfter(card, Grade.EASY, now));
        hard = Math.min(hard, good);
        good = Math.min(maximumIntervalDays, Math.max(good, hard + 1));
        easy = Math.min(maximumIntervalDays, Math.max(easy, good + 1));
        Map<Grade, Long> out = new EnumMap<>(Grade.class);
        out.put(Grade.AGAIN, again);
        out.put(Grade.HARD, hard);
        out.put(Grade.GOOD, good);
        out.put(Grade.EASY, easy);
        return out;
    }

    private long days(MemoryState memory) {
        long days = Math.round(fsrs.interval(memory.stability(), desiredRetention));
        return Math.min(maximumIntervalDays, Math.max(1, days));
    }
}
