package app.margin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.ParagraphForm;
import app.margin.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Go to Page on a page without text: yathesis-fr.pdf's front matter runs i, ii, iii, v (page iv is blank) and then
 * 1, 2, ...; a new user asked for "iv" and was told the document had no such page, which Evince goes to.
 */
class PageGoalTest {

    /** One paragraph on each page labelled, in order. */
    private static ArticleLayout pages(String... labels) {
        List<String> text = new ArrayList<>();
        Map<Integer, ParagraphForm> forms = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            text.add("Text of page " + labels[i] + ".");
            forms.put(i, ParagraphForm.PLAIN.withPage(labels[i]));
        }
        Section body = new Section("body", "Body", text, List.of(), Set.of(), forms);
        return ArticleLayout.of(new Article("doc", "Doc", null, null, null, List.of(), List.of(body), false));
    }

    private static int blockOf(ArticleLayout layout, String text) {
        for (int i = 0; i < layout.blocks().size(); i++) {
            if (layout.blocks().get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void aBlankPageBetweenTwoWithTextGoesToTheNextAndSaysSo() {
        ArticleLayout layout = pages("i", "ii", "iii", "v", "vi", "1", "2", "4");

        PageGoal goal = PageGoal.of(layout, "iv").orElseThrow();

        assertThat(goal.block()).isEqualTo(blockOf(layout, "Text of page v."));
        assertThat(goal.note()).isEqualTo("Page iv has no text: this is page v, the next page with text.");
        assertThat(PageGoal.of(layout, " IV ").orElseThrow().block()).as("as printed, either case")
                .isEqualTo(goal.block());
        assertThat(PageGoal.of(layout, "3").orElseThrow().block()).as("an arabic one too")
                .isEqualTo(blockOf(layout, "Text of page 4."));
    }

    @Test
    void aBlankPageAfterTheLastOfItsNumberingGoesToTheFirstOfTheNext() {
        ArticleLayout layout = pages("i", "ii", "iii", "v", "vi", "1", "2", "4");

        PageGoal goal = PageGoal.of(layout, "vii").orElseThrow();

        assertThat(goal.block()).isEqualTo(blockOf(layout, "Text of page 1."));
        assertThat(goal.note()).contains("vii has no text", "page 1,");
        assertThat(PageGoal.of(layout, "viii")).as("two past the last: nothing says it is there").isEmpty();
        assertThat(PageGoal.of(layout, "xx")).isEmpty();
    }

    @Test
    void aPageWithTextIsGoneToWithNothingToSay() {
        ArticleLayout layout = pages("i", "ii", "iii", "v", "vi", "1", "2", "4");

        PageGoal goal = PageGoal.of(layout, "2").orElseThrow();

        assertThat(goal.block()).isEqualTo(blockOf(layout, "Text of page 2."));
        assertThat(goal.note()).isNull();
        assertThat(PageGoal.of(layout, "99")).isEmpty();
        assertThat(PageGoal.of(layout, "glossary")).isEmpty();
    }

    @Test
    void numberingThatStartsLaterHasItsFirstPagesBlank() {
        ArticleLayout layout = pages("3", "4", "5");

        PageGoal goal = PageGoal.of(layout, "1").orElseThrow();

        assertThat(goal.block()).as("the top of page 3, the title above its text").isEqualTo(layout.blockOfPage("3"));
        assertThat(goal.note()).startsWith("Page 1 has no text");
    }
}
