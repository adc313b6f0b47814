package app.margin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.model.Span.Style;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A section title's spans: set on its heading block, never in its text, the outline or anchors. */
class SectionTitleSpansTest {
    private static final String TITLE = "process.cpuUsage([previousValue]) and the old way";

    private static Section cpu(List<Span> spans) {
        return new Section("cpu", TITLE, List.of("Returns the CPU time."), List.of(), Set.of(), Map.of(), spans);
    }

    private static Article article(Section section) {
        return new Article("node", "Process", null, null, null, List.of(), List.of(section), false);
    }

    @Test
    void theHeadingBlockCarriesTheTitlesSpansAndItsTextStaysTheTitle() {
        ArticleLayout layout = ArticleLayout.of(article(cpu(List.of(new Span(42, 45, Style.EMPHASIS),
                new Span(0, 33, Style.CODE)))));

        Block heading = layout.blocks().get(layout.blockOf("cpu"));
        assertThat(heading.kind()).isEqualTo(Block.Kind.HEADING);
        assertThat(heading.text()).isEqualTo(TITLE);
        assertThat(heading.form().spans()).as("in a form's order").containsExactly(new Span(0, 33, Style.CODE),
                new Span(42, 45, Style.EMPHASIS));
        assertThat(layout.outline().get(1).title()).isEqualTo(TITLE);
        assertThat(layout.sectionTitle("cpu")).isEqualTo(TITLE);
        assertThat(layout.blockOfTarget("#cpu")).isEqualTo(layout.blockOf("cpu"));
    }

    @Test
    void aPlainTitlesHeadingHasThePlainFormItself() {
        Block heading = ArticleLayout.of(article(cpu(List.of()))).blocks().get(1);

        assertThat(heading.form()).isSameAs(ParagraphForm.PLAIN);
        assertThat(new Section("a", "A", List.of(), List.of()).titleSpans()).isEmpty();
    }

    @Test
    void linksAndNoteReferencesAreLeftOutOfATitle() {
        Section section = cpu(List.of(new Span(0, 7, Style.LINK, "#x"), new Span(8, 16, Style.STRONG),
                new Span(20, 21, Style.NOTE_REF, "#fn1")));

        assertThat(section.titleSpans()).containsExactly(new Span(8, 16, Style.STRONG));
    }

    @Test
    void aSpanPastTheTitleIsRefused() {
        assertThatThrownBy(() -> cpu(List.of(new Span(0, TITLE.length() + 1, Style.EMPHASIS))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void titleSpansMakeAnArticleNeedVersion2() {
        assertThat(article(cpu(List.of())).rich()).isFalse();
        assertThat(article(cpu(List.of(new Span(0, 3, Style.CODE)))).rich()).isTrue();
    }
}
