package app.margin.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Section;
import app.margin.model.study.Card;
import app.margin.model.study.ClozeRange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cards from a PDF cite the page of their passage at the end of their back, as the panel and the sheets do. */
class AnkiPagesTest {
    static final Instant T = Instant.parse("2026-12-07T09:00:00Z");

    /** Section "results" starts on page "11"; its second paragraph runs onto page "12" but starts on 11. */
    static Article paper() {
        ParagraphForm p11 = ParagraphForm.PLAIN.withPage("11");
        ParagraphForm p12 = ParagraphForm.PLAIN.withPage("12");
        Section results = new Section("results", "3 Results", List.of("The first result holds for every size.",
                "A second paragraph, with the passage on the ratio of the sizes.", "On the next page, the proof."),
                List.of(), Set.of(), Map.of(0, p11, 2, p12));
        return new Article("pdf-1", "A Paper", null, null, null, List.of("Abstract."), List.of(results), false);
    }

    @Test
    void aBasicCardCitesThePageItsPassageIsOnAfterItsNote() {
        Card card = Card.basic("b1", "h1", "pdf-1", "results", "What of the sizes?", "the ratio of the sizes",
                "It holds.", T);
        Card later = Card.basic("b2", "h2", "pdf-1", "results", "And then?", "the proof", "Done.", T);
        AnkiText read = AnkiText.parse(AnkiExport.text(paper(), List.of(card, later)));

        assertThat(read.rows.get(0).get(4)).endsWith("It holds.<div class=\"margin-page\">p. 11</div>");
        assertThat(read.rows.get(1).get(4)).endsWith("Done.<div class=\"margin-page\">p. 12</div>");
    }

    @Test
    void aClozeCardCitesItsPageInBackExtraAndASectionNoteItsSectionsFirstPage() {
        String quote = "the ratio of the sizes";
        Card cloze = Card.cloze("c1", "h1", "pdf-1", "results", quote, "Mind it.", List.of(new ClozeRange(4, 9)), T);
        Card section = Card.basic("s1", "n1", "pdf-1", "results", "", "", "Three results.", T);
        AnkiText read = AnkiText.parse(AnkiExport.text(paper(), List.of(cloze, section)));

        assertThat(read.rows.get(0).get(4)).isEqualTo("Mind it.<div class=\"margin-page\">p. 11</div>");
        assertThat(read.rows.get(1).get(4)).endsWith("<div class=\"margin-page\">p. 11</div>");
    }

    @Test
    void aSourceWithoutPagesCitesNone() {
        Card card = Card.basic("b1", "h1", "rich", "zlib", "What is Z_OK?", AnkiMarksTest.quote(), "Success.", T);
        AnkiText read = AnkiText.parse(AnkiExport.text(AnkiMarksTest.article(), List.of(card)));

        assertThat(read.rows.get(0).get(4)).doesNotContain("margin-page").endsWith("Success.");
    }
}
