package app.margin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A paged source's blocks know their page; Go to Page finds a page by its printed label or its place in order. */
class ArticlePagesTest {

    private static ParagraphForm on(String page) {
        return ParagraphForm.PLAIN.withPage(page);
    }

    private static Article paper() {
        Section one = new Section("intro", "Introduction", List.of("Front matter.", "More front.", "Body starts."),
                List.of(), Set.of(), Map.of(0, on("iv"), 2, on("1")));
        Section two = new Section("results", "Results", List.of("Results text.", "On page two."), List.of(),
                Set.of(), Map.of(1, on("2")));
        return new Article("paper", "Paper", null, null, null, List.of(), List.of(one, two), false);
    }

    @Test
    void everyBlockIsOnThePageLastLabelledAtOrBeforeIt() {
        ArticleLayout layout = ArticleLayout.of(paper());
        List<Block> blocks = layout.blocks();

        assertThat(layout.paged()).isTrue();
        assertThat(layout.pageAt(0)).as("the title and the heading before the first label: on its page")
                .isEqualTo("iv");
        assertThat(layout.pageAt(1)).isEqualTo("iv");
        int more = indexOf(blocks, "More front.");
        assertThat(layout.pageAt(more)).isEqualTo("iv");
        assertThat(layout.pageAt(indexOf(blocks, "Results text."))).isEqualTo("1");
        assertThat(layout.pageAt(indexOf(blocks, "On page two."))).isEqualTo("2");
    }

    @Test
    void aHeadingIsOnThePageOfWhatFollowsItNotOfTheParagraphBefore() {
        // A new user's trial (a French paper): "Introduction" and "Citations tests" at the top of page 2 said
        // "p. 1", the page of the paragraph before them.
        Section intro = new Section("intro", "Introduction", List.of(), List.of(
                new Section("tests", "Citations tests", List.of("Page two opens here."), List.of(), Set.of(),
                        Map.of(0, on("2")))), Set.of(), Map.of());
        Section front = new Section("front", "Front", List.of("Page one ends here."), List.of(), Set.of(),
                Map.of(0, on("1")));
        ArticleLayout layout = ArticleLayout.of(new Article("paper", "Paper", null, null, null, List.of(),
                List.of(front, intro), false));
        List<Block> blocks = layout.blocks();
        int heading = -1;
        int subheading = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Block.Kind.HEADING && blocks.get(i).text().equals("Introduction")) {
                heading = i;
            }
            if (blocks.get(i).kind() == Block.Kind.HEADING && blocks.get(i).text().equals("Citations tests")) {
                subheading = i;
            }
        }

        assertThat(layout.pageAt(indexOf(blocks, "Page one ends here."))).isEqualTo("1");
        assertThat(layout.pageAt(heading)).isEqualTo("2");
        assertThat(layout.pageAt(subheading)).isEqualTo("2");
        assertThat(layout.blockOfPage("2")).as("Go to Page 2 shows its heading at the top").isEqualTo(heading);
    }

    @Test
    void aPageIsFoundByItsLabelThenByItsPlaceInOrder() {
        ArticleLayout layout = ArticleLayout.of(paper());

        assertThat(layout.blockOfPage("IV")).as("the top: the title is on the first page").isZero();
        assertThat(layout.blockOfPage("2")).as("the label 2, not the second page")
                .isEqualTo(indexOf(layout.blocks(), "On page two."));
        assertThat(layout.blockOfPage("3")).as("no label 3: the third page in order is the one labelled 2")
                .isEqualTo(indexOf(layout.blocks(), "On page two."));
        assertThat(layout.blockOfPage("99")).isEqualTo(-1);
        assertThat(layout.blockOfPage("xx")).isEqualTo(-1);
    }

    @Test
    void anArticleWithoutPagesHasNone() {
        ArticleLayout layout = ArticleLayout.of(new Article("a", "A", null, null, null, List.of("Text."), List.of(),
                false));

        assertThat(layout.paged()).isFalse();
        assertThat(layout.pageAt(1)).isNull();
        assertThat(layout.blockOfPage("1")).isEqualTo(-1);
    }

    private static int indexOf(List<Block> blocks, String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text);
    }
}
