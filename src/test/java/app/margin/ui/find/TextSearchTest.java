package app.margin.ui.find;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextSearchTest {

    private static final List<String> TEXT = List.of(
            "War and Peace",
            "The war was long; the WAR ended.",
            "Nothing here.");

    private static List<Hit> find(List<String> texts, String query) {
        return TextSearch.findAll(texts, query, false, false);
    }

    @Test
    void ignoresCaseByDefaultAndReportsEveryHitInReadingOrder() {
        assertThat(find(TEXT, "war")).containsExactly(
                new Hit(0, 0, 3), new Hit(1, 4, 7), new Hit(1, 22, 25));
    }

    @Test
    void matchCaseKeepsOnlyHitsWithTheSameCase() {
        assertThat(TextSearch.findAll(TEXT, "war", true, false)).containsExactly(new Hit(1, 4, 7));
    }

    @Test
    void wholeWordSkipsTheQueryInsideLongerWords() {
        String text = "warning: postwar war, then war. Then_war and war2";

        List<Hit> hits = TextSearch.findAll(List.of(text), "war", false, true);

        int comma = text.indexOf("war,");
        int stop = text.indexOf("war.");
        assertThat(hits).containsExactly(new Hit(0, comma, comma + 3), new Hit(0, stop, stop + 3));
    }

    @Test
    void wholeWordFindsThePartsOfWordsJoinedByApostrophesAndHyphensButNotUnderscores() {
        String text = "the pangolin's scales, a pangolin’s tail, well-known, my_pangolin_plan";

        List<Hit> hits = TextSearch.findAll(List.of(text), "pangolin", false, true);
        List<Hit> well = TextSearch.findAll(List.of(text), "well", false, true);

        assertThat(hits).extracting(Hit::start)
                .containsExactly(text.indexOf("pangolin's"), text.indexOf("pangolin’s"));
        assertThat(well).extracting(Hit::start).containsExactly(text.indexOf("well-"));
    }

    @Test
    void wholeWordFindsAHitOverlappingARejectedCandidate() {
        // "a a" at 1 is glued to the x; the one at 3 stands alone and shares a character with it.
        assertThat(TextSearch.findAll(List.of("xa a a"), "a a", false, true)).containsExactly(new Hit(0, 3, 6));
    }

    @Test
    void overlappingOccurrencesCountOnceFromTheLeft() {
        assertThat(find(List.of("aaaaa"), "aa")).containsExactly(new Hit(0, 0, 2), new Hit(0, 2, 4));
    }

    @Test
    void blankQueriesFindNothing() {
        List<String> texts = List.of("a  b   c \u00a0 d");

        assertThat(find(texts, "")).isEmpty();
        assertThat(find(texts, "   ")).isEmpty();
        assertThat(find(texts, "\u00a0")).isEmpty();
    }

    @Test
    void aTenThousandCharacterQueryFindsNothingQuickly() {
        String query = "a".repeat(9_999) + "b";
        List<String> texts = List.of("a".repeat(1_000_000), "a".repeat(9_999) + "c");

        // A naive scan compares ~10 billion characters here; the linear one about a million.
        assertTimeout(Duration.ofSeconds(2), () -> assertThat(find(texts, query)).isEmpty());
    }

    @Test
    void wholeWordFindInOneLongWordStaysLinear() {
        // Every "a" is a candidate and none stands alone. Settled around each candidate, this takes well under a
        // second even on a cold, busy machine; walking the word for each would take minutes.
        List<String> texts = List.of("a".repeat(200_000), "a_a9a".repeat(40_000), "a.".repeat(50_000) + "a");

        assertTimeout(Duration.ofSeconds(10), () -> assertThat(TextSearch.findAll(texts, "a", false, true)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {".*", "(", "[a]", "\\d", "$", "a+b", "^x|y"})
    void regexSpecialCharactersAreTakenLiterally(String query) {
        List<String> texts = List.of("before " + query + " after, and 1 a aab xy");

        assertThat(find(texts, query)).containsExactly(new Hit(0, 7, 7 + query.length()));
    }

    @Test
    void caseFoldingKeepsOffsetsAfterDottedCapitalIAndSharpS() {
        // "İ".toLowerCase() is two characters and "ß".toUpperCase() is "SS": either would shift the offsets.
        String text = "İstanbul İİİ Straße ß: the WAR";

        assertThat(find(List.of(text), "war")).containsExactly(new Hit(0, text.indexOf("WAR"), text.length()));
    }

    @Test
    void dottedCapitalIMatchesAPlainIWhenIgnoringCase() {
        assertThat(find(List.of("İstanbul"), "istanbul")).containsExactly(new Hit(0, 0, 8));
    }

    @Test
    void lettersOutsideTheBasicPlaneFoldToo() {
        String deseretUpper = new String(Character.toChars(0x10400));
        String deseretLower = new String(Character.toChars(0x10428));

        assertThat(find(List.of("x" + deseretUpper + "y"), deseretLower + "Y")).containsExactly(new Hit(0, 1, 4));
    }

    @Test
    void cancellingStopsBeforeTheNextBlock() {
        AtomicInteger asked = new AtomicInteger();
        List<String> texts = List.of("war", "war", "war", "war");

        List<Hit> hits = TextSearch.findAll(texts, "war", false, false, () -> asked.incrementAndGet() > 2);

        assertThat(hits).containsExactly(new Hit(0, 0, 3), new Hit(1, 0, 3));
    }
}
