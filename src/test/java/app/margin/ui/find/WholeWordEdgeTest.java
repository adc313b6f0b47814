package app.margin.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.WordRule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The shortcuts whole-word find takes for letters and spaces decide every edge as the one word rule does. */
class WholeWordEdgeTest {

    @Property(tries = 2000)
    void theFastPathAgreesWithTheWordRule(@ForAll("texts") String text) {
        for (int at = 0; at <= text.length(); at++) {
            assertThat(TextSearch.standsAlone(text, at, at)).as("%s at %d", text, at).isEqualTo(slow(text, at));
        }
    }

    /** The rule written out without shortcuts. */
    private static boolean slow(String text, int at) {
        if (at == 0 || at == text.length()) {
            return true;
        }
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        if (before == '_' || after == '_') {
            return false;
        }
        return joiner(before) || joiner(after) || WordRule.isBoundary(text, at);
    }

    private static boolean joiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab9 ,.;:'’-_()\"éßЖλ日本\u0301\u00a0\t").ofMinLength(1).ofMaxLength(12);
    }
}
