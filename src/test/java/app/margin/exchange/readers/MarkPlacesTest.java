package app.margin.exchange.readers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mark's place in its file's own order, which decides between equal passages. */
class MarkPlacesTest {

    private static ForeignHighlight at(String location) {
        return new ForeignHighlight(ReaderFormat.FOLIATE, ForeignHighlight.Kind.HIGHLIGHT, "Book", "", "words", "",
                "", null, "", location, "file, line 1");
    }

    @Test
    void aKindleLocationOrPageIsItsNumber() {
        assertThat(MarkPlaces.order(at("Location 180-182"))).containsExactly(180);
        assertThat(MarkPlaces.order(at("page 12"))).containsExactly(12);
    }

    @Test
    void aCfiIsTheStepsOfItsStartWithoutItsAssertions() {
        assertThat(MarkPlaces.order(at("epubcfi(/6/4[ch4]!/4/10,/1:0,/1:20)"))).containsExactly(6, 4, 4, 10, 1, 0);
        assertThat(MarkPlaces.order(at("epubcfi(/6/4!/4/2/1:5)"))).containsExactly(6, 4, 4, 2, 1, 5);
    }

    @Test
    void aLocationWithNoOrderGivesNone() {
        assertThat(MarkPlaces.order(at(""))).isNull();
        assertThat(MarkPlaces.order(at("/body/DocFragment[2]/body/p[3]"))).isNull();
    }
}
