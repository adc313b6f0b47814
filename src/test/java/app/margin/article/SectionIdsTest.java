package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionIdsTest {
    @Test
    void headingBecomesLowercaseSlugWithOneDashPerGap() {
        assertThat(SectionIds.slug("Ukraine: The Central Point of Discussion"))
                .isEqualTo("ukraine-the-central-point-of-discussion");
        assertThat(SectionIds.slug("  -- Why?! (Part 2) --  ")).isEqualTo("why-part-2");
    }

    @Test
    void accentsAreDroppedAndOtherScriptsFallBackToSection() {
        assertThat(SectionIds.slug("Café Crème")).isEqualTo("cafe-creme");
        assertThat(SectionIds.slug("Введение")).isEqualTo("section");
        assertThat(SectionIds.slug("")).isEqualTo("section");
    }

    @Test
    void longSlugIsCutToEightyCharactersWithoutATrailingDash() {
        String slug = SectionIds.slug("word ".repeat(40));

        assertThat(slug).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-").startsWith("word-word");
    }

    @Test
    void repeatedHeadingsGetNumberedIdsThatAreAllDifferent() {
        SectionIds ids = new SectionIds();

        assertThat(ids.next("Notes")).isEqualTo("notes");
        assertThat(ids.next("Notes 2")).isEqualTo("notes-2");
        assertThat(ids.next("Notes")).isEqualTo("notes-3");
        assertThat(ids.next("notes!")).isEqualTo("notes-4");
    }

    @Test
    void everySlugIsAValidArticleId() {
        for (String heading : new String[] {"", "!!!", "Ünïcödé", "1. First", "a".repeat(300), "_x_"}) {
            assertThat(new SectionIds().next(heading)).matches(ArticleBinder.ID);
        }
    }
}
