package app.margin.article;

import org.jsoup.nodes.Element;

/**
 * A TeX formula from a Markdown file ({@code $…$}, {@code $$…$$}, a {@code math} fence) read into the MathML
 * elements {@link MathText} reads, so TeX and MathML make the same line of text: scripts, {@code \frac},
 * {@code \sqrt}, {@code \left…\right}, Greek letters, operators, relations and arrows ({@link MarkdownTexSymbols}),
 * {@code \mathbb} and its kin as Unicode's mathematical letters, {@code \text}, function names, accents, matrices and
 * {@code aligned}-like environments as tables. A command it does not know stays as written ({@code \foo{x}}), never
 * dropped. Groups nested deeper than {@link MathText#MAX_DEPTH} are read as their characters without layout, and a
 * formula longer than {@link #MAX_LENGTH} is not read as one, so any input costs time linear in its size.
 *
 * <p>This class reads the formula's structure: sequences, groups, atoms and their scripts. What a command stands for
 * is {@link MarkdownTexCommands}'s to say, and the cursor's steps over the source (white space, names, braced
 * arguments as written) are {@link MarkdownTexSource}'s.
 *
 * <p>Written here rather than taken from a library: no maintained Java library turns TeX into MathML or Unicode text
 * (SnuggleTeX, which did, is unmaintained since 2014; JLaTeXMath only draws pictures of formulas).
 */
final class MarkdownTex extends MarkdownTexSource {
    /** Longest TeX source read as a formula; a longer one stays as written. */
    static final int MAX_LENGTH = 20_000;

    /** What ends the sequence being read. */
    enum Stop { END, BRACE, BRACKET, RIGHT, CELL }

    private final MarkdownTexCommands commands = new MarkdownTexCommands(this);

    private MarkdownTex(String tex) {
        super(tex);
    }

    /** The formula's line of text and its script spans; {@code null} when it is longer than {@link #MAX_LENGTH}. */
    static MathText.Linear read(String tex) {
        if (tex.length() > MAX_LENGTH) {
            return null;
        }
        return MathText.of(mathml(tex));
    }

    /** The formula as a MathML {@code math} element. */
    static Element mathml(String tex) {
        Element math = new Element("math");
        MarkdownTex reader = new MarkdownTex(tex);
        while (reader.i < tex.length()) {
            reader.sequence(math, 0, Stop.END);
            reader.i++; // a stray closing brace or bracket at the top: left out
        }
        return math;
    }

    /** Reads atoms and their scripts into {@code into} up to what {@code stop} names, which it leaves unread. */
    void sequence(Element into, int depth, Stop stop) {
        if (depth > MathText.MAX_DEPTH) {
            flat(into, stop);
            return;
        }
        while (i < s.length()) {
            char c = s.charAt(i);
            if (ends(c, stop)) {
                return;
            }
            if (c == '}' || c == '&') {
                i++; // a stray brace, or a column outside a table
                continue;
            }
            if (c == ']' && stop == Stop.BRACKET) {
                return;
            }
            if (s.startsWith("\\\\", i)) {
                i += 2;
                into.appendElement("mspace"); // a line break outside a table
                continue;
            }
            if (command("right")) {
                i += 6; // a \right with no \left open: left out with its delimiter
                commands.delimiter();
                continue;
            }
            if (command("end")) {
                i += 4; // an \end with no \begin open: left out with its name
                raw();
                continue;
            }
            Element base;
            if (c == '^' || c == '_') {
                base = new Element("mrow");
            } else {
                base = atom(depth, false);
                if (base == null) {
                    continue;
                }
            }
            Element scripted = scripts(base, depth);
            into.appendChild(scripted);
            if (base.hasAttr("function") && i < s.length() && !next("(") && !next("\\left") && !next("}")
                    && !next("&") && !next("\\\\")) {
                into.appendElement("mo").text("\u2061"); // function application: "sin x"
            }
        }
    }

    private boolean ends(char c, Stop stop) {
        return switch (stop) {
            case END -> false;
            case BRACE -> c == '}';
            case BRACKET -> c == ']' || c == '}';
            case RIGHT -> c == '}' || command("right");
            case CELL -> c == '}' || c == '&' || s.startsWith("\\\\", i) || command("end");
        };
    }

    /** Below the depth limit: the characters up to the stop, without braces, scripts or layout. */
    private void flat(Element into, Stop stop) {
        StringBuilder text = new StringBuilder();
        int braces = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (braces == 0 && (ends(c, stop) || c == ']' && stop == Stop.BRACKET)) {
                break;
            }
            braces += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c != '{' && c != '}' && c != '^' && c != '_') {
                text.append(c);
            }
            i++;
        }
        into.appendElement("mi").text(text.toString().strip());
    }

    /** Scripts after a base: {@code _}, {@code ^} and primes, a second of a kind left to start anew. */
    private Element scripts(Element base, int depth) {
        Element sub = null;
        Element sup = null;
        while (true) {
            skipSpaces();
            if (i >= s.length()) {
                break;
            }
            char c = s.charAt(i);
            if (c == '_' && sub == null) {
                i++;
                sub = argument(depth);
            } else if (c == '^' && sup == null) {
                i++;
                sup = argument(depth);
            } else if (c == '\'' && sup == null) {
                int start = i;
                while (i < s.length() && s.charAt(i) == '\'') {
                    i++;
                }
                sup = new Element("mo").text("′".repeat(Math.min(4, i - start)));
                base = scripted(base, sub, null);
                sub = null;
                base = new Element("mrow").appendChild(base).appendChild(sup);
                sup = null;
            } else {
                break;
            }
        }
        return scripted(base, sub, sup);
    }

    private static Element scripted(Element base, Element sub, Element sup) {
        if (sub == null && sup == null) {
            return base;
        }
        Element e = new Element(sub == null ? "msup" : sup == null ? "msub" : "msubsup").appendChild(base);
        if (sub != null) {
            e.appendChild(sub);
        }
        if (sup != null) {
            e.appendChild(sup);
        }
        return e;
    }

    /** A script's or a command's argument: a group, a command, or one character (one digit: {@code x^23} is x²3). */
    Element argument(int depth) {
        skipSpaces();
        if (i >= s.length() || "}&^_]".indexOf(s.charAt(i)) >= 0 || s.startsWith("\\\\", i)) {
            return new Element("mrow");
        }
        Element atom = atom(depth + 1, true);
        return atom == null ? new Element("mrow") : atom;
    }

    /** One atom: a group, a command, a number, a letter or a symbol; {@code null} for white space. */
    private Element atom(int depth, boolean single) {
        char c = s.charAt(i);
        if (c == '{') {
            return group(depth); // its sequence reads it flat below the depth limit
        }
        if (depth > MathText.MAX_DEPTH) { // arguments of arguments (\frac\frac\frac…): no deeper, as written
            int start = i++;
            while (c == '\\' && i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            return new Element("mi").text(s.substring(start, i));
        }
        if (c == '\\') {
            return commands.command(depth);
        }
        if (Character.isWhitespace(c)) {
            i++;
            return null;
        }
        if (Character.isDigit(c) || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
            int start = i++;
            while (!single && i < s.length() && (Character.isDigit(s.charAt(i))
                    || s.charAt(i) == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                i++;
            }
            return new Element("mn").text(s.substring(start, i));
        }
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        String symbol = new String(Character.toChars(cp));
        if (Character.isLetter(cp)) {
            return new Element("mi").text(symbol);
        }
        return switch (c) {
            case '~' -> new Element("mspace");
            case '|' -> new Element("mi").text("|"); // TeX's bar is an ordinary symbol (|x|); \mid is the relation
            case '-' -> new Element("mo").text("−");
            case '*' -> new Element("mo").text("∗");
            default -> new Element("mo").text(symbol);
        };
    }

    private Element group(int depth) {
        i++; // {
        Element row = new Element("mrow");
        sequence(row, depth + 1, Stop.BRACE);
        if (i < s.length() && s.charAt(i) == '}') {
            i++;
        }
        return row;
    }
}
