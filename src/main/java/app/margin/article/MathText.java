package app.margin.article;

import app.margin.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A MathML {@code <math>} element as one line of text, the way it reads aloud: tokens ({@code mi}, {@code mn},
 * {@code mo}, {@code mtext}) as their text, relations and operators spaced, scripts as sub- and superscript spans,
 * {@code mfrac} as {@code a/b} (a part other than one symbol or a number in brackets: {@code (a + b)/(2c)}),
 * {@code msqrt} as {@code √x} or {@code √(x + 1)}, {@code mroot}'s index raised before its root, {@code munder}/{@code mover} as
 * scripts (an accent over one letter as its combining mark: x̄), tables as {@code [a, b; c, d]}, {@code semantics}
 * as its first child (its {@code annotation}s, TeX source say, are not read). The {@code alttext} attribute stands
 * in only when the element gives no text. Nesting deeper than {@value #MAX_DEPTH} levels is read as its tokens'
 * text without layout, so a hostile page costs time linear in its size (the walk below that depth is iterative).
 */
final class MathText {
    /** Levels of layout read; deeper, the tokens' text alone. */
    static final int MAX_DEPTH = 64;

    /** The element's line: its text and its sub- and superscript spans, offsets into the text. */
    record Linear(String text, List<Span> spans) {
        static final Linear EMPTY = new Linear("", List.of());
    }


    private final StringBuilder out = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();
    /** Inside a script: operators are not spaced there (x<sup>n+1</sup>). */
    private int scripts;
    /** Where the innermost script or bracketed part began: an operator first in it is a sign (−x), not spaced. */
    private int groupStart;

    private MathText() {}

    static Linear of(Element math) {
        MathText m = new MathText();
        m.children(math, 0);
        String text = m.out.toString();
        int begin = 0;
        int end = text.length();
        while (begin < end && text.charAt(begin) == ' ') {
            begin++;
        }
        while (end > begin && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (begin == end) {
            String alt = math.attr("alttext").strip().replaceAll("\\s+", " ");
            return alt.isEmpty() ? Linear.EMPTY : new Linear(alt, List.of());
        }
        List<Span> kept = new ArrayList<>(m.spans.size());
        for (Span s : m.spans) {
            int from = Math.max(begin, s.start()) - begin;
            int to = Math.min(end, s.end()) - begin;
            if (to > from) {
                kept.add(new Span(from, to, s.style()));
            }
        }
        return new Linear(text.substring(begin, end), kept);
    }

    private void element(Element e, int depth) {
        if (depth > MAX_DEPTH) {
            MathMarkup.tokens(e, out);
            return;
        }
        List<Element> c = e.children();
        switch (MathMarkup.local(e)) {
            case "annotation", "annotation-xml", "mphantom", "none", "mprescripts" -> { }
            case "mi", "mn" -> append(e.text().strip());
            case "mglyph" -> append(e.attr("alt").strip());
            case "mtext" -> text(e.wholeText());
            case "ms" -> append("\"" + e.text().strip() + "\"");
            case "mspace" -> space();
            case "mo" -> operator(e.text().strip());
            case "semantics", "maction" -> {
                for (Element child : c) {
                    String name = MathMarkup.local(child);
                    if (!name.equals("annotation") && !name.equals("annotation-xml")) {
                        element(child, depth + 1);
                        break;
                    }
                }
            }
            case "msup" -> scripted(c, depth, null, part(c, 1));
            case "msub" -> scripted(c, depth, part(c, 1), null);
            case "msubsup" -> scripted(c, depth, part(c, 1), part(c, 2));
            case "munder" -> under(c, depth, part(c, 1), null);
            case "mover" -> under(c, depth, null, part(c, 1));
            case "munderover" -> under(c, depth, part(c, 1), part(c, 2));
            case "mmultiscripts" -> multiscripts(c, depth);
            case "mfrac" -> {
                bracketed(part(c, 0), depth);
                out.append('/');
                bracketed(part(c, 1), depth);
            }
            case "msqrt" -> {
                out.append('√');
                bracketed(e, depth);
            }
            case "mroot" -> {
                script(part(c, 1), depth, Span.Style.SUPERSCRIPT);
                out.append('√');
                bracketed(part(c, 0), depth);
            }
            case "menclose" -> {
                if (e.attr("notation").contains("radical")) {
                    out.append('√');
                    bracketed(e, depth);
                } else {
                    children(e, depth);
                }
            }
            case "mfenced" -> fenced(e, c, depth);
            case "mtable" -> table(c, depth);
            default -> children(e, depth); // math, mrow, mstyle, mpadded, merror, mtd and any unknown element
        }
    }

    private void children(Element e, int depth) {
        for (Node n : e.childNodes()) {
            if (n instanceof Element child) {
                element(child, depth + 1);
            } else if (n instanceof TextNode t && !t.isBlank()) {
                text(t.getWholeText()); // text outside a token, as sloppy markup has it
            }
        }
    }

    private static Element part(List<Element> children, int i) {
        return i < children.size() ? children.get(i) : null;
    }

    private void scripted(List<Element> c, int depth, Element sub, Element sup) {
        if (!c.isEmpty()) {
            element(c.get(0), depth + 1);
        }
        script(sub, depth, Span.Style.SUBSCRIPT);
        script(sup, depth, Span.Style.SUPERSCRIPT);
    }

    /** Under- and overscripts: an accent over one letter is its combining mark, else they are scripts. */
    private void under(List<Element> c, int depth, Element below, Element above) {
        int start = out.length();
        if (!c.isEmpty()) {
            element(c.get(0), depth + 1);
        }
        boolean oneLetter = out.length() - start == 1 && Character.isLetterOrDigit(out.charAt(start));
        Character mark = above != null && below == null && MathMarkup.local(above).equals("mo")
                ? MathMarkup.ACCENTS.get(above.text().strip()) : null;
        if (oneLetter && mark != null) {
            out.append(mark.charValue());
            return;
        }
        if (oneLetter && below != null && above == null && MathMarkup.local(below).equals("mo")
                && (below.text().strip().equals("_") || below.text().strip().equals("‾"))) {
            out.append('\u0332');
            return;
        }
        script(below, depth, Span.Style.SUBSCRIPT);
        script(above, depth, Span.Style.SUPERSCRIPT);
    }

    private void multiscripts(List<Element> c, int depth) {
        if (c.isEmpty()) {
            return;
        }
        element(c.get(0), depth + 1);
        boolean sub = true;
        for (int i = 1; i < c.size(); i++) {
            if (MathMarkup.local(c.get(i)).equals("mprescripts")) {
                sub = true;
                continue;
            }
            script(c.get(i), depth, sub ? Span.Style.SUBSCRIPT : Span.Style.SUPERSCRIPT);
            sub = !sub;
        }
    }

    private void script(Element part, int depth, Span.Style style) {
        if (part == null) {
            return;
        }
        int start = out.length();
        int outer = groupStart;
        groupStart = start;
        scripts++;
        element(part, depth + 1);
        scripts--;
        groupStart = outer;
        trimSpaces(start);
        if (out.length() > start && spans.size() < InlineSpans.MAX_SPANS) {
            spans.add(new Span(start, out.length(), style));
        }
    }

    /** A part read whole; in brackets when it is more than one number or name and not bracketed already. */
    private void bracketed(Element part, int depth) {
        if (part == null) {
            return;
        }
        int start = out.length();
        int spanCount = spans.size();
        int outer = groupStart;
        groupStart = start;
        if (MathMarkup.local(part).equals("msqrt") || MathMarkup.local(part).equals("menclose")) {
            children(part, depth + 1); // the root's own content, not the root again
        } else {
            element(part, depth + 1);
        }
        groupStart = outer;
        trimSpaces(start);
        if (MathMarkup.atom(out, start)) {
            return;
        }
        out.insert(start, '(');
        for (int i = spanCount; i < spans.size(); i++) {
            Span s = spans.get(i);
            spans.set(i, new Span(s.start() + 1, s.end() + 1, s.style()));
        }
        out.append(')');
    }

    private void fenced(Element e, List<Element> c, int depth) {
        String open = e.hasAttr("open") ? e.attr("open") : "(";
        String close = e.hasAttr("close") ? e.attr("close") : ")";
        String separators = (e.hasAttr("separators") ? e.attr("separators") : ",").replaceAll("\\s", "");
        out.append(open);
        for (int i = 0; i < c.size(); i++) {
            if (i > 0 && !separators.isEmpty()) {
                out.append(separators.charAt(Math.min(i - 1, separators.length() - 1))).append(' ');
            }
            element(c.get(i), depth + 1);
        }
        out.append(close);
    }

    private void table(List<Element> rows, int depth) {
        out.append('[');
        boolean firstRow = true;
        for (Element row : rows) {
            if (!firstRow) {
                out.append("; ");
            }
            firstRow = false;
            boolean firstCell = true;
            for (Element cell : row.children()) {
                if (MathMarkup.local(cell).equals("mtd")) {
                    if (!firstCell) {
                        out.append(", ");
                    }
                    firstCell = false;
                    int start = out.length();
                    element(cell, depth + 2);
                    trimSpaces(start);
                }
            }
        }
        out.append(']');
    }

    private void operator(String op) {
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

    private void append(String token) {
        out.append(token);
    }

    /** An {@code mtext}: its words with its own spaces folded, so "if" between symbols keeps them apart. */
    private void text(String words) {
        String folded = words.replaceAll("\\s+", " ");
        if (folded.startsWith(" ")) {
            space();
            folded = folded.substring(1);
        }
        out.append(folded);
    }

    private void space() {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /** Drops spaces at the end back to {@code start}: a script or a bracket closes on its last symbol. */
    private void trimSpaces(int start) {
        int end = out.length();
        while (end > start && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }
}
