package app.margin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one word rule: what a word is, and that asking about one offset agrees with reading the whole text. */
class WordRuleTest {

    private static List<String> words(String text) {
        return WordRule.words(text).stream().map(w -> text.substring(w.start(), w.end())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "We're talking about heavy hitters.    | We're;talking;about;heavy;hitters",
        "don’t stop                            | don’t;stop",
        "a well-known fact                     | a;well-known;fact",
        "talks—which were long–ended           | talks;which;were;long;ended",
        "Then_war and war2                     | Then_war;and;war2",
        "warning: postwar war, then war.       | warning;postwar;war;then;war",
        "3.14 and 1,000 pangolins              | 3.14;and;1,000;pangolins",
        "Straße İstanbul café                  | Straße;İstanbul;café",
        "日本語のテキスト                          | 日本語;の;テキスト",
        "🙂 pan 🙂 (x) #tag                      | pan;x;tag",
    })
    void wordsAreTheRunsThatHoldALetterOrDigit(String text, String expected) {
        assertThat(words(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "xa a a      | 1 | false",
        "xa a a      | 3 | true",
        "Then_war    | 5 | false",
        "war2        | 3 | false",
        "war, then   | 3 | true",
        "We're       | 3 | false",
        "talks—which | 5 | true",
        "1—2         | 1 | true",
        "a           | 0 | true",
        "a           | 1 | true",
    })
    void boundaries(String text, int at, boolean boundary) {
        assertThat(WordRule.isBoundary(text, at)).isEqualTo(boundary);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "We're talking | 3 | 0 | 5",
        "We're talking | 8 | 6 | 13",
        "the end.      | 8 | 8 | 8",
        "the end.      | 5 | 4 | 7",
    })
    void theWordAroundAnOffset(String text, int at, int start, int end) {
        assertThat(WordRule.boundaryAtOrBefore(text, at)).isEqualTo(start);
        assertThat(WordRule.boundaryAtOrAfter(text, at)).isEqualTo(end);
    }

    @Property(tries = 1000)
    void askingAboutOneOffsetAgreesWithReadingTheWholeText(@ForAll("texts") String text) {
        List<Boolean> whole = wholeTextBoundaries(text);
        List<Boolean> local = new ArrayList<>();
        for (int at = 0; at <= text.length(); at++) {
            local.add(WordRule.isBoundary(text, at));
        }
        assertThat(local).isEqualTo(whole);
    }

    @Property(tries = 200)
    void aWordStartsAndEndsAtBoundariesAndHoldsALetterOrDigit(@ForAll("texts") String text) {
        for (WordRule.Span w : WordRule.words(text)) {
            assertThat(WordRule.startsWord(text, w.start())).isTrue();
            assertThat(WordRule.endsWord(text, w.end())).isTrue();
            assertThat(WordRule.boundaryAtOrBefore(text, w.end() - 1)).isEqualTo(w.start());
            assertThat(WordRule.boundaryAtOrAfter(text, w.start() + 1)).isEqualTo(w.end());
        }
    }

    /** Every offset of the text, read by one BreakIterator from start to end, as the rule reads its characters. */
    private static List<Boolean> wholeTextBoundaries(String text) {
        String read = text.replace('\u2019', '\'').replaceAll("[\u2013\u2014\u2015]", "/");
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(read);
        List<Boolean> out = new ArrayList<>();
        for (int at = 0; at <= read.length(); at++) {
            out.add(false);
        }
        for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
            out.set(b, true);
        }
        return out;
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("a", "Z", "war", "é", "ß", "Ж", "ω", "ª", "5", "42", "1,000",
                "3.14", "e.g.", " ", "  ", "\n", "\r\n", "\t", "\u00a0", ".", ",", ":", ";", "!", "?", "'", "’", "n't",
                "\"", "-", "—", "–", "_", "$", "%", "(", ")", "/", "“", "”", "‘", "…", "日", "本", "語", "の", "ひら",
                "カ", "タ", "ー", "々", "한", "국", "㐀", "ก", "\u0301", "\u00ad", "\u200b", "\u0964", "😀", "𐐀", "١");
        return piece.list().ofMinSize(0).ofMaxSize(60).map(list -> String.join("", list));
    }
}
