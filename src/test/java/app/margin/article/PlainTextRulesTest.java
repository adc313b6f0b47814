package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextRulesTest {
    @Test
    void blankLinesSeparateBlocksAndLinesAreStripped() {
        assertThat(PlainTextRules.blocks("\uFEFFTitle\r\n \r\n  one\r\ntwo  \r\n\r\n\r\nthree\rfour\n"))
                .containsExactly(List.of("Title"), List.of("one", "two"), List.of("three", "four"));
    }

    @Test
    void sentencePunctuationIsSeenThroughClosingQuotes() {
        assertThat(PlainTextRules.endsLikeASentence("He said \"no.\"")).isTrue();
        assertThat(PlainTextRules.endsLikeASentence("She asked: ‘why?’")).isTrue();
        assertThat(PlainTextRules.endsLikeASentence("(see below.)")).isTrue();
        assertThat(PlainTextRules.endsLikeASentence("Wait…")).isTrue();
        assertThat(PlainTextRules.endsLikeASentence("First,")).isTrue();
        assertThat(PlainTextRules.endsLikeASentence("The \"Plan\"")).isFalse();
        assertThat(PlainTextRules.endsLikeASentence("Ukraine: The Central Point of Discussion")).isFalse();
    }

    @Test
    void headingCandidateIsOneShortUnpunctuatedLine() {
        assertThat(PlainTextRules.isHeadingCandidate(List.of("Getting There"))).isTrue();
        assertThat(PlainTextRules.isHeadingCandidate(List.of("It rained."))).isFalse();
        assertThat(PlainTextRules.isHeadingCandidate(List.of("Getting", "There"))).isFalse();
        assertThat(PlainTextRules.isHeadingCandidate(List.of("x".repeat(81)))).isFalse();
        assertThat(PlainTextRules.isHeadingCandidate(List.of("x".repeat(80)))).isTrue();
    }

    @Test
    void bylineLosesATrailingViewCountOnly() {
        assertThat(PlainTextRules.isByline(List.of("By Jhon Lennon 58 views"))).isTrue();
        assertThat(PlainTextRules.isByline(List.of("Bystanders saw it"))).isFalse();
        assertThat(PlainTextRules.byline(List.of("by Jhon Lennon 58 views"))).isEqualTo("by Jhon Lennon");
        assertThat(PlainTextRules.byline(List.of("by Ann Lee 1,204 Views"))).isEqualTo("by Ann Lee");
        assertThat(PlainTextRules.byline(List.of("by The 58 Club"))).isEqualTo("by The 58 Club");
    }
}
