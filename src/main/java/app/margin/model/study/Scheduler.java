package app.margin.model.study;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns FSRS's memory model into due dates: an interval in whole days at which the chance of recall falls to
 * the desired retention (0.9, as Anki's default), at most {@link #MAXIMUM_INTERVAL_DAYS}. A card graded Again
 * comes back after a short relearning step, in the same sitting.
 *
 * <p>Time is only ever what the caller's clock says: days since the last review are never negative, so a clock
 * moved back counts as a review on the same day, and the review is recorded at the (earlier) time the clock
 * gives — never later than "now".
 */
public final class Scheduler {

    public static final double DESIRED_RETENTION = 0.9;
    public static final int MAXIMUM_INTERVAL_DAYS = 36_500;
    /** When a card graded Again comes back (Anki's default relearning step). */
    public static final Duration AGAIN_STEP = Duration.ofMinutes(10);

    private static final double SECONDS_PER_DAY = 86_400;

    private final Fsrs fsrs;
    private final double desiredRetention;
    private final int maximumIntervalDays;

    public Scheduler() {
        this(new Fsrs(), DESIRED_RETENTION, MAXIMUM_INTERVAL_DAYS);
    }

    public Scheduler(Fsrs fsrs, double desiredRetention, int maximumIntervalDays) {
        this.fsrs = Objects.requireNonNull(fsrs, "fsrs");
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("Desired retention is between 0 and 1, not " + desiredRetention);
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("The maximum interval is at least a day");
        }
        this.desiredRetention = desiredRetention;
        this.maximumIntervalDays = maximumIntervalDays;
    }

    /** The card after a review graded {@code grade} at {@code now}. */
    public CardSchedule review(CardSchedule card, Grade grade, Instant now) {
        MemoryState memory = memoryAfter(card, grade, now);
        Duration wait = intervals(card, now).get(grade);
        boolean lapse = grade == Grade.AGAIN && !card.isNew();
        return new CardSchedule(memory, now, now.plus(wait), card.reps() + 1, card.lapses() + (lapse ? 1 : 0));
    }

    /** The review as the card's history keeps it: what {@link #review} did, taking {@code card} to {@code after}. */
    public Review record(String cardId, CardSchedule card, CardSchedule after, Grade grade) {
        return new Review(cardId, after.lastReview(), grade, elapsedDays(card, after.lastReview()), after.memory(),
                after.due());
    }

    /**
     * How long until the card is due again for each grade, as its buttons show it. Whole days for Hard, Good
     * and Easy, kept in order (Hard ≤ Good < Easy) as Anki keeps them.
     */
    public Map<Grade, Duration> intervals(CardSchedule card, Instant now) {
        long hard = days(memoryAfter(card, Grade.HARD, now));
        long good = days(memoryAfter(card, Grade.GOOD, now));
        long easy = days(memoryAfter(card, Grade.EASY, now));
        hard = Math.min(hard, good);
        good = Math.min(maximumIntervalDays, Math.max(good, hard + 1));
        easy = Math.min(maximumIntervalDays, Math.max(easy, good + 1));
        Map<Grade, Duration> out = new EnumMap<>(Grade.class);
        out.put(Grade.AGAIN, AGAIN_STEP);
        out.put(Grade.HARD, Duration.ofDays(hard));
        out.put(Grade.GOOD, Duration.ofDays(good));
        out.put(Grade.EASY, Duration.ofDays(easy));
        return out;
    }

    /** The chance, by FSRS's forgetting curve, that the reader recalls the card now; 0 for a new card. */
    public double retrievability(CardSchedule card, Instant now) {
        return card.isNew() ? 0 : fsrs.retrievability(elapsedDays(card, now), card.memory().stability());
    }

    /** The memory state a review graded {@code grade} at {@code now} leads to. */
    public MemoryState memoryAfter(CardSchedule card, Grade grade, Instant now) {
        return card.isNew() ? fsrs.initial(grade) : fsrs.next(card.memory(), elapsedDays(card, now), grade);
    }

    /** Days since the last review, never negative (a clock moved back reads as "just now"). */
    static double elapsedDays(CardSchedule card, Instant now) {
        if (card.lastReview() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(card.lastReview(), now).toMillis() / 1000.0 / SECONDS_PER_DAY);
    }

    private long days(MemoryState memory) {
        long days = Math.round(fsrs.interval(memory.stability(), desiredRetention));
        return Math.min(maximumIntervalDays, Math.max(1, days));
    }
}
