package app.margin.model.study;

import java.time.Duration;
import java.util.List;

/**
 * The steps a new card is learnt in, and a lapsed card relearnt in, before FSRS spaces it out in days; Anki's
 * rules for them (rslib {@code scheduler/states/steps.rs}, {@code learning.rs}, {@code relearning.rs}):
 *
 * <ul>
 *   <li>Again goes back to the first step;</li>
 *   <li>Hard repeats the step: on the first step, the average of the first two steps (1 and 10 min: 5.5 min), or
 *       with one step only, half as long again (10 min: 15 min, at most a day more);</li>
 *   <li>Good moves to the next step, and after the last one the card graduates to days;</li>
 *   <li>Easy graduates at once.</li>
 * </ul>
 *
 * @param learning   a new card's steps (Anki's default 1 min, 10 min)
 * @param relearning a lapsed card's steps (Anki's default 10 min)
 */
public record LearningSteps(List<Duration> learning, List<Duration> relearning) {

    /** Anki's defaults: learning 1 min then 10 min, relearning 10 min. */
    public static final LearningSteps ANKI_DEFAULTS = new LearningSteps(
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)));

    public LearningSteps {
        learning = List.copyOf(learning);
        relearning = List.copyOf(relearning);
        for (Duration d : learning) {
            requirePositive(d);
        }
        for (Duration d : relearning) {
            requirePositive(d);
        }
    }

    private static void requirePositive(Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("A learning step is longer than nothing, not " + d);
        }
    }

    /** The wait after Hard on step {@code step} of {@code steps} (which is not empty). */
    static Duration hard(List<Duration> steps, int step) {
        int i = Math.min(step, steps.size() - 1);
        Duration current = steps.get(i);
        if (i > 0) {
            return current;
        }
        Duration hard = steps.size() > 1
                ? current.plus(steps.get(1)).dividedBy(2)
                : min(current.multipliedBy(3).dividedBy(2), current.plusDays(1));
        // Anki rounds a hard step longer than a day to whole days
        return hard.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(Math.round(hard.toSeconds() / 86_400.0)) : hard;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
