package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Anchor;
import app.margin.model.AnchorResolver;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Placement;
import app.margin.model.Resolution;
import app.margin.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Notes made on the plain import of a Markdown file (before pages were rich: list markers in the text) land on the
 * same words after the rich import. The old article is a fixture: the paragraphs the importer gave for
 * {@link #MARKDOWN} at commit 156f2f5.
 */
class MarkdownOldAnchorsTest {
    static final String MARKDOWN = """
            # Field Notes

            We went north in *early* spring, with [the **old** map](https://example.org/map "Map") and `two` flasks.

            ## Packing

            What we packed, in the order we packed it:

            - boots, *waxed* twice
            - a map
              - paper copy
                - folded in **four**
              - the phone copy
            - tea, and more tea

            3. Fill the flasks.
            4. Check the [stove](#cooking), then the *fuel*.

               Then check it again: the fuel runs out first.
            5. Close the bag.

            ## Cooking

            > The stove is *small*; the pot is smaller.
            > Cook slowly.
            >
            > > Nested: patience is a *fuel* too.

            Tea first, then the rest. See [Packing](#packing) for the stove.

            * [x] a task-like item
            * the last item, with `code()` inside
            """;

    /** The plain import of {@link #MARKDOWN} as Margin made it before rich pages. */
    static final Article OLD = new Article("md-0123456789abcdef", "Field Notes", null, null, null,
            List.of("We went north in early spring, with the old map and two flasks."),
            List.of(new Section("packing", "Packing", List.of(
                            "What we packed, in the order we packed it:",
                            "• boots, waxed twice",
                            "• a map",
                            "• paper copy",
                            "• folded in four",
                            "• the phone copy",
                            "• tea, and more tea",
                            "3. Fill the flasks.",
                            "4. Check the stove, then the fuel. Then check it again: the fuel runs out first.",
                            "5. Close the bag."), List.of()),
                    new Section("cooking", "Cooking", List.of(
                            "The stove is small; the pot is smaller. Cook slowly.",
                            "Nested: patience is a fuel too.",
                            "Tea first, then the rest. See Packing for the stove.",
                            "• [x] a task-like item",
                            "• the last item, with code() inside"), List.of())),
            false);

    private static final Pattern MARKER = Pattern.compile("^(• |\\d+\\. )");
    private static final Pattern WORD = Pattern.compile("[^\\s,.;:]+");

    /** A quote made on the old text and where it must land in the new one. */
    private record Case(Anchor anchor, String sectionId, int paragraph, int start, int end, String words) {}

    @Test
    void theRichImportKeepsEachParagraphsTextLessItsListMarker() throws Exception {
        Article rich = new MarkdownImporter().read(MARKDOWN, "field-notes.md", "md-0123456789abcdef");

        assertThat(rich.lead()).isEqualTo(OLD.lead());
        assertThat(rich.sections()).extracting(Section::id).isEqualTo(OLD.sections().stream().map(Section::id).toList());
        for (int s = 0; s < OLD.sections().size(); s++) {
            List<String> withoutMarkers = OLD.sections().get(s).paragraphs().stream()
                    .map(p -> MARKER.matcher(p).replaceFirst("")).toList();
            assertThat(rich.sections().get(s).paragraphs()).isEqualTo(withoutMarkers);
        }
    }

    @Test
    void everyWordAndEveryThreeWordPassageNotedOnTheOldImportLandsOnTheSameWords() throws Exception {
        Article rich = new MarkdownImporter().read(MARKDOWN, "field-notes.md", "md-0123456789abcdef");
        ArticleLayout oldLayout = ArticleLayout.of(OLD);
        ArticleLayout newLayout = ArticleLayout.of(rich);
        AnchorResolver oldResolver = new AnchorResolver(oldLayout);
        AnchorResolver newResolver = new AnchorResolver(newLayout);

        List<Case> cases = cases();
        List<String> misplaced = new ArrayList<>();
        for (Case c : cases) {
            assertThat(oldResolver.resolveDetailed(c.anchor()).method()).isEqualTo(Resolution.Method.HINT);
            Placement placed = newResolver.resolve(c.anchor()).orElse(null);
            Placement expected = new Placement(newLayout.blockOf(c.sectionId(), c.paragraph()), c.start(), c.end());
            if (!expected.equals(placed)) {
                misplaced.add(c.words() + " in " + c.sectionId() + "/" + c.paragraph() + ": " + placed);
            }
        }

        assertThat(cases).hasSize(160);
        assertThat(misplaced).isEmpty();
    }

    /** Each word, and each run of three words, of every old paragraph, anchored as the reader would have. */
    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        add(cases, Article.LEAD_SECTION_ID, OLD.lead());
        for (Section s : OLD.sections()) {
            add(cases, s.id(), s.paragraphs());
        }
        return cases;
    }

    private static void add(List<Case> cases, String sectionId, List<String> paragraphs) {
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            Matcher marker = MARKER.matcher(text);
            int cut = marker.find() ? marker.end() : 0;
            List<int[]> words = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            m.region(cut, text.length());
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
            for (int w = 0; w < words.size(); w++) {
                for (int n : new int[] {1, 3}) {
                    if (w + n > words.size()) {
                        continue;
                    }
                    int start = words.get(w)[0];
                    int end = words.get(w + n - 1)[1];
                    cases.add(new Case(Anchor.passage(sectionId, p, text, start, end), sectionId, p, start - cut,
                            end - cut, text.substring(start, end)));
                }
            }
        }
    }
}
