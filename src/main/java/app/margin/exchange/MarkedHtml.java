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
        List<Span> open = List.of();
        int runStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            List<Span> here = new ArrayList<>();
            if (i < text.length()) {
                for (Span s : spans) {
                    if (s.start() <= i && i < s.end() && tag(s) != null) {
                        here.add(s);
                    }
                }
            }
            if (i == text.length() || !here.equals(open)) {
                out.append(escape.apply(text.substring(runStart, i)));
                for (int k = open.size() - 1; k >= 0; k--) {
                    out.append("</").append(tag(open.get(k))).append('>');
                }
                for (Span s : here) {
                    out.append('<').append(tag(s));
                    if (s.style() == Span.Style.LINK) {
                        out.append(" href=\"").append(escape.apply(s.target()).replace("\"", "&quot;")).append('"');
                    }
                    out.append('>');
                }
                open = here;
                runStart = i;
            }
        }
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
