package app.margin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Annotations find their words again after the article's text has changed, or are left unplaced. */
class AnchorReanchoringTest {

    private static final String P1 = "Officials from both countries met in Geneva on Tuesday for the first "
            + "direct military talks in more than a year, according to statements released afterwards.";
    private static final String P2 = "The delegations discussed incident prevention at sea and in the air, "
            + "a subject on which the two militaries have kept a hotline open since the late nineteen-eighties.";
    private static final String P3 = "Analysts cautioned that the meeting was unlikely to produce any "
            + "agreement soon, noting that previous rounds had ended without a joint communique.";

    private static Article article(Section... sections) {
        return new Article("a", "Talks", null, null, null, List.of(), List.of(sections), false);
    }

    private static Section section(String id, String... paragraphs) {
        return new Section(id, "Heading " + id, List.of(paragraphs), List.of());
    }

    /** An anchor on the first occurrence of {@code words} in paragraph {@code paragraph} of {@code sectionId}. */
    private static Anchor anchorOn(Article article, String sectionId, int paragraph, String words) {
        String text = article.sections().stream().filter(s -> s.id().equals(sectionId)).findFirst()
                .orElseThrow().paragraphs().get(paragraph);
        int at = text.indexOf(words);
        assertThat(at).as("quote in the original text").isNotNegative();
        return Anchor.passage(sectionId, paragraph, text, at, at + words.length());
    }

    private static Resolution resolve(Article changed, Anchor anchor) {
        return new AnchorResolver(ArticleLayout.of(changed)).resolveDetailed(anchor);
    }

    private static String placedText(Article changed, Resolution r) {
        Placement p = r.placement();
        return ArticleLayout.of(changed).blocks().get(p.blockIndex()).text().substring(p.start(), p.end());
    }

    @Test
    void unchangedArticleIsResolvedAtTheHint() {
        Article original = article(section("s", P1, P2));
        Anchor anchor = anchorOn(original, "s", 1, "incident prevention at sea");

        Resolution r = resolve(original, anchor);

        assertThat(r.method()).isEqualTo(Resolution.Method.HINT);
        assertThat(r.placement()).isEqualTo(new Placement(ArticleLayout.of(original).blockOf("s", 1),
                anchor.start(), anchor.end()));
    }

    @Test
    void highlightSurvivesParagraphInsertedBeforeAndWordChangedElsewhereInParagraph() {
        Article original = article(section("s", P1, P2, P3));
        Anchor anchor = anchorOn(original, "s", 1, "kept a hotline open since the late nineteen-eighties");
        Article changed = article(section("s", P1, "A new paragraph about something else entirely.",
                P2.replace("incident prevention", "accident prevention"), P3));

        Resolution r = resolve(changed, anchor);

        assertThat(r.method()).isEqualTo(Resolution.Method.EXACT_IN_SECTION);
        assertThat(r.placement().blockIndex()).isEqualTo(ArticleLayout.of(changed).blockOf("s", 2));
        assertThat(placedText(changed, r)).isEqualTo("kept a hotline open since the late nineteen-eighties");
    }

    @Test
    void wordChangedInsideTheQuoteLandsFuzzilyOnTheEditedWords() {
        Article original = article(section("s", P1, P2, P3));
        Anchor anchor = anchorOn(original, "s", 0, "the first direct military talks in more than a year");
        Article changed = article(section("s",
                P1.replace("direct military talks", "direct defence talks"), P2, P3));

        Resolution r = resolve(changed, anchor);

        assertThat(r.method()).isEqualTo(Resolution.Method.FUZZY_IN_SECTION);
        assertThat(placedText(changed, r)).isEqualTo("the first direct defence talks in more than a year");
    }

    @Test
    void deletedPassageIsUnplaced() {
        Article original = article(section("s", P1, P2, P3));
        Anchor anchor = anchorOn(original, "s", 2, "previous rounds had ended without a joint communique");
        Article changed = article(section("s", P1, P2,
                "Analysts cautioned that the meeting was unlikely to produce any agreement soon."));

        assertThat(resolve(changed, anchor).method()).isEqualTo(Resolution.Method.UNPLACED);
        assertThat(new AnchorResolver(ArticleLayout.of(changed)).resolve(anchor)).isEmpty();
    }

    @Test
    void phraseThatAppearsTwiceIsPlacedWhereItsContextAgrees() {
        String twice = "On Monday the ministers said the talks were useful. Critics disagreed. "
                + "On Friday the generals said the talks were useful and should continue.";
        Article original = article(section("s", twice));
        Anchor anchor = anchorOn(original, "s", 0, "the generals said the talks were useful");
        Anchor onPhrase = new Anchor("s", new TextQuote("said the talks were useful",
                "On Friday the generals ", " and should continue."), 0, 0, 0);
        Article changed = article(section("s", "Late news. " + twice.replace("Critics", "Several critics")));

        Resolution r = resolve(changed, onPhrase);

        String text = ArticleLayout.of(changed).blocks().get(r.placement().blockIndex()).text();
        assertThat(r.method()).isEqualTo(Resolution.Method.EXACT_IN_SECTION);
        assertThat(r.placement().start()).isEqualTo(text.lastIndexOf("said the talks were useful"));
        assertThat(resolve(changed, anchor).isPlaced()).isTrue();
    }

    @Test
    void repeatedPhraseWithoutAgreeingContextIsNotPlacedAwayFromTheHint() {
        String twice = "Alpha said the talks were useful. Beta said the talks were useful.";
        Anchor anchor = new Anchor("s", new TextQuote("said the talks were useful",
                "something quite different here ", " and yet another unrelated tail"), 0, 200, 226);
        Article changed = article(section("s", twice));

        assertThat(resolve(changed, anchor).method()).isEqualTo(Resolution.Method.UNPLACED);
    }

    @Test
    void passageMovedToAnotherSectionIsFoundElsewhere() {
        Article original = article(section("a", P1, P2), section("b", P3));
        Anchor anchor = anchorOn(original, "a", 1, "incident prevention at sea and in the air");
        Article changed = article(section("a", P1), section("b", P3, P2));

        Resolution r = resolve(changed, anchor);

        assertThat(r.method()).isEqualTo(Resolution.Method.EXACT_ELSEWHERE);
        assertThat(r.placement().blockIndex()).isEqualTo(ArticleLayout.of(changed).blockOf("b", 1));
        assertThat(placedText(changed, r)).isEqualTo("incident prevention at sea and in the air");
    }

    @Test
    void renamedSectionIsFoundElsewhere() {
        Article original = article(section("talks", P1, P2), section("outlook", P3));
        Anchor anchor = anchorOn(original, "talks", 0, "met in Geneva on Tuesday");
        Article changed = article(section("geneva-talks", P1, P2), section("outlook", P3));

        Resolution r = resolve(changed, anchor);

        assertThat(r.method()).isEqualTo(Resolution.Method.EXACT_ELSEWHERE);
        assertThat(r.placement().blockIndex()).isEqualTo(ArticleLayout.of(changed).blockOf("geneva-talks", 0));
        assertThat(placedText(changed, r)).isEqualTo("met in Geneva on Tuesday");
    }

    @Test
    void movedPassageWithASmallEditIsFoundFuzzilyElsewhere() {
        Article original = article(section("a", P1, P2), section("b", P3));
        Anchor anchor = anchorOn(original, "a", 1, "incident prevention at sea and in the air");
        Article changed = article(section("a", P1),
                section("b", P3, P2.replace("at sea and in the air", "at sea and in the skies")));

        Resolution r = resolve(changed, anchor);

        assertThat(r.method()).isEqualTo(Resolution.Method.FUZZY_ELSEWHERE);
        assertThat(placedText(changed, r)).isEqualTo("incident prevention at sea and in the skies");
    }

    @Test
    void shortQuoteWithAnEditIsUnplacedRatherThanGuessed() {
        Article original = article(section("s", P1, P2));
        Anchor anchor = anchorOn(original, "s", 0, "met");
        Article changed = article(section("s", P1.replace(" met ", " mat "), P2));

        assertThat(resolve(changed, anchor).method()).isEqualTo(Resolution.Method.UNPLACED);
    }

    @Test
    void fuzzyMatchWithoutAgreeingContextIsUnplaced() {
        Anchor anchor = new Anchor("s", new TextQuote("incident prevention at sea",
                "an entirely unrelated prefix te", "xt that matches nothing at all"), 0, 0, 26);
        Article changed = article(section("s", P1, "They talked about accident prevention at sea, briefly."));

        assertThat(resolve(changed, anchor).method()).isEqualTo(Resolution.Method.UNPLACED);
    }

    @Test
    void wholeSectionAnchorIsPlacedOnItsHeadingOrUnplaced() {
        Article article = article(section("a", P1), section("b", P2));

        assertThat(resolve(article, Anchor.section("b")).placement())
                .isEqualTo(new Placement(ArticleLayout.of(article).blockOf("b"), 0, 0));
        assertThat(resolve(article, Anchor.section("gone")).isPlaced()).isFalse();
    }
}
