package app.margin.article.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fragments and paragraphs, whose equals and hashCode are written out (the records' own were linked at their first
 * call, ~11 ms each on a PDF's first page), are equal as records are: when every component is.
 */
class PdfRecordsEqualityTest {
    private static Fragment fragment(float x0, float x1, float y, float size, boolean bold, String text,
            List<Fragment.Shift> shifts, int math, int words) {
        return new Fragment(x0, x1, y, size, bold, text, shifts, math, words);
    }

    @Test
    void fragmentsAreEqualWhenEveryComponentIs() {
        List<Fragment.Shift> raised = List.of(new Fragment.Shift(1, 2, false));
        Fragment one = fragment(10, 90, 100, 10, false, "Results", raised, 0, 7);
        Fragment same = fragment(10, 90, 100, 10, false, "Results", List.of(new Fragment.Shift(1, 2, false)), 0, 7);
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(List.of(fragment(11, 90, 100, 10, false, "Results", raised, 0, 7),
                fragment(10, 91, 100, 10, false, "Results", raised, 0, 7),
                fragment(10, 90, 101, 10, false, "Results", raised, 0, 7),
                fragment(10, 90, 100, 11, false, "Results", raised, 0, 7),
                fragment(10, 90, 100, 10, true, "Results", raised, 0, 7),
                fragment(10, 90, 100, 10, false, "Result", raised, 0, 7),
                fragment(10, 90, 100, 10, false, "Results", List.of(), 0, 7),
                fragment(10, 90, 100, 10, false, "Results", raised, 1, 7),
                fragment(10, 90, 100, 10, false, "Results", raised, 0, 6),
                fragment(-0f, 90, 100, 10, false, "Results", raised, 0, 7)))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(one));
        assertThat(fragment(0f, 90, 100, 10, false, "Results", raised, 0, 7))
                .isNotEqualTo(fragment(-0f, 90, 100, 10, false, "Results", raised, 0, 7));
        assertThat(fragment(Float.NaN, 90, 100, 10, false, null, raised, 0, 7))
                .isEqualTo(fragment(Float.NaN, 90, 100, 10, false, null, raised, 0, 7))
                .hasSameHashCodeAs(fragment(Float.NaN, 90, 100, 10, false, null, raised, 0, 7));
    }

    @Test
    void paragraphsAreEqualWhenEveryComponentIs() {
        List<Span> spans = List.of(new Span(0, 2, Span.Style.SUPERSCRIPT));
        PdfParagraph one = new PdfParagraph("12 Results", 3, 72, 100, 10, true, PdfParagraph.Kind.NOTE, 0, spans,
                "fn-p3-1", "1");
        PdfParagraph same = new PdfParagraph("12 Results", 3, 72, 100, 10, true, PdfParagraph.Kind.NOTE, 0,
                List.of(new Span(0, 2, Span.Style.SUPERSCRIPT)), "fn-p3-1", "1");
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(List.of(one.withText("12 Result"), one.as(PdfParagraph.Kind.TEXT, 0),
                one.as(PdfParagraph.Kind.NOTE, 1), one.withSpans(List.of()),
                new PdfParagraph("12 Results", 4, 72, 100, 10, true, PdfParagraph.Kind.NOTE, 0, spans, "fn-p3-1", "1"),
                new PdfParagraph("12 Results", 3, 73, 100, 10, true, PdfParagraph.Kind.NOTE, 0, spans, "fn-p3-1", "1"),
                new PdfParagraph("12 Results", 3, 72, 101, 10, true, PdfParagraph.Kind.NOTE, 0, spans, "fn-p3-1", "1"),
                new PdfParagraph("12 Results", 3, 72, 100, 11, true, PdfParagraph.Kind.NOTE, 0, spans, "fn-p3-1", "1"),
                new PdfParagraph("12 Results", 3, 72, 100, 10, false, PdfParagraph.Kind.NOTE, 0, spans, "fn-p3-1", "1"),
                new PdfParagraph("12 Results", 3, 72, 100, 10, true, PdfParagraph.Kind.NOTE, 0, spans, "fn-p3-2", "1"),
                new PdfParagraph("12 Results", 3, 72, 100, 10, true, PdfParagraph.Kind.NOTE, 0, spans, "fn-p3-1",
                        null)))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(one));
    }
}
