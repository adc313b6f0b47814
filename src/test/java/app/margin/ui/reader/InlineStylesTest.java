package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A paragraph's spans as per-character classes: nested spans add up, in the order of the spans. */
class InlineStylesTest {

    @Test
    void nestedSpansAddUpAndPlainTextHasNoClasses() {
        ParagraphForm form = ParagraphForm.PLAIN.withSpans(List.of(new Span(2, 8, Span.Style.EMPHASIS, null),
                new Span(4, 6, Span.Style.STRONG, null)));

        List<String>[] classes = InlineStyles.perCharacter(form, 10);

        assertThat(classes[0]).isEmpty();
        assertThat(classes[2]).containsExactly("em");
        assertThat(classes[4]).containsExactly("em", "strong");
        assertThat(classes[6]).containsExactly("em");
        assertThat(classes[9]).isEmpty();
        assertThat(classes[3]).isSameAs(classes[7]); // equal sets are one list: runs compare by identity
    }

    @Property(tries = 500)
    void everyCharacterCarriesTheClassesOfTheSpansOverIt(@ForAll("spans") List<Span> spans) {
        int length = 60;
        ParagraphForm form = ParagraphForm.PLAIN.withSpans(spans);

        List<String>[] classes = InlineStyles.perCharacter(form, length);

        if (spans.isEmpty()) {
            assertThat(classes).isNull();
            return;
        }
        for (int i = 0; i < length; i++) {
            List<String> expected = new ArrayList<>();
            for (Span s : form.spans()) {
                if (s.start() <= i && i < s.end() && !expected.contains(s.style().key())) {
                    expected.add(s.style().key());
                }
            }
            assertThat(classes[i]).as("character %d", i).isEqualTo(expected);
            if (i > 0 && classes[i].equals(classes[i - 1])) {
                assertThat(classes[i]).isSameAs(classes[i - 1]);
            }
        }
    }

    @Provide
    Arbitrary<List<Span>> spans() {
        Arbitrary<Span> span = Combinators.combine(Arbitraries.integers().between(0, 59),
                Arbitraries.integers().between(1, 30), Arbitraries.of(Span.Style.values()))
                .as((start, width, style) -> new Span(start, Math.min(60, start + width), style,
                        style.points() ? "#t" : null));
        return span.list().ofMaxSize(12);
    }
}
