package app.margin.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {

    @Test
    void everyCharacterSplitsWordsExactlyWhenJavaCallsItWhitespace() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            int expected = Character.isWhitespace(c) ? 2 : 1;
            assertThat(ArticleLayout.countWords("a" + c + "b")).as("U+%04X", (int) c).isEqualTo(expected);
        }
    }

    @Test
    void wordsAreCountedAcrossRunsOfSpaceAndAtTheEnds() {
        assertThat(ArticleLayout.countWords("  one\ttwo \u2003 three\n")).isEqualTo(3);
        assertThat(ArticleLayout.countWords("")).isZero();
    }
}
