package app.margin.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Anchor;
import app.margin.model.AnchorResolver;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Picture;
import app.margin.model.Placement;
import app.margin.model.Section;
import app.margin.model.Span;
import app.margin.model.Span.Style;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a Markdown page looks like beyond its words: spans, list items, quotes, tables, figures, footnotes. */
class MarkdownFormsTest {
    private final MarkdownImporter importer = new MarkdownImporter();

    private Article read(String markdown) throws ArticleException {
        return importer.read(markdown, "guide.md", "md-0123456789abcdef");
    }

    private static List<ParagraphForm> leadForms(Article article) {
        return IntStream.range(0, article.lead().size()).mapToObj(article::leadForm).toList();
    }

    @Test
    void emphasisStrongCodeAndStrikethroughAreSpansOverTheUnchangedText() throws Exception {
        Article article = read("# T\n\nA **bold**, _soft_, `code()` and ~~gone~~ word.\n");

        assertThat(article.lead()).containsExactly("A bold, soft, code() and gone word.");
        assertThat(article.leadForm(0).spans()).containsExactly(new Span(2, 6, Style.STRONG),
                new Span(8, 12, Style.EMPHASIS), new Span(14, 20, Style.CODE), new Span(25, 29, Style.STRIKE));
    }

    @Test
    void aLinkAroundEmphasisKeepsBothAndAHighlightAcrossTheEmphasisEdgeResolvesExactly() throws Exception {
        Article article = read("# T\n\nSee [the **old** map](https://example.org/map \"Map\") first.\n");

        String text = article.lead().get(0);
        assertThat(text).isEqualTo("See the old map first.");
        assertThat(article.leadForm(0).spans()).containsExactly(
                new Span(4, 15, Style.LINK, "https://example.org/map"), new Span(8, 11, Style.STRONG));
        int start = text.indexOf("old map f");
        Anchor across = Anchor.passage(Article.LEAD_SECTION_ID, 0, text, start, start + "old map f".length());
        ArticleLayout layout = ArticleLayout.of(article);
        Placement placed = new AnchorResolver(layout).resolve(across).orElseThrow();
        assertThat(layout.blocks().get(placed.blockIndex()).text().substring(placed.start(), placed.end()))
                .isEqualTo("old map f");
    }

    @Test
    void bareAngleAndMailAutolinksAreLinks() throws Exception {
        Article article = read("# T\n\nGo to https://example.org/a, <https://example.org/b> or <ann@example.org>.\n");

        String text = article.lead().get(0);
        assertThat(article.leadForm(0).spans()).extracting(Span::target).containsExactly(
                "https://example.org/a", "https://example.org/b", "mailto:ann@example.org");
        Span first = article.leadForm(0).spans().get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("https://example.org/a");
    }

    @Test
    void linksMarginCannotFollowKeepTheirTextAndNoTarget() throws Exception {
        Article article = read("# T\n\n[run](javascript:alert(1)) [raw](data:text/html,x) [file](file:///etc/passwd) "
                + "[root](/etc/passwd) [empty]() [web](HTTPS://example.org)\n");

        assertThat(article.lead()).containsExactly("run raw file root empty web");
        assertThat(article.leadForm(0).spans()).containsExactly(new Span(24, 27, Style.LINK, "HTTPS://example.org"));
    }

    @Test
    void inDocumentLinksWrittenAsGitHubAnchorsLandOnTheirHeadings() throws Exception {
        Article article = read("""
                # The Guide

                Links: [a](#installing-margin) [b](#café-au-lait) [c](#caf%C3%A9-au-lait) [d](#notes-1) \
                [e](#the-guide) [f](#said) [g](#notes) [h](#cafe-au-lait) [i](#nowhere).

                ## Installing *Margin*

                one

                ## Café au lait

                two

                ## Notes

                three

                > ## Said
                > quoted

                ## Notes

                four
                """);
        ArticleLayout layout = ArticleLayout.of(article);
        List<String> targets = article.leadForm(0).spans().stream().map(Span::target).toList();

        assertThat(targets).containsExactly("#installing-margin", "#cafe-au-lait", "#cafe-au-lait", "#notes-2",
                "##lead", "#said", "#notes", "#cafe-au-lait", "#nowhere");
        assertThat(targets.subList(0, 8)).extracting(t -> layout.blocks().get(layout.blockOfTarget(t)).text())
                .containsExactly("Installing Margin", "Café au lait", "Café au lait", "Notes", "The Guide",
                        "Said", "Notes", "Café au lait");
        assertThat(layout.blockOfTarget("#notes-2")).isGreaterThan(layout.blockOfTarget("#notes"));
        assertThat(layout.blocks().get(layout.blockOfTarget("#said")).kind()).isEqualTo(Block.Kind.PARAGRAPH);
        assertThat(layout.blockOfTarget("#nowhere")).isEqualTo(-1);
    }

    @Test
    void nestedListsThreeDeepCarryMarkerAndDepthOutsideTheText() throws Exception {
        Article article = read("""
                # T

                - one *first*
                  - two
                    - three
                      - four
                  - two again
                - one again

                3) three
                4) four

                   continued after a blank line
                   - inner

                   after the inner list
                """);

        assertThat(article.lead()).containsExactly("one first", "two", "three", "four", "two again", "one again",
                "three", "four continued after a blank line", "inner", "after the inner list");
        assertThat(leadForms(article)).extracting(ParagraphForm::role).containsOnly(Role.LIST_ITEM);
        assertThat(leadForms(article)).extracting(ParagraphForm::marker)
                .containsExactly("•", "◦", "▪", "•", "◦", "•", "3)", "4)", "◦", null);
        assertThat(leadForms(article)).extracting(ParagraphForm::depth)
                .containsExactly(1, 2, 3, 4, 2, 1, 1, 1, 2, 1);
        assertThat(article.leadForm(0).spans()).containsExactly(new Span(4, 9, Style.EMPHASIS));
    }

    @Test
    void aLooseListsItemsAreLooseAndATightListsAreNot() throws Exception {
        Article article = read("""
                # T

                - loose one

                - loose two
                  - tight inner
                  - tight inner two

                text

                1. tight
                2. tight two
                """);

        assertThat(article.lead()).containsExactly("loose one", "loose two", "tight inner", "tight inner two", "text",
                "tight", "tight two");
        assertThat(leadForms(article)).extracting(ParagraphForm::loose)
                .containsExactly(true, true, false, false, false, false, false);
    }

    @Test
    void aCodeBlockInsideAListItemIsIndentedWithItsItemAndOneOutsideIsNot() throws Exception {
        Article article = read("""
                # T

                1. Install it:

                   ```
                   make install
                   ```

                   - nested

                         indented code
                2. ```
                   starts with code
                   ```

                ```
                top
                ```
                """);

        assertThat(article.lead()).containsExactly("Install it:", "make install", "nested", "indented code",
                "starts with code", "top");
        assertThat(article.leadPreformatted()).containsExactly(1, 3, 4, 5);
        assertThat(leadForms(article)).extracting(f -> f.role() + " " + f.depth() + " " + f.marker())
                .containsExactly("LIST_ITEM 1 1.", "LIST_ITEM 1 null", "LIST_ITEM 2 ◦", "LIST_ITEM 2 null",
                        "LIST_ITEM 1 2.", "BODY 0 null");
    }

    @Test
    void anOrderedListCountsFromItsStartNumber() throws Exception {
        Article article = read("# T\n\n7. seven\n8. eight\n1. nine\n");

        assertThat(leadForms(article)).extracting(ParagraphForm::marker).containsExactly("7.", "8.", "9.");
    }

    @Test
    void quotesAreQuoteParagraphsWithTheirDepth() throws Exception {
        Article article = read("# T\n\n> outer *said*\n>\n> > inner\n\nafter\n");

        assertThat(article.lead()).containsExactly("outer said", "inner", "after");
        assertThat(leadForms(article)).extracting(ParagraphForm::role).containsExactly(Role.QUOTE, Role.QUOTE,
                Role.BODY);
        assertThat(leadForms(article)).extracting(ParagraphForm::depth).containsExactly(1, 2, 0);
    }

    @Test
    void anAlignedTableHasAHeaderRowAndRowsOfTabSeparatedCells() throws Exception {
        Article article = read("""
                # T

                | Name | Talks | Score |
                |:-----|:-----:|------:|
                | `a`  | two   | 3     |
                |      | *x*   |       |
                """);

        assertThat(article.lead()).containsExactly("Name\tTalks\tScore", "a\ttwo\t3", "\tx\t");
        assertThat(leadForms(article)).extracting(ParagraphForm::role).containsExactly(Role.TABLE_HEADER,
                Role.TABLE_ROW, Role.TABLE_ROW);
        assertThat(article.leadForm(1).spans()).containsExactly(new Span(0, 1, Style.CODE));
        assertThat(article.leadForm(2).spans()).containsExactly(new Span(1, 2, Style.EMPHASIS));
        assertThat(leadForms(article)).extracting(ParagraphForm::cells).allSatisfy(cells -> assertThat(cells)
                .containsExactly(ParagraphForm.Cell.PLAIN, new ParagraphForm.Cell(ParagraphForm.Align.CENTER, 1),
                        new ParagraphForm.Cell(ParagraphForm.Align.END, 1)));
    }

    @Test
    void twoTablesWithOnlyABlankLineBetweenStayTwo() throws Exception {
        Article article = read("""
                # T

                | a | b |
                |---|---|
                | 1 | 2 |

                |   |   |
                |---|---|
                | 3 | 4 |
                """);

        assertThat(article.lead()).containsExactly("a\tb", "1\t2", "3\t4");
        assertThat(leadForms(article)).extracting(ParagraphForm::tableStart).containsExactly(true, false, true);
        assertThat(article.leadForm(2).continuesTable(article.leadForm(1))).isFalse();
    }

    @Test
    void anHtmlBlockIsReadAsAPagesBodyIsAndACommentHasNoText() throws Exception {
        // As Node.js's os.md sets its tables of constants: before, a third of that page was missing.
        Article article = read("""
                # T

                <!-- YAML
                added: v5.11.0
                -->

                The following signal constants are exported ([after them](#after)).

                <table>
                  <tr>
                    <th>Constant</th>
                    <th>Description</th>
                  </tr>
                  <tr>
                    <td><code>SIGHUP</code></td>
                    <td>Sent when a controlling terminal is <em>closed</em>.</td>
                  </tr>
                </table>

                <div id="after"><p>A paragraph in a div.</p></div>
                """);

        assertThat(article.lead()).containsExactly("The following signal constants are exported (after them).",
                "Constant\tDescription", "SIGHUP\tSent when a controlling terminal is closed.", "A paragraph in a div.");
        assertThat(leadForms(article)).extracting(ParagraphForm::role).containsExactly(Role.BODY, Role.TABLE_HEADER,
                Role.TABLE_ROW, Role.BODY);
        assertThat(article.leadForm(2).spans()).containsExactly(new Span(0, 6, Style.CODE),
                new Span(43, 49, Style.EMPHASIS));
        assertThat(article.leadForm(3).ids()).as("a link into the block lands on it").contains("after");
    }

    @Test
    void aTableWhoseHeaderRowHasNoCellKeepsItsRowsWords() throws Exception {
        // As TeX Live's gzt README opens: commonmark read this as a table of no column and dropped every cell.
        Article article = read("""
                |
                -------:| -----------------
                    gzt:| Bundle of two classes for `La Gazette`
                 Author:| Denis Bitouzé

                After the table.
                """);

        assertThat(article.lead()).containsExactly("gzt:\tBundle of two classes for La Gazette",
                "Author:\tDenis Bitouzé", "After the table.");
        assertThat(leadForms(article).subList(0, 2)).extracting(ParagraphForm::role)
                .containsOnly(Role.TABLE_ROW);
        assertThat(article.leadForm(0).cells()).containsExactly(new ParagraphForm.Cell(ParagraphForm.Align.END, 1));
        assertThat(article.leadForm(0).spans()).containsExactly(new Span(31, 41, Style.CODE));
    }

    @Test
    void aTableWhoseLinesCannotBeReadAgainIsKeptAsItsLines() throws Exception {
        // A header of no cell over a delimiter row that reads as no table once its header has cells.
        Article article = read("# T\n\n|\n|-|-\nx|y\n\nAfter.\n");

        assertThat(String.join(" ", article.lead())).contains("x").contains("y").contains("After.");
    }

    @Test
    void aTabInsideACellIsASpaceSoTheRowKeepsItsCells() throws Exception {
        Article article = read("# T\n\n| a | b |\n|---|---|\n| x\ty | z |\n");

        assertThat(article.lead()).containsExactly("a\tb", "x y\tz");
    }

    @Test
    void aThematicBreakSetsARuleAboveTheNextParagraphOnly() throws Exception {
        Article article = read("# T\n\nbefore\n\n***\n\n- after\n- next\n");

        assertThat(leadForms(article)).extracting(ParagraphForm::ruleAbove).containsExactly(false, true, false);
    }

    @Test
    void anImageAloneIsAFigureNamedByItsAltTextTitleOrFileName() throws Exception {
        Article article = read("""
                # T

                ![A *map* of the front](images/map.png "The map")

                ![](pics/chart.svg "Talks per year") ![](../shared/photo%201.jpg?v=2)

                ![no source]()
                """);

        assertThat(article.lead()).containsExactly("A map of the front", "Talks per year", "photo 1.jpg",
                "[image: no source]");
        assertThat(leadForms(article)).extracting(ParagraphForm::picture).containsExactly(
                new Picture("images/map.png", "A map of the front", 0, 0), new Picture("pics/chart.svg", "", 0, 0),
                new Picture("../shared/photo%201.jpg?v=2", "", 0, 0), null);
        assertThat(article.leadForm(0).role()).isEqualTo(Role.FIGURE);
    }

    @Test
    void aFootnoteReferenceIsANoteRefSpanAndItsDefinitionEndsTheSection() throws Exception {
        Article article = read("""
                # T

                ## One

                A claim[^src] and a second[^2] and one[^nope] undefined.

                [^src]: The source, *page 4*.

                    Its second paragraph.

                More text.

                ## Two

                Again[^src].

                [^2]: The second note.
                """);

        Section one = article.sections().get(0);
        assertThat(one.paragraphs()).containsExactly("A claim1 and a second2 and one[^nope] undefined.",
                "More text.", "The source, page 4.", "Its second paragraph.");
        assertThat(one.form(0).spans()).containsExactly(new Span(7, 8, Style.NOTE_REF, "#fn-src"),
                new Span(21, 22, Style.NOTE_REF, "#fn-2"));
        ParagraphForm note = one.form(2);
        assertThat(note.role()).isEqualTo(Role.NOTE);
        assertThat(note.ids()).containsExactly("fn-src");
        assertThat(note.marker()).isEqualTo("1");
        assertThat(note.spans()).containsExactly(new Span(12, 18, Style.EMPHASIS));
        assertThat(one.form(3).role()).isEqualTo(Role.NOTE);
        assertThat(one.form(3).ids()).isEmpty();
        Section two = article.sections().get(1);
        assertThat(two.paragraphs()).containsExactly("Again1.", "The second note.");
        assertThat(two.form(1).ids()).containsExactly("fn-2");
        assertThat(two.form(1).marker()).isEqualTo("2");

        ArticleLayout layout = ArticleLayout.of(article);
        assertThat(layout.blocks().get(layout.blockOfTarget("#fn-src")).text()).isEqualTo("The source, page 4.");
        assertThat(layout.blocks().get(layout.blockOfTarget("#fn-2")).text()).isEqualTo("The second note.");
    }

    @Test
    void aHeadingWithANoteReferenceKeepsItsTitleAsWrittenAndLinksStillReachIt() throws Exception {
        Article article = read("""
                # T

                Go to [results](#results1) or [the other](#results-1).

                ## Results[^1]

                Body.

                [^1]: Measured twice.
                """);

        Section results = article.sections().get(0);
        assertThat(results.title()).isEqualTo("Results[^1]");
        ArticleLayout layout = ArticleLayout.of(article);
        assertThat(article.leadForm(0).spans()).extracting(Span::target)
                .allSatisfy(t -> assertThat(layout.blocks().get(layout.blockOfTarget(t)).text())
                        .isEqualTo("Results[^1]"));
    }

    @Test
    void aFootnoteDefinedButNeverReferredToIsStillShown() throws Exception {
        Article article = read("# T\n\nText.\n\n[^aside]: An aside.\n");

        assertThat(article.lead()).containsExactly("Text.", "An aside.");
        assertThat(article.leadForm(1).role()).isEqualTo(app.margin.model.ParagraphForm.Role.NOTE);
        assertThat(article.leadForm(1).ids()).as("an id no link points at is not kept").isEmpty();
    }

    @Test
    void everyBlockInAFootnoteIsANoteParagraphSoThePopoverReachesItsListAndCode() throws Exception {
        Article article = read("""
                # T

                A claim[^1].

                [^1]: The source.

                    - first point
                    - second point

                    ```
                    run(it);
                    ```
                """);

        ArticleLayout layout = ArticleLayout.of(article);
        int first = layout.blockOfTarget("#fn-1");
        List<Block> note = layout.blocks().subList(first, layout.blocks().size());
        assertThat(note).extracting(Block::text)
                .containsExactly("The source.", "first point", "second point", "run(it);");
        assertThat(note).extracting(b -> b.form().role()).containsOnly(Role.NOTE);
        assertThat(note.get(0).form().ids()).containsExactly("fn-1");
        assertThat(note.subList(1, 4)).allSatisfy(b -> assertThat(b.form().ids()).isEmpty());
        assertThat(note.subList(1, 3)).extracting(b -> b.form().marker()).containsExactly("•", "•");
        assertThat(note.get(3).preformatted()).isTrue();
    }
}
