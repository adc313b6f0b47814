package app.margin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLayoutTest {

    private static Article nested() {
        Section child = new Section("b1", "B one", List.of("b1 text"), List.of());
        return new Article("x", "Title", "by Someone", null, null, List.of("lead text"),
                List.of(new Section("a", "A", List.of("a1", "a2"), List.of()),
                        new Section("b", "B", List.of("b text"), List.of(child))),
                true);
    }

    @Test
    void blocksFollowReadingOrderWithLeadFirstAndEndMarkLast() {
        ArticleLayout layout = ArticleLayout.of(nested());

        assertThat(layout.blocks()).extracting(Block::text).containsExactly(
                "Title", "by Someone", "lead text", "A", "a1", "a2", "B", "b text", "B one", "b1 text",
                ArticleLayout.SOURCE_ENDS_TEXT);
        assertThat(layout.blocks().get(8).level()).isEqualTo(2);
    }

    @Test
    void preformattedParagraphsAreMarkedAndStayParagraphsWithTheirIndices() {
        Section child = new Section("b1", "B one", List.of("prose", "code()"), List.of(), java.util.Set.of(1));
        Article article = new Article("x", "Title", null, null, null, List.of("$ run", "lead text"),
                List.of(new Section("a", "A", List.of("a1", "x = 1\ny = 2"), List.of(child), java.util.Set.of(1))),
                false, null, java.util.Set.of(0));

        ArticleLayout layout = ArticleLayout.of(article);

        assertThat(layout.blocks()).extracting(Block::text, Block::preformatted).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Title", false),
                org.assertj.core.groups.Tuple.tuple("$ run", true),
                org.assertj.core.groups.Tuple.tuple("lead text", false),
                org.assertj.core.groups.Tuple.tuple("A", false),
                org.assertj.core.groups.Tuple.tuple("a1", false),
                org.assertj.core.groups.Tuple.tuple("x = 1\ny = 2", true),
                org.assertj.core.groups.Tuple.tuple("B one", false),
                org.assertj.core.groups.Tuple.tuple("prose", false),
                org.assertj.core.groups.Tuple.tuple("code()", true));
        Block code = layout.blocks().get(layout.blockOf("b1", 1));
        assertThat(code.isParagraph()).isTrue();
        assertThat(code.paragraphIndex()).isEqualTo(1);
        assertThat(code.text()).isEqualTo("code()");
    }

    @Test
    void outlineIsATreeWithTheLeadFirst() {
        ArticleLayout layout = ArticleLayout.of(nested());

        assertThat(layout.outline()).extracting(OutlineEntry::sectionId)
                .containsExactly(Article.LEAD_SECTION_ID, "a", "b");
        assertThat(layout.outline().get(2).children()).extracting(OutlineEntry::sectionId).containsExactly("b1");
        assertThat(layout.sectionOrder()).containsExactly(Article.LEAD_SECTION_ID, "a", "b", "b1");
    }

    @Test
    void blockIndicesMapBackToSectionsAndParagraphs() {
        ArticleLayout layout = ArticleLayout.of(nested());

        assertThat(layout.blockOf("b1")).isEqualTo(8);
        assertThat(layout.blockOf("a", 1)).isEqualTo(5);
        assertThat(layout.blockOf("missing")).isEqualTo(-1);
        assertThat(layout.sectionIdAt(5)).isEqualTo("a");
        assertThat(layout.sectionIdAt(10)).isEqualTo("b1");
        assertThat(layout.sectionOrdinalAt(9)).isEqualTo(3);
    }

    @Test
    void articleWithoutBylineOrTruncationHasNoSuchBlocks() {
        Article plain = new Article("x", "T", null, null, null, List.of(),
                List.of(new Section("a", "A", List.of("p"), List.of())), false);

        assertThat(ArticleLayout.of(plain).blocks()).extracting(Block::kind)
                .containsExactly(Block.Kind.TITLE, Block.Kind.HEADING, Block.Kind.PARAGRAPH);
    }

    @Test
    void wordCountsGiveWhatIsLeftToReadInArticleAndSection() {
        ArticleLayout layout = ArticleLayout.of(nested());

        assertThat(layout.totalWords()).isEqualTo(1 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 2);
        assertThat(layout.wordsFrom(8)).isEqualTo(4);
        assertThat(layout.wordsToSectionEnd(3)).isEqualTo(3);
        assertThat(layout.wordsToSectionEnd(6)).isEqualTo(3);
    }
}
