package app.margin.article;

import app.margin.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The line a MathML formula is read into, and how its symbols are spaced on it: relations and operators between
 * operands have a space either side, but none inside a script, and a sign that opens a script or a bracketed part
 * stays close (−x); a comma is followed by a space; words keep their own spaces folded. Scripts become sub- and
 * superscript spans, and a part set in brackets moves the spans inside it. {@link MathText} walks the elements and
 * says what goes on the line.
 */
final class MathLine {
    private final StringBuilder out = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();
    /** Inside a script: operators are not spaced there (x<sup>n+1</sup>). */
    private int scripts;
    /** Where the innermost script or bracketed part began: an operator first in it is a sign (−x), not spaced. */
    private int groupStart;

    /** A script or a bracketed part being read: where it began, the group around it, the spans before it. */
    record Group(int start, int outer, int spanCount) {}

    /** The line so far, without the spaces at its ends; empty when it holds nothing but spaces. */
    MathText.Linear linear() {
        String text = out.toString();
        int begin = 0;
        int end = text.length();
        while (begin < end && text.charAt(begin) == ' ') {
            begin++;
        }
        while (end > begin && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (begin == end) {
            return MathText.Linear.EMPTY;
        }
        List<Span> kept = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int from = Math.max(begin, s.start()) - begin;
            int to = Math.min(end, s.end()) - begin;
            if (to > from) {
                kept.add(new Span(from, to, s.style()));
            }
        }
        return new MathText.Linear(text.substring(begin, end), kept);
    }

    int length() {
        return out.length();
    }

    /** Whether the line from {@code start} is one letter or digit. */
    boolean oneLetterSince(int start) {
        return out.length() - start == 1 && Character.isLetterOrDigit(out.charAt(start));
    }

    void append(String token) {
        out.append(token);
    }

    void append(char symbol) {
        out.append(symbol);
    }

    /** The tokens' text of an element too deep to lay out. */
    void tokens(Element deep) {
        MathMarkup.tokens(deep, out);
    }

    /** Starts a script: its operators are not spaced, and one first in it is a sign. */
    Group openScript() {
        Group group = openGroup();
        scripts++;
        return group;
    }

    /** Ends a script: what it wrote, without spaces at its end, is a span of {@code style}. */
    void closeScript(Group group, Span.Style style) {
        scripts--;
        groupStart = group.outer();
        trimSpaces(group.start());
        if (out.length() > group.start() && spans.size() < InlineSpans.MAX_SPANS) {
            spans.add(new Span(group.start(), out.length(), style));
        }
    }

    /** Starts a part that is bracketed when it closes, unless it is one symbol or one number. */
    Group openGroup() {
        Group group = new Group(out.length(), groupStart, spans.size());
        groupStart = group.start();
        return group;
    }

    /** Ends a part: in brackets when it is more than one number or name and not bracketed already. */
    void closeBracketed(Group group) {
        int start = group.start();
        groupStart = group.outer();
        trimSpaces(start);
        if (MathMarkup.atom(out, start)) {
            return;
        }
        out.insert(start, '(');
        for (int i = group.spanCount(); i < spans.size(); i++) {
            Span s = spans.get(i);
            spans.set(i, new Span(s.start() + 1, s.end() + 1, s.style()));
        }
        out.append(')');
    }

    void operator(String op) {
        if (op.isEmpty() || op.equals("\u2062") || op.equals("\u2063") || op.equals("\u2064")) {
            return; // invisible times, separator and plus: nothing to read, and no glyph to draw
        }
        if (op.equals("\u2061")) {
            space(); // function application, as converters write it after "log" or "sin": "log p", not "logp"
            return;
        }
        if (op.equals(",") || op.equals(";")) {
            trimSpaces(0);
            out.append(op);
            if (scripts == 0) {
                out.append(' ');
            }
            return;
        }
        char last = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
        boolean operand = out.length() > groupStart && last != ' ' && last != '(' && last != '[';
        if (scripts == 0 && operand && MathMarkup.SPACED.contains(op)) {
            space();
            out.append(op);
            out.append(' ');
        } else {
            append(op);
        }
    }

    /** An {@code mtext}: its words with its own spaces folded, so "if" between symbols keeps them apart. */
    void text(String words) {
        String folded = words.replaceAll("\\s+", " ");
        if (folded.startsWith(" ")) {
            space();
            folded = folded.substring(1);
        }
        out.append(folded);
    }

    void space() {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /** Drops spaces at the end back to {@code start}: a script or a bracket closes on its last symbol. */
    void trimSpaces(int start) {
        HtmlWhitespace.trimEnd(out, start);
    }
}
