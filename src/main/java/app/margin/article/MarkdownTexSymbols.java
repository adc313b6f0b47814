package app.margin.article;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What {@link MarkdownTex} knows of TeX's commands: the symbols they stand for (letters such as Greek as MathML's
 * {@code mi}, operators, relations and arrows as {@code mo}, so {@link MathLine} spaces them), function names, accents
 * and the double-struck, calligraphic and Fraktur alphabets.
 */
final class MarkdownTexSymbols {

    private MarkdownTexSymbols() {}

    /** Commands that are a letter-like symbol ({@code mi}). */
    static final Map<String, String> LETTERS = new HashMap<>();
    /** Commands that are an operator, a relation, an arrow, a big operator or a delimiter ({@code mo}). */
    static final Map<String, String> OPERATORS = new HashMap<>();

    static {
        String[] greek = {"alpha", "α", "beta", "β", "gamma", "γ", "delta", "δ", "epsilon", "ϵ", "varepsilon", "ε",
            "zeta", "ζ", "eta", "η", "theta", "θ", "vartheta", "ϑ", "iota", "ι", "kappa", "κ", "varkappa", "ϰ",
            "lambda", "λ", "mu", "μ", "nu", "ν", "xi", "ξ", "omicron", "ο", "pi", "π", "varpi", "ϖ", "rho", "ρ",
            "varrho", "ϱ", "sigma", "σ", "varsigma", "ς", "tau", "τ", "upsilon", "υ", "phi", "ϕ", "varphi", "φ",
            "chi", "χ", "psi", "ψ", "omega", "ω", "Gamma", "Γ", "Delta", "Δ", "Theta", "Θ", "Lambda", "Λ", "Xi", "Ξ",
            "Pi", "Π", "Sigma", "Σ", "Upsilon", "Υ", "Phi", "Φ", "Psi", "Ψ", "Omega", "Ω", "varGamma", "Γ",
            "varDelta", "Δ", "varTheta", "Θ", "varLambda", "Λ", "varPi", "Π", "varSigma", "Σ", "varPhi", "Φ",
            "varPsi", "Ψ", "varOmega", "Ω",
            "infty", "∞", "partial", "∂", "nabla", "∇", "hbar", "ℏ", "hslash", "ℏ", "ell", "ℓ", "emptyset", "∅",
            "varnothing", "∅", "aleph", "ℵ", "beth", "ℶ", "Re", "ℜ", "Im", "ℑ", "wp", "℘", "imath", "ı", "jmath",
            "ȷ", "prime", "′", "angle", "∠", "triangle", "△", "top", "⊤", "bot", "⊥", "dagger", "†", "ddagger", "‡",
            "S", "§", "P", "¶", "checkmark", "✓", "Box", "□", "square", "□", "blacksquare", "■", "diamond", "⋄",
            "clubsuit", "♣", "diamondsuit", "♢", "heartsuit", "♡", "spadesuit", "♠", "flat", "♭", "sharp", "♯",
            "natural", "♮", "degree", "°", "circledR", "®", "copyright", "©", "dots", "…", "ldots", "…", "cdots",
            "⋯", "vdots", "⋮", "ddots", "⋱", "dotsc", "…", "dotsb", "⋯", "dotsm", "⋯", "dotsi", "⋯"};
        for (int i = 0; i < greek.length; i += 2) {
            LETTERS.put(greek[i], greek[i + 1]);
        }
        String[] ops = {"pm", "±", "mp", "∓", "times", "×", "div", "÷", "cdot", "⋅", "ast", "∗", "star", "⋆",
            "circ", "∘", "bullet", "∙", "oplus", "⊕", "ominus", "⊖", "otimes", "⊗", "oslash", "⊘", "odot", "⊙",
            "cup", "∪", "cap", "∩", "sqcup", "⊔", "sqcap", "⊓", "uplus", "⊎", "setminus", "∖", "smallsetminus", "∖",
            "wedge", "∧", "land", "∧", "vee", "∨", "lor", "∨", "neg", "¬", "lnot", "¬", "wr", "≀", "amalg", "⨿",
            "le", "≤", "leq", "≤", "ge", "≥", "geq", "≥", "leqslant", "⩽", "geqslant", "⩾", "ne", "≠", "neq", "≠",
            "lt", "<", "gt", ">", "approx", "≈", "equiv", "≡", "sim", "∼", "simeq", "≃", "cong", "≅", "propto", "∝",
            "ll", "≪", "gg", "≫", "prec", "≺", "succ", "≻", "preceq", "⪯", "succeq", "⪰", "asymp", "≍", "doteq",
            "≐", "coloneqq", ":=", "triangleq", "≜", "in", "∈", "notin", "∉", "ni", "∋", "owns", "∋", "subset", "⊂",
            "subseteq", "⊆", "subsetneq", "⊊", "supset", "⊃", "supseteq", "⊇", "supsetneq", "⊋", "sqsubseteq", "⊑",
            "sqsupseteq", "⊒", "mid", "∣", "nmid", "∤", "parallel", "∥", "nparallel", "∦", "perp", "⊥", "models",
            "⊨", "vdash", "⊢", "dashv", "⊣", "to", "→", "rightarrow", "→", "leftarrow", "←", "gets", "←",
            "leftrightarrow", "↔", "Rightarrow", "⇒", "Leftarrow", "⇐", "Leftrightarrow", "⇔", "iff", "⇔",
            "implies", "⇒", "impliedby", "⇐", "mapsto", "↦", "longrightarrow", "⟶", "longleftarrow", "⟵",
            "longleftrightarrow", "⟷", "Longrightarrow", "⟹", "Longleftarrow", "⟸", "Longleftrightarrow", "⟺",
            "longmapsto", "⟼", "uparrow", "↑", "downarrow", "↓", "updownarrow", "↕", "Uparrow", "⇑", "Downarrow",
            "⇓", "nearrow", "↗", "searrow", "↘", "swarrow", "↙", "nwarrow", "↖", "hookrightarrow", "↪",
            "hookleftarrow", "↩", "rightharpoonup", "⇀", "leftharpoonup", "↼", "rightleftharpoons", "⇌", "leadsto",
            "⇝", "forall", "∀", "exists", "∃", "nexists", "∄", "therefore", "∴", "because", "∵",
            "sum", "∑", "prod", "∏", "coprod", "∐", "int", "∫", "iint", "∬", "iiint", "∭", "oint", "∮", "oiint", "∯",
            "bigcup", "⋃", "bigcap", "⋂", "bigsqcup", "⨆", "bigoplus", "⨁", "bigotimes", "⨂", "bigodot", "⨀",
            "biguplus", "⨄", "bigvee", "⋁", "bigwedge", "⋀",
            "langle", "⟨", "rangle", "⟩", "lceil", "⌈", "rceil", "⌉", "lfloor", "⌊", "rfloor", "⌋", "vert", "|",
            "lvert", "|", "rvert", "|", "Vert", "‖", "lVert", "‖", "rVert", "‖", "backslash", "\\", "lbrace", "{",
            "rbrace", "}", "lbrack", "[", "rbrack", "]", "colon", ":", "bmod", "mod", "lbrbrak", "❲", "rbrbrak", "❳"};
        for (int i = 0; i < ops.length; i += 2) {
            OPERATORS.put(ops[i], ops[i + 1]);
        }
    }

    /** Function names, set upright and followed by a space before their argument: {@code \sin x} is "sin x". */
    static final Set<String> FUNCTIONS = Set.of("sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos",
            "arctan", "sinh", "cosh", "tanh", "coth", "log", "ln", "lg", "exp", "lim", "liminf", "limsup", "max",
            "min", "sup", "inf", "det", "dim", "ker", "deg", "gcd", "lcm", "hom", "arg", "Pr", "sgn", "tr", "mod");

    /** Accent commands and the MathML {@code mo} set over their base ({@link MathMarkup#ACCENTS} makes them marks). */
    static final Map<String, String> ACCENTS = Map.ofEntries(Map.entry("hat", "^"), Map.entry("widehat", "^"),
            Map.entry("bar", "¯"), Map.entry("overline", "‾"), Map.entry("vec", "→"), Map.entry("overrightarrow", "→"),
            Map.entry("dot", "˙"), Map.entry("ddot", "¨"), Map.entry("tilde", "~"), Map.entry("widetilde", "~"));

    /** Commands that set nothing themselves: sizes, styles, limits placement, big delimiters' sizes. */
    static final Set<String> IGNORED = Set.of("displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle",
            "limits", "nolimits", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr",
            "Biggl", "Biggr", "bigm", "Bigm", "biggm", "Biggm", "middle", "!", "nonumber", "notag", "left", "right",
            "mathstrut", "strut", "rm", "bf", "it", "cal", "sf", "tt", "normalsize", "small", "large", "Large",
            "tiny", "huge", "Huge", "allowbreak", "nobreak", "negthinspace", "negmedspace", "negthickspace");

    /** Spacing commands, each read as one space. */
    static final Set<String> SPACES = Set.of(",", ":", ";", ">", " ", "quad", "qquad", "thinspace", "medspace",
            "thickspace", "enspace", "space", "hspace", "hskip", "kern", "mkern", "mskip", "enskip");

    /** Commands whose one argument is read as it stands (styles Margin does not set apart). */
    static final Set<String> PLAIN_ARGUMENT = Set.of("mathrm", "mathit", "mathbf", "mathsf", "mathtt", "mathnormal",
            "boldsymbol", "bm", "pmb", "mathop", "mathbin", "mathrel", "mathord", "boxed", "underbrace", "overbrace",
            "emph", "textnormal", "displaylines");

    /** Commands whose argument is text, spaces kept. */
    static final Set<String> TEXT = Set.of("text", "textrm", "textit", "textbf", "textsf", "texttt", "textup",
            "mbox", "hbox", "textmd");

    /** {@code \mathbb}, {@code \mathcal}, {@code \mathfrak}: a letter in that alphabet, others as they are. */
    static String alphabet(String style, int letter) {
        return switch (style) {
            case "mathbb" -> shifted(letter, 0x1D538, 0x1D552, 0x1D7D8,
                    "C", "ℂ", "H", "ℍ", "N", "ℕ", "P", "ℙ", "Q", "ℚ", "R", "ℝ", "Z", "ℤ");
            case "mathcal", "mathscr" -> shifted(letter, 0x1D49C, 0x1D4B6, -1, "B", "ℬ", "E", "ℰ", "F", "ℱ", "H", "ℋ",
                    "I", "ℐ", "L", "ℒ", "M", "ℳ", "R", "ℛ", "e", "ℯ", "g", "ℊ", "o", "ℴ");
            case "mathfrak" -> shifted(letter, 0x1D504, 0x1D51E, -1, "C", "ℭ", "H", "ℌ", "I", "ℑ", "R", "ℜ", "Z", "ℨ");
            default -> new String(Character.toChars(letter));
        };
    }

    /** Unicode's mathematical alphabets leave holes where an older letter already stood: those are listed. */
    private static String shifted(int letter, int upper, int lower, int digits, String... holes) {
        String plain = new String(Character.toChars(letter));
        for (int i = 0; i < holes.length; i += 2) {
            if (holes[i].equals(plain)) {
                return holes[i + 1];
            }
        }
        if (letter >= 'A' && letter <= 'Z') {
            return new String(Character.toChars(upper + letter - 'A'));
        }
        if (letter >= 'a' && letter <= 'z') {
            return new String(Character.toChars(lower + letter - 'a'));
        }
        if (digits > 0 && letter >= '0' && letter <= '9') {
            return new String(Character.toChars(digits + letter - '0'));
        }
        return plain;
    }
}
