package app.margin.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import org.junit.jupiter.api.Test;

/** Random highlights through random edits: each lands on its own words or is unplaced, never elsewhere. */
class RandomReanchoringTest {

    @Test
    void noHighlightLandsOnWrongWordsAfterRandomEditsToTheBundledArticle() {
        for (long seed = 1; seed <= 20; seed++) {
            ReanchorSimulation.Result r = ReanchorSimulation.run(TestArticles.bundled(), seed, 50, 200);

            assertThat(r.wrongCases()).as("seed %d: %s", seed, r.summary()).isEmpty();
            assertThat(r.sameWords()).as("seed %d: %s", seed, r.summary()).isGreaterThan(10);
        }
    }

    @Test
    void noHighlightLandsOnWrongWordsAfterRandomEditsToAMultiSectionArticle() {
        Article article = ReanchorSimulation.synthetic(TestArticles.bundled(), 42, 8, 6);
        for (long seed = 1; seed <= 20; seed++) {
            ReanchorSimulation.Result r = ReanchorSimulation.run(article, seed, 50, 200);

            assertThat(r.wrongCases()).as("seed %d: %s", seed, r.summary()).isEmpty();
            assertThat(r.sameWords()).as("seed %d: %s", seed, r.summary()).isGreaterThan(25);
        }
    }
}
