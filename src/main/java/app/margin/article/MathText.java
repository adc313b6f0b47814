package app.margin.article;

import app.margin.model.Span;
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
 * How the symbols are spaced on the line is {@link MathLine}'s to say.
 */
final class MathText {
    /** Levels of layout read; deeper, the tokens' text alone. */
    static final int MAX_DEPTH = 64;

    /** The element's line: its text and its sub- and superscript spans, offsets into the text. */
    record Linear(String text, List<Span> spans) {
        static final Linear EMPTY = new Linear("", List.of());
    }

    private final MathLine line = new MathLine();

    private MathText() {}

    static Linear of(Element math) {
        MathText m = new MathText();
        m.children(math, 0);
        Linear line = m.line.linear();
        if (line.text().isEmpty()) {
            String alt = math.attr("alttext").strip().replaceAll("\\s+", " ");
            return alt.isEmpty() ? Linear.EMPTY : new Linear(alt, List.of());
        }
        return line;
    }

    private void element(Element e, int depth) {
        if (depth > MAX_DEPTH) {
            line.tokens(e);
            return;
        }
        List<Element> c = e.children();
        switch (MathMarkup.local(e)) {
            case "annotation", "annotation-xml", "mphantom", "none", "mprescripts" -> { }
            case "mi", "mn" -> line.append(e.text().strip());
            case "mglyph" -> line.append(e.attr("alt").strip());
            case "mtext" -> line.text(e.wholeText());
            case "ms" -> line.append("\"" + e.text().strip() + "\"");
            case "mspace" -> line.space();
            case "mo" -> line.operator(e.text().strip());
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
                line.append('/');
                bracketed(part(c, 1), depth);
            }
            case "msqrt" -> {
                line.append('√');
                bracketed(e, depth);
            }
            case "mroot" -> {
                script(part(c, 1), depth, Span.Style.SUPERSCRIPT);
                line.append('√');
                bracketed(part(c, 0), depth);
            }
            case "menclose" -> {
                if (e.attr("notation").contains("radical")) {
                    line.append('√');
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
                line.text(t.getWholeText()); // text outside a token, as sloppy markup has it
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
        int start = line.length();
        if (!c.isEmpty()) {
            element(c.get(0), depth + 1);
        }
        boolean oneLetter = line.oneLetterSince(start);
        Character mark = above != null && below == null && MathMarkup.local(above).equals("mo")
                ? MathMarkup.ACCENTS.get(above.text().strip()) : null;
        if (oneLetter && mark != null) {
            line.append(mark.charValue());
            return;
        }
        if (oneLetter && below != null && above == null && MathMarkup.local(below).equals("mo")
                && (below.text().strip().equals("_") || below.text().strip().equals("‾"))) {
            line.append('\u0332');
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
        MathLine.Group script = line.openScript();
        element(part, depth + 1);
        line.closeScript(script, style);
    }

    /** A part read whole; in brackets when it is more than one number or name and not bracketed already. */
    private void bracketed(Element part, int depth) {
        if (part == null) {
            return;
        }
        MathLine.Group group = line.openGroup();
        if (MathMarkup.local(part).equals("msqrt") || MathMarkup.local(part).equals("menclose")) {
            children(part, depth + 1); // the root's own content, not the root again
        } else {
            element(part, depth + 1);
        }
        line.closeBracketed(group);
    }

    private void fenced(Element e, List<Element> c, int depth) {
        String open = e.hasAttr("open") ? e.attr("open") : "(";
        String close = e.hasAttr("close") ? e.attr("close") : ")";
        String separators = (e.hasAttr("separators") ? e.attr("separators") : ",").replaceAll("\\s", "");
        line.append(open);
        for (int i = 0; i < c.size(); i++) {
            if (i > 0 && !separators.isEmpty()) {
                line.append(separators.charAt(Math.min(i - 1, separators.length() - 1)));
                line.append(' ');
            }
            element(c.get(i), depth + 1);
        }
        line.append(close);
    }

    private void table(List<Element> rows, int depth) {
        line.append('[');
        boolean firstRow = true;
        for (Element row : rows) {
            if (!firstRow) {
                line.append("; ");
            }
            firstRow = false;
            boolean firstCell = true;
            for (Element cell : row.children()) {
                if (MathMarkup.local(cell).equals("mtd")) {
                    if (!firstCell) {
                        line.append(", ");
                    }
                    firstCell = false;
                    int start = line.length();
                    element(cell, depth + 2);
                    line.trimSpaces(start);
                }
            }
        }
        line.append(']');
    }
}
