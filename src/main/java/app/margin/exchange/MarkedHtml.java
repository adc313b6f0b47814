package app.margin.exchange;

import app.margin.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A passage's marks as HTML, for the PDF sheet and Anki's fields: {@code <i>}, {@code <b>}, {@code <code>},
 * {@code <s>}, {@code <sub>}, {@code <sup>} and, for a link to the web or to mail, {@code <a href>}; a link inside
 * the book, a note reference and small capitals keep only their words. Spans may nest or overlap: the tags are
 * closed and opened again wherever the set of spans changes, so the HTML is always well nested, and a piece of the
 * passage (a cloze gap) can be marked on its own.
 */
final class MarkedHtml {
    private MarkedHtml() {}

    /**
     * The text with its spans as tags; the words (and a link's address) go through {@code escape}. Spans past the
     * end of the text are cut at it.
     */
    static String marked(String text, List<Span> spans, UnaryOperator<String> escape) {
        StringBuilder out = new StringBuilder(text.length() + 32 * spans.size());
        SpanRuns.walk(text, spans, s -> tag(s) != null, new SpanRuns.Writer() {
            @Override
            public void words(String all, int from, int to, List<Span> open) {
                out.append(escape.apply(all.substring(from, to)));
            }

            @Override
            public void close(Span span) {
                out.append("</").append(tag(span)).append('>');
            }

            @Override
            public void open(Span span) {
                out.append('<').append(tag(span));
                if (span.style() == Span.Style.LINK) {
                    out.append(" href=\"").append(escape.apply(span.target()).replace("\"", "&quot;")).append('"');
                }
                out.append('>');
            }
        });
        return out.toString();
    }

    /** The spans over {@code [start, end)} of a passage, cut to it and counted from {@code start}. */
    static List<Span> within(List<Span> spans, int start, int end) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            int from = Math.max(s.start(), start);
            int to = Math.min(s.end(), end);
            if (to > from) {
                out.add(new Span(from - start, to - start, s.style(), s.target()));
            }
        }
        return out;
    }

    private static String tag(Span s) {
        return switch (s.style()) {
            case EMPHASIS -> "i";
            case STRONG -> "b";
            case CODE -> "code";
            case STRIKE -> "s";
            case SUBSCRIPT -> "sub";
            case SUPERSCRIPT -> "sup";
            case LINK -> outside(s.target()) ? "a" : null;
            default -> null;
        };
    }

    /** Whether a link goes to the web or to mail: the only links kept. */
    static boolean outside(String target) {
        String t = target.toLowerCase(Locale.ROOT);
        return t.startsWith("https://") || t.startsWith("http://") || t.startsWith("mailto:");
    }
}
