package app.margin.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    private static final String TEXT = "We're talking about heavy hitters like the Chairman.";

    private static String snapped(int start, int end) {
        int[] r = Words.snap(TEXT, start, end);
        return TEXT.substring(r[0], r[1]);
    }

    @Test
    void selectionCuttingThroughWordsGrowsToWholeWords() {
        assertThat(snapped(TEXT.indexOf("king"), TEXT.indexOf("Chair") + 3)).isEqualTo("talking about heavy hitters like the Chairman");
    }

    @Test
    void spacesAtTheEdgesAreDropped() {
        assertThat(snapped(TEXT.indexOf(" about"), TEXT.indexOf("about") + 6)).isEqualTo("about");
    }

    @Test
    void punctuationIsNotPulledIn() {
        assertThat(snapped(TEXT.indexOf("Chairman"), TEXT.length() - 1)).isEqualTo("Chairman");
    }

    @Test
    void apostrophesStayInsideWords() {
        assertThat(snapped(1, 3)).isEqualTo("We're");
    }

    @Test
    void onlySpacesGiveAnEmptyRange() {
        int at = TEXT.indexOf(' ');
        int[] r = Words.snap(TEXT, at, at + 1);
        assertThat(r[0]).isEqualTo(r[1]);
    }
}
