package app.margin.model.study;

import java.util.Arrays;

/**
 * The memory model of FSRS-6, the Free Spaced Repetition Scheduler that Anki uses since 23.10, written from its
 * published formulas (open-spaced-repetition "The Algorithm" wiki, FSRS-6 section). Pure arithmetic on days: no
 * clock, no calendar (whole days come from {@link DayBoundary}). {@link Scheduler} turns it into due dates.
 *
 * <p>Notation as published: {@code w[0..20]} the parameters, {@code G} the rating 1..4, {@code t} days since the
 * last review, {@code S} stability, {@code D} difficulty, {@code R} retrievability.
 */
public final class Fsrs {

    /** FSRS-6's default parameters, as fsrs-rs (the optimizer inside Anki) and py-fsrs ship them. */
    public static final double[] DEFAULT_PARAMETERS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };

    static final double STABILITY_MIN = 0.001;
    static final double STABILITY_MAX = 36_500;
    static final double DIFFICULTY_MIN = 1;
    static final double DIFFICULTY_MAX = 10;

    private final double[] w;
    /** The forgetting curve's exponent, {@code -w[20]}. */
    private final double decay;
    /** Chosen so that R(S, S) = 0.9: {@code 0.9^(1/decay) - 1}. */
    private final double factor;

    public Fsrs() {
        this(DEFAULT_PARAMETERS);
    }

    public Fsrs(double[] parameters) {
        if (parameters.length != 21) {
            throw new IllegalArgumentException("FSRS-6 takes 21 parameters, not " + parameters.length);
        }
        this.w = Arrays.copyOf(parameters, parameters.length);
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** The chance of recall {@code t} days after a review that left stability {@code s}: (1 + factor·t/S)^decay. */
    public double retrievability(double elapsedDays, double stability) {
        double t = Math.max(0, elapsedDays);
        return Math.pow(1 + factor * t / Math.max(STABILITY_MIN, stability), decay);
    }

    /** Days until retrievability falls to {@code desiredRetention}: S/factor · (r^(1/decay) − 1), unrounded. */
    public double interval(double stability, double desiredRetention) {
        double r = Math.min(0.9999, Math.max(0.0001, desiredRetention));
        double days = Math.max(STABILITY_MIN, stability) / factor * (Math.pow(r, 1 / decay) - 1);
        return Math.min(STABILITY_MAX, Math.max(0, days));
    }

    /** The memory after the first review: S0 = w[G−1], D0 = w4 − e^(w5·(G−1)) + 1. */
    public MemoryState initial(Grade grade) {
        return new MemoryState(clampStability(w[grade.rating() - 1]), clampDifficulty(initialDifficulty(grade)));
    }

    /**
     * The memory after a review {@code elapsedDays} whole days after the last one, as the caller counts days
     * ({@link Scheduler} counts them by {@link DayBoundary}, as Anki does). A review on the same day (0 days) uses
     * the short-term formula; otherwise recall and lapse have their own.
     */
    public MemoryState next(MemoryState last, long elapsedDays, Grade grade) {
        long t = Math.max(0, elapsedDays);
        double s = last.stability();
        double d = last.difficulty();
        double stability;
        if (t == 0) {
            stability = shortTermStability(s, grade);
        } else {
            double r = retrievability(t, s);
            stability = grade == Grade.AGAIN ? stabilityAfterLapse(s, d, r) : stabilityAfterRecall(s, d, r, grade);
        }
        return new MemoryState(clampStability(stability), nextDifficulty(d, grade));
    }

    /** S' = S · (1 + e^w8 · (11 − D) · S^−w9 · (e^(w10·(1−R)) − 1) · hard penalty w15 · easy bonus w16). */
    double stabilityAfterRecall(double s, double d, double r, Grade grade) {
        double hardPenalty = grade == Grade.HARD ? w[15] : 1;
        double easyBonus = grade == Grade.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1)
                * hardPenalty * easyBonus);
    }

    /**
     * S' = w11 · D^−w12 · ((S + 1)^w13 − 1) · e^(w14·(1−R)), but never more than S / e^(w17·w18): a lapse does not
     * make the memory stronger.
     */
    double stabilityAfterLapse(double s, double d, double r) {
        double lapse = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        return Math.min(lapse, s / Math.exp(w[17] * w[18]));
    }

    /** Same day: S' = S · e^(w17·(G − 3 + w18)) · S^−w19, and Good or Easy never lowers it. */
    double shortTermStability(double s, Grade grade) {
        double increase = Math.exp(w[17] * (grade.rating() - 3 + w[18])) * Math.pow(s, -w[19]);
        if (grade.rating() >= 3) {
            increase = Math.max(1, increase);
        }
        return s * increase;
    }

    /** Linear damping towards 10, then mean reversion towards D0(Easy): D'' = w7·D0(4) + (1 − w7)·D'. */
    double nextDifficulty(double d, Grade grade) {
        double delta = -w[6] * (grade.rating() - 3);
        double damped = d + delta * (10 - d) / 9;
        return clampDifficulty(w[7] * initialDifficulty(Grade.EASY) + (1 - w[7]) * damped);
    }

    /** Linear damping alone, before mean reversion (published as its own step). */
    double dampedDifficulty(double d, Grade grade) {
        return d + -w[6] * (grade.rating() - 3) * (10 - d) / 9;
    }

    private double initialDifficulty(Grade grade) {
        return w[4] - Math.exp(w[5] * (grade.rating() - 1)) + 1;
    }

    private static double clampStability(double s) {
        return Math.min(STABILITY_MAX, Math.max(STABILITY_MIN, s));
    }

    private static double clampDifficulty(double d) {
        return Math.min(DIFFICULTY_MAX, Math.max(DIFFICULTY_MIN, d));
    }
}
