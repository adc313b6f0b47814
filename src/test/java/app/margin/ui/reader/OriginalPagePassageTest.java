package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.ParagraphForm;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which words the original page opens at: the selection or caret where they show, else the top line of the pane. */
class OriginalPagePassageTest {
    static final String FIRST = "The first paragraph is on page iv and says little more than that.";
    static final String SECOND = "The second paragraph starts on page 5, where the reader was reading when they asked"
            + " for the printed page, and it goes on for a while with words of its own.";
    static final String SHORT = "Short.";

    private final ArticleLayout layout = ArticleLayout.of(new Article("a", "A", null, null, null,
            List.of(FIRST, SECOND, SHORT), List.of(), false, null, Set.of(),
            Map.of(0, ParagraphForm.PLAIN.withPage("iv"), 1, ParagraphForm.PLAIN.withPage("5")), "/p.pdf"));
    private final int first = block(FIRST);
    private final int second = block(SECOND);
    private final int shortOne = block(SHORT);

    private int block(String text) {
        for (int i = 0; i < layout.blocks().size(); i++) {
            if (layout.blocks().get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text);
    }

    private static OriginalPagePassage.Place place(int block, int start, int end) {
        return new OriginalPagePassage.Place(block, start, end);
    }

    @Test
    void theTopLineOfThePaneIsThePassageOnItsBlocksPage() {
        int at = SECOND.indexOf("where the reader");
        int end = SECOND.indexOf("and it goes");

        OriginalPagePassage p = OriginalPagePassage.of(layout, place(second, at, end), null, null);

        assertThat(p.label()).isEqualTo("5");
        assertThat(p.quote()).isEqualTo("where the reader was reading when they asked for the printed page,");
    }

    @Test
    void aSelectionThatShowsIsThePassageInsteadOfTheTopLine() {
        int from = SECOND.indexOf("page 5");
        int to = SECOND.indexOf(", where");

        OriginalPagePassage p = OriginalPagePassage.of(layout, place(first, 0, 30), place(second, from, to), null);

        assertThat(p.label()).isEqualTo("5");
        assertThat(p.quote()).as("too few letters alone: the words after it make it up")
                .startsWith("page 5, where the reader was reading").hasSizeGreaterThan(30);
    }

    @Test
    void aLongSelectionIsLookedForByItsBeginning() {
        String longText = (SECOND + " ").repeat(4).strip();
        ArticleLayout long1 = ArticleLayout.of(new Article("b", "B", null, null, null, List.of(longText), List.of(),
                false, null, Set.of(), Map.of(0, ParagraphForm.PLAIN.withPage("7")), "/p.pdf"));
        int b = long1.blocks().size() - 1;

        OriginalPagePassage p = OriginalPagePassage.of(long1, place(b, 0, 10), place(b, 4, longText.length()), null);

        assertThat(p.quote().length()).isLessThanOrEqualTo(OriginalPagePassage.MAX_CHARS);
        assertThat(longText.substring(4)).startsWith(p.quote());
        assertThat(longText.charAt(4 + p.quote().length())).as("cut at a word's end, not inside one").isEqualTo(' ');
        assertThat(p.quote().length()).isGreaterThan(OriginalPagePassage.MAX_CHARS - 12);
    }

    @Test
    void theCaretWhereItShowsIsThePassageFromTheWordItIsIn() {
        int inWord = SECOND.indexOf("printed") + 3;

        OriginalPagePassage p = OriginalPagePassage.of(layout, place(first, 0, 30), null,
                place(second, inWord, inWord));

        assertThat(p.quote()).startsWith("printed page, and it goes on");
        assertThat(p.label()).isEqualTo("5");
    }

    @Test
    void aShortLineAtABlocksEndTakesTheWordsBeforeIt() {
        int start = SECOND.indexOf("of its own.");

        OriginalPagePassage p = OriginalPagePassage.of(layout, place(second, start, SECOND.length()), null, null);

        assertThat(p.quote()).endsWith("with words of its own.");
        assertThat(p.quote().replaceAll("[^\\p{L}\\p{N}]", "").length())
                .isGreaterThanOrEqualTo(OriginalPagePassage.MIN_LETTERS);
    }

    @Test
    void aBlockShorterThanThatIsLookedForWhole() {
        OriginalPagePassage p = OriginalPagePassage.of(layout, place(shortOne, 0, SHORT.length()), null, null);

        assertThat(p.quote()).isEqualTo(SHORT);
        assertThat(p.label()).as("on the page of the paragraph before").isEqualTo("5");
    }
}
