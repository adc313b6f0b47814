package app.margin.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A passage's marks written as markup always nest: crossing marks are closed and opened again. */
class SpanRunsTest {

    private static String walked(String text, List<Span> spans) {
        StringBuilder out = new StringBuilder();
        SpanRuns.walk(text, spans, s -> s.style() != Span.Style.SUPERSCRIPT, new SpanRuns.Writer() {
            @Override
            public void words(String all, int from, int to, List<Span> open) {
                out.append(all, from, to);
            }

            @Override
            public void close(Span span) {
                out.append("</").append(span.style().name().charAt(0)).append('>');
            }

            @Override
            public void open(Span span) {
                out.append('<').append(span.style().name().charAt(0)).append('>');
            }
        });
        return out.toString();
    }

    @Test
    void crossingMarksAreClosedInnermostFirstAndOpenedAgain() {
        String text = "one two three";
        List<Span> spans = List.of(new Span(0, 7, Span.Style.EMPHASIS, null), new Span(4, 13, Span.Style.STRONG, null));

        assertThat(walked(text, spans)).isEqualTo("<E>one </E><E><S>two</S></E><S> three</S>");
    }

    @Test
    void marksNotKeptAndPastTheEndAreLeftOut() {
        List<Span> spans = List.of(new Span(0, 2, Span.Style.SUPERSCRIPT, null), new Span(3, 99, Span.Style.CODE, null));

        assertThat(walked("x2 y", spans)).isEqualTo("x2 <C>y</C>");
    }
}
