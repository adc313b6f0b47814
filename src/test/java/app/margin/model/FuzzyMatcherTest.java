package app.margin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FuzzyMatcherTest {

    /** The fewest edits of {@code pattern} against any substring of {@code text} ending at each position. */
    private static int[] naiveEndDistances(String text, String pattern) {
        int m = pattern.length();
        int[] col = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            col[i] = i;
        }
        int[] out = new int[text.length() + 1];
        out[0] = m;
        for (int j = 1; j <= text.length(); j++) {
            int diag = col[0];
            col[0] = 0;
            for (int i = 1; i <= m; i++) {
                int up = col[i];
                col[i] = Math.min(diag + (pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1),
                        Math.min(up, col[i - 1]) + 1);
                diag = up;
            }
            out[j] = col[m];
        }
        return out;
    }

    private static String random(Random rnd, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + rnd.nextInt(4)));
        }
        return b.toString();
    }

    @Test
    void bestMatchAgreesWithPlainDynamicProgrammingForShortAndMultiBlockPatterns() {
        Random rnd = new Random(7);
        for (int round = 0; round < 300; round++) {
            String text = random(rnd, 50 + rnd.nextInt(300));
            String pattern = random(rnd, 1 + rnd.nextInt(round % 2 == 0 ? 64 : 200));
            int k = pattern.length() / 3;
            int[] naive = naiveEndDistances(text, pattern);
            int best = Integer.MAX_VALUE;
            for (int d : naive) {
                best = Math.min(best, d);
            }
            var matches = FuzzyMatcher.search(text, pattern, k);
            if (best > k) {
                assertThat(matches).isEmpty();
            } else {
                assertThat(matches).isNotEmpty();
                var first = matches.get(0);
                assertThat(first.edits()).isEqualTo(best);
                assertThat(naive[first.end()]).isEqualTo(best);
                assertThat(FuzzyMatcher.distance(pattern, text.substring(first.start(), first.end())))
                        .isEqualTo(best);
            }
        }
    }

    @Test
    void findsAWordReplacedInsideThePattern() {
        String text = "They spoke of the first direct defence talks in more than a year.";

        var match = FuzzyMatcher.search(text, "first direct military talks", 8).get(0);

        assertThat(text.substring(match.start(), match.end())).isEqualTo("first direct defence talks");
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(FuzzyMatcher.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(FuzzyMatcher.distance("", "abc")).isEqualTo(3);
        assertThat(FuzzyMatcher.distance("abc", "")).isEqualTo(3);
    }
}
