package app.margin.article;

import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** What MathML's markup means to {@link MathText}: which element is a formula, which operators are spaced, accents. */
final class MathMarkup {

    private MathMarkup() {}

    /** Operators set with a space either side (between operands; a leading minus stays close: −x). */
    static final Set<String> SPACED = Set.of("=", "+", "-", "−", "±", "∓", "×", "÷", "·", "⋅", "<", ">", "≤",
            "≥", "≠", "≈", "≡", "∼", "≃", "≅", "∝", "→", "←", "↔", "⇒", "⇐", "⇔", "↦", "∈", "∉", "⊂", "⊆", "⊃", "⊇", "∪",
            "∩", "∧", "∨", "⊕", "⊗", "∘", ":=", "≪", "≫", "|", "∣", "mod");
    /** Accents over a letter ({@code mover}) and the combining marks that set them on it. */
    static final Map<String, Character> ACCENTS = Map.of("¯", '\u0304', "‾", '\u0305', "^", '\u0302',
            "ˆ", '\u0302', "~", '\u0303', "˜", '\u0303', "˙", '\u0307', "¨", '\u0308', "→", '\u20D7', "⃗", '\u20D7');

    /** Whether an element is MathML's {@code math} (also as {@code m:math} in an XHTML chapter). */
    static boolean isMath(String tag) {
        return tag.equals("math") || tag.endsWith(":math");
    }

    /** Whether the formula stands as its own block ({@code display="block"}, or MathML 1's {@code mode="display"}). */
    static boolean isDisplay(Element math) {
        return math.attr("display").equalsIgnoreCase("block") || math.attr("mode").equalsIgnoreCase("display");
    }

    /** An element's name without its namespace prefix ({@code m:mi} is {@code mi}). */
    static String local(Element e) {
        String name = e.normalName();
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
    }

    /** Whether the text from {@code start} is one symbol or one number, or already in brackets. */
    static boolean atom(CharSequence text, int start) {
        int n = text.length() - start;
        if (n <= 1) {
            return true;
        }
        if (text.charAt(start) == '(' && text.charAt(text.length() - 1) == ')') {
            int open = 0;
            for (int i = start; i < text.length(); i++) {
                open += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
                if (open == 0 && i < text.length() - 1) {
                    return false; // (a)(b): two groups
                }
            }
            return true;
        }
        for (int i = start; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isDigit(ch) && ch != '.') {
                return false; // 2c, ab: a product, which a slash would split
            }
        }
        return true;
    }

    /** Below the depth limit: the tokens' text, in order, without layout; annotations are still left out. */
    static void tokens(Element deep, StringBuilder out) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && local(e).startsWith("annotation")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && !t.isBlank()) {
                    out.append(t.text().strip());
                }
                return FilterResult.CONTINUE;
            }
        }, deep);
    }
}
