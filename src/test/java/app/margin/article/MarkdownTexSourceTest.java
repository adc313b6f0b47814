package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cursor's steps over a TeX source: a braced argument as written, a command's name, looking ahead. */
class MarkdownTexSourceTest {

    @Test
    void rawArgumentKeepsNestedAndEscapedBracesAndDropsItsOwn() {
        MarkdownTexSource source = new MarkdownTexSource("  {a{b}\\}c} rest");
        assertThat(source.raw()).isEqualTo("a{b}\\}c");
        assertThat(source.s.substring(source.i)).isEqualTo(" rest");
    }

    @Test
    void rawArgumentLeftOpenRunsToTheEnd() {
        MarkdownTexSource source = new MarkdownTexSource("{ab{c");
        assertThat(source.raw()).isEqualTo("ab{c");
        assertThat(source.i).isEqualTo(source.s.length());
    }

    @Test
    void unbracedArgumentIsOneCharacterEvenOutsideTheBasicPlane() {
        MarkdownTexSource source = new MarkdownTexSource("\uD835\uDC00b");
        assertThat(source.raw()).isEqualTo("\uD835\uDC00");
        assertThat(source.i).isEqualTo(2);
    }

    @Test
    void commandNameIsItsAsciiLettersOrOneOtherCharacter() {
        MarkdownTexSource letters = new MarkdownTexSource("\\alpha2");
        letters.i = 1;
        assertThat(letters.name()).isEqualTo("alpha");
        assertThat(letters.i).isEqualTo(6);
        MarkdownTexSource symbol = new MarkdownTexSource("\\{x");
        symbol.i = 1;
        assertThat(symbol.name()).isEqualTo("{");
        assertThat(symbol.i).isEqualTo(2);
    }

    @Test
    void commandStandsOnlyWhenNoLetterFollowsItsName() {
        assertThat(new MarkdownTexSource("\\right)").command("right")).isTrue();
        assertThat(new MarkdownTexSource("\\right").command("right")).isTrue();
        assertThat(new MarkdownTexSource("\\rightarrow").command("right")).isFalse();
        assertThat(new MarkdownTexSource("right").command("right")).isFalse();
    }

    @Test
    void nextSkipsWhiteSpaceBeforeLooking() {
        MarkdownTexSource source = new MarkdownTexSource("  \n{x}");
        assertThat(source.next("{")).isTrue();
        assertThat(source.i).isEqualTo(3);
    }
}
