package app.margin.exchange;

import app.margin.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A passage walked as runs of words under the same marks, for the exports that write marks as markup of their own
 * (Markdown's {@code *…*}, HTML's {@code <i>…</i>}): at every place the set of marks over the words changes, the
 * run before it is given with the marks over it, the marks that end there are closed (innermost first) and the
 * ones that go on or begin are opened, in the passage's order. Marks that cross are closed and opened again, so the
 * markup always nests. Only the marks {@code kept} takes part; a mark past the text's end stops at it.
 */
final class SpanRuns {

    /** What a walk writes. */
    interface Writer {
        /** The words of a run ({@code from} to {@code to} of the text), under the marks {@code open}. */
        void words(String text, int from, int to, List<Span> open);

        void close(Span span);

        void open(Span span);
    }

    private SpanRuns() {}

    static void walk(String text, List<Span> spans, Predicate<Span> kept, Writer writer) {
        List<Span> open = List.of();
        int runStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            List<Span> here = new ArrayList<>();
            if (i < text.length()) {
                for (Span s : spans) {
                    if (s.start() <= i && i < s.end() && kept.test(s)) {
                        here.add(s);
                    }
                }
            }
            if (i == text.length() || !here.equals(open)) {
                writer.words(text, runStart, i, open);
                for (int k = open.size() - 1; k >= 0; k--) {
                    writer.close(open.get(k));
                }
                for (Span s : here) {
                    writer.open(s);
                }
                open = here;
                runStart = i;
            }
        }
    }
}
