package app.margin.model.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * FSRS-6 against the reference values published with the open-spaced-repetition implementations. Those run in
 * 32-bit floats, so values agree to about six significant digits.
 *
 * <p>Sources: fsrs-rs {@code src/model_v6.rs} tests ({@code test_power_forgetting_curve}, {@code test_forward},
 * {@code test_next_difficulty}, {@code test_next_stability}); ts-fsrs {@code __tests__/FSRS-6.test.ts}
 * ("first repeat", and "memory state", which cites fsrs-rs {@code src/inference.rs} L836–841), all with FSRS-6's
 * default parameters.
 */
class FsrsTest {

    private final Fsrs fsrs = new Fsrs();

    @Test
    void forgettingCurveMatchesFsrsRs() {
        double[] t = {0, 1, 2, 3, 4, 5};
        double[] s = {1, 2, 3, 4, 4, 2};
        double[] expected = {1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359};
        for (int i = 0; i < t.length; i++) {
            assertThat(fsrs.retrievability(t[i], s[i])).as("R(%s, %s)", t[i], s[i]).isCloseTo(expected[i], within(1e-6));
        }
    }

    @Test
    void firstReviewSetsPublishedStabilityAndDifficulty() {
        double[] stability = {0.212, 1.2931, 2.3065, 8.2956};
        double[] difficulty = {6.4133, 5.11217071, 2.11810397, 1};
        for (Grade g : Grade.values()) {
            MemoryState m = fsrs.initial(g);
            assertThat(m.stability()).as("S0(%s)", g).isCloseTo(stability[g.ordinal()], within(1e-9));
            assertThat(m.difficulty()).as("D0(%s)", g).isCloseTo(difficulty[g.ordinal()], within(1e-6));
        }
    }

    @Test
    void difficultyDampingAndMeanReversionMatchFsrsRs() {
        double[] damped = {8.354889, 6.6774445, 5.0, 3.3225555};
        double[] reverted = {8.341763, 6.6659956, 4.990228, 3.3144615};
        for (Grade g : Grade.values()) {
            assertThat(fsrs.dampedDifficulty(5, g)).isCloseTo(damped[g.ordinal()], within(1e-5));
            assertThat(fsrs.nextDifficulty(5, g)).isCloseTo(reverted[g.ordinal()], within(1e-5));
        }
    }

    @Test
    void stabilityAfterRecallAndLapseMatchFsrsRs() {
        double[] d = {1, 2, 3, 4};
        double[] r = {0.9, 0.8, 0.7, 0.6};
        double[] recall = {25.602541, 28.226582, 58.656002, 127.226685};
        double[] lapse = {1.0525396, 1.1894329, 1.3680838, 1.584989};
        for (Grade g : Grade.values()) {
            int i = g.ordinal();
            assertThat(fsrs.stabilityAfterRecall(5, d[i], r[i], g)).isCloseTo(recall[i], within(1e-3));
            assertThat(fsrs.stabilityAfterLapse(5, d[i], r[i])).isCloseTo(lapse[i], within(1e-5));
        }
    }

    @Test
    void secondReviewMatchesFsrsRsForward() {
        int[] ratings = {1, 2, 3, 4, 1, 2};
        long[] elapsed = {1, 1, 1, 1, 2, 2};
        double[] stability = {0.10088589, 3.2494123, 7.3153, 18.014914, 0.112798266, 4.4694576};
        double[] difficulty = {8.806304, 6.7404594, 2.1112142, 1.0, 8.806304, 6.7404594};
        for (int i = 0; i < ratings.length; i++) {
            Grade g = Grade.ofRating(ratings[i]);
            MemoryState m = fsrs.next(fsrs.initial(g), elapsed[i], g);
            assertThat(m.stability()).as("S after %s twice, %s d apart", g, elapsed[i])
                    .isCloseTo(stability[i], within(1e-4));
            assertThat(m.difficulty()).isCloseTo(difficulty[i], within(1e-5));
        }
    }

    @Test
    void reviewSequenceWithSameDayReviewsMatchesPublishedMemoryState() {
        Grade[] grades = {Grade.AGAIN, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD};
        long[] intervals = {0, 0, 1, 3, 8, 21};
        MemoryState m = fsrs.initial(grades[0]);
        for (int i = 1; i < grades.length; i++) {
            m = fsrs.next(m, intervals[i], grades[i]);
        }
        assertThat(m.stability()).isCloseTo(53.62691, within(1e-3));
        assertThat(m.difficulty()).isCloseTo(6.3574867, within(1e-5));
    }

    @Test
    void intervalAtNinetyPercentIsTheStability() {
        assertThat(fsrs.interval(121.01552, 0.9)).isCloseTo(121.01552, within(1e-6));
        assertThat(fsrs.interval(10, 0.8)).isGreaterThan(10);
        assertThat(fsrs.interval(10, 0.95)).isLessThan(10);
    }

    @Test
    void lapseNeverRaisesStability() {
        for (double s : new double[] {0.5, 3, 40, 400}) {
            assertThat(fsrs.next(new MemoryState(s, 5), 30, Grade.AGAIN).stability()).isLessThanOrEqualTo(s);
        }
    }
}
