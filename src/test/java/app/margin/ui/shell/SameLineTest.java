package app.margin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line of a PDF's first pages in the whole document: found by its text where the whole's layout moved it (a
 * review's finding: the block's index was reused, a paragraph or more off).
 */
class SameLineTest {

    private static ArticleLayout layout(String... paragraphs) {
        return ArticleLayout.of(new Article("paper", "Paper", null, null, null, List.of(paragraphs), List.of(),
                false, null));
    }

    private static int at(ArticleLayout layout, String text) {
        for (int i = 0; i < layout.blocks().size(); i++) {
            if (layout.blocks().get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no block " + text);
    }

    @Test
    void aBlockIsFoundByItsTextWhereTheWholeMovedIt() {
        // The beginning kept a running head the whole leaves out, and the whole splits a paragraph earlier on.
        ArticleLayout beginning = layout("Running head", "First.", "Second, read here.", "Third.");
        ArticleLayout whole = layout("First.", "Second, read here.", "Third.", "Fourth.");

        int read = at(beginning, "Second, read here.");
        SameLine same = SameLine.in(beginning, read, 7, whole);

        assertThat(read - same.block()).as("a place off").isOne();
        assertThat(same.block()).isEqualTo(at(whole, "Second, read here."));
        assertThat(same.offset()).isEqualTo(7);
    }

    @Test
    void aBookWhoseBeginningIsItsStartKeepsEveryIndex() {
        ArticleLayout beginning = layout("One.", "Two.");
        ArticleLayout whole = layout("One.", "Two.", "Three.");

        assertThat(SameLine.in(beginning, at(beginning, "Two."), 0, whole).block()).isEqualTo(at(whole, "Two."));
    }

    @Test
    void aBlockNotFoundStaysAtItsIndexFromItsStart() {
        ArticleLayout beginning = layout("One.", "A paragraph the whole reads differently.");
        ArticleLayout whole = layout("One.", "A paragraph the whole reads", "differently.");

        int read = at(beginning, "A paragraph the whole reads differently.");
        SameLine same = SameLine.in(beginning, read, 12, whole);

        assertThat(same.block()).isEqualTo(read);
        assertThat(same.offset()).isZero();
    }
}
