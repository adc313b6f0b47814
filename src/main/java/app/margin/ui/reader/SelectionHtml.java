package app.margin.ui.reader;

import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A selection of the page as HTML for the clipboard, beside its plain text: each paragraph a {@code <p>} (a list
 * item an {@code <li>}, a table row a {@code <tr>}), its emphasis, code, links and sub/superscripts kept. Links
 * inside the book are kept as text: their targets mean nothing outside Margin.
 */
final class SelectionHtml {

    private SelectionHtml() {}

    /** One paragraph's part of a selection: its text, its form, and the selected range of it. */
    record Part(String text, ParagraphForm form, int from, int to) {}

    static String of(List<Part> parts) {
        StringBuilder html = new StringBuilder("<meta charset=\"utf-8\">");
        boolean inTable = false;
        for (Part part : parts) {
            ParagraphForm form = part.form();
            boolean row = form.role().tabular();
            if (row && !inTable) {
                html.append("<table>");
            } else if (row && form.tableStart()) {
                html.append("</table><table>"); // a table straight after another
            } else if (!row && inTable) {
                html.append("</table>");
            }
            inTable = row;
            String tag = switch (form.role()) {
                case LIST_ITEM -> "li";
                case QUOTE -> "blockquote";
                case TABLE_HEADER, TABLE_ROW -> "tr";
                case SUBHEADING -> "h" + Math.max(2, Math.min(6, form.depth()));
                case TERM -> "dt";
                case DEFINITION -> "dd";
                default -> "p";
            };
            html.append('<').append(tag).append('>');
            String cell = form.role() == ParagraphForm.Role.TABLE_HEADER ? "th" : "td";
            if (row) {
                html.append('<').append(cell).append('>');
            }
            inline(html, part, row ? cell : null);
            if (row) {
                html.append("</").append(cell).append('>');
            }
            html.append("</").append(tag).append('>');
        }
        if (inTable) {
            html.append("</table>");
        }
        return html.toString();
    }

    /** The selected text of a paragraph with its spans as elements, properly nested (a span crossing another is split). */
    private static void inline(StringBuilder html, Part part, String cell) {
        List<Span> open = new ArrayList<>();
        String text = part.text();
        for (int i = part.from(); i < part.to(); i++) {
            List<Span> here = new ArrayList<>();
            for (Span s : part.form().spans()) {
                if (s.start() <= i && i < s.end() && (s.style() != Span.Style.LINK || !s.internal() && !s.toFile())) {
                    here.add(s);
                }
            }
            if (!here.equals(open)) {
                for (int k = open.size() - 1; k >= 0; k--) {
                    html.append("</").append(tagOf(open.get(k))).append('>');
                }
                for (Span s : here) {
                    html.append(openTag(s));
                }
                open = here;
            }
            char c = text.charAt(i);
            if (c == ParagraphForm.CELL && cell != null) {
                html.append("</").append(cell).append("><").append(cell).append('>');
            } else {
                escape(html, c);
            }
        }
        for (int k = open.size() - 1; k >= 0; k--) {
            html.append("</").append(tagOf(open.get(k))).append('>');
        }
    }

    private static String tagOf(Span s) {
        return switch (s.style()) {
            case EMPHASIS -> "em";
            case STRONG -> "strong";
            case CODE -> "code";
            case LINK -> "a";
            case SUBSCRIPT -> "sub";
            case SUPERSCRIPT, NOTE_REF -> "sup";
            case STRIKE -> "s";
            case SMALL_CAPS -> "span";
        };
    }

    private static String openTag(Span s) {
        if (s.style() == Span.Style.LINK) {
            StringBuilder a = new StringBuilder("<a href=\"");
            for (char c : s.target().toCharArray()) {
                escape(a, c);
            }
            return a.append("\">").toString();
        }
        if (s.style() == Span.Style.SMALL_CAPS) {
            return "<span style=\"font-variant: small-caps\">";
        }
        return "<" + tagOf(s) + ">";
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            default -> out.append(c);
        }
    }
}
