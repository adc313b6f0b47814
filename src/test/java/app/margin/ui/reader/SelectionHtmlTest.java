package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ParagraphForm;
import app.margin.model.ParagraphForm.Role;
import app.margin.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionHtmlTest {

    private static ParagraphForm form(Role role, Span... spans) {
        return new ParagraphForm(role, role == Role.LIST_ITEM ? 1 : 0, role == Role.LIST_ITEM ? "•" : null,
                ParagraphForm.Align.START, List.of(spans), null, List.of(), null, false);
    }

    @Test
    void aSelectionKeepsItsMarksAndItsBlocks() {
        String text = "Use <zlib> & read the docs at zlib.net or here.";
        ParagraphForm body = form(Role.BODY, new Span(4, 10, Span.Style.CODE),
                new Span(30, 38, Span.Style.LINK, "https://zlib.net/?a=1&b=2"),
                new Span(42, 46, Span.Style.LINK, "#here"), new Span(0, 3, Span.Style.EMPHASIS));

        String html = SelectionHtml.of(List.of(new SelectionHtml.Part(text, body, 0, text.length()),
                new SelectionHtml.Part("An item", form(Role.LIST_ITEM), 0, 7),
                new SelectionHtml.Part("A\tB", form(Role.TABLE_HEADER), 0, 3),
                new SelectionHtml.Part("1\t2", form(Role.TABLE_ROW), 0, 3)));

        assertThat(html).contains("<p><em>Use</em> <code>&lt;zlib&gt;</code> &amp; read the docs at "
                + "<a href=\"https://zlib.net/?a=1&amp;b=2\">zlib.net</a> or here.</p>");
        assertThat(html).contains("<li>An item</li>", "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td>"
                + "</tr></table>");
    }

    @Test
    void aLinkToAFileBesideThePageKeepsOnlyItsWords() {
        String text = "See week 2 for the proof.";
        ParagraphForm body = form(Role.BODY, new Span(4, 10, Span.Style.LINK, "week2.md#proof"));

        String html = SelectionHtml.of(List.of(new SelectionHtml.Part(text, body, 0, text.length())));

        assertThat(html).contains("<p>See week 2 for the proof.</p>").doesNotContain("<a");
    }

    @Test
    void aTableStraightAfterAnotherIsCopiedAsATableOfItsOwn() {
        ParagraphForm first = form(Role.TABLE_ROW).withTableStart(true);
        String html = SelectionHtml.of(List.of(new SelectionHtml.Part("a\tb", first, 0, 3),
                new SelectionHtml.Part("c\td", form(Role.TABLE_ROW), 0, 3),
                new SelectionHtml.Part("\tNote", first, 0, 5)));

        assertThat(html).endsWith("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"
                + "<table><tr><td></td><td>Note</td></tr></table>");
    }

    @Test
    void aPartOfAParagraphCutsItsSpansAtTheSelection() {
        ParagraphForm body = form(Role.BODY, new Span(0, 10, Span.Style.STRONG), new Span(5, 15, Span.Style.EMPHASIS));

        String html = SelectionHtml.of(List.of(new SelectionHtml.Part("0123456789abcdefghij", body, 3, 12)));

        assertThat(html).endsWith("<p><strong>34</strong><strong><em>56789</em></strong><em>ab</em></p>");
    }
}
