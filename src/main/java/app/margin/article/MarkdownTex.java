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
 * <p>Written here rather than taken from a library: no maintained Java library turns TeX into MathML or Unicode text
 * (SnuggleTeX, which did, is unmaintained since 2014; JLaTeXMath only draws pictures of formulas).
 */
final class MarkdownTex {
    /** Longest TeX source read as a formula; a longer one stays as written. */
    static final int MAX_LENGTH = 20_000;

    /** What ends the sequence being read. */
    private enum Stop { END, BRACE, BRACKET, RIGHT, CELL }

    private final String s;
    private int i;

    private MarkdownTex(String tex) {
        this.s = tex;
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
    private void sequence(Element into, int depth, Stop stop) {
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
                delimiter();
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
    private Element argument(int depth) {
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
            return command(depth);
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

    /** A command at {@code i} (its backslash): what it stands for, or its source as written when unknown. */
    private Element command(int depth) {
        int start = i++;
        if (i >= s.length()) {
            return new Element("mi").text("\\");
        }
        String name;
        if (Character.isLetter(s.charAt(i))) {
            int from = i;
            while (i < s.length() && s.charAt(i) >= 'A' && s.charAt(i) <= 'z' && Character.isLetter(s.charAt(i))) {
                i++;
            }
            name = s.substring(from, i);
        } else {
            name = String.valueOf(s.charAt(i++));
        }
        String symbol = MarkdownTexSymbols.LETTERS.get(name);
        if (symbol != null) {
            return new Element("mi").text(symbol);
        }
        symbol = MarkdownTexSymbols.OPERATORS.get(name);
        if (symbol != null) {
            return new Element("mo").text(symbol);
        }
        if (MarkdownTexSymbols.FUNCTIONS.contains(name)) {
            return new Element("mi").text(name).attr("function", "");
        }
        Element known = structure(name, depth);
        if (known != null) {
            return known;
        }
        if (MarkdownTexSymbols.SPACES.contains(name)) {
            if (name.equals("hspace") || name.equals("hskip") || name.equals("kern") || name.equals("mkern")
                    || name.equals("mskip")) {
                skipArgument();
            }
            return new Element("mspace");
        }
        if (MarkdownTexSymbols.IGNORED.contains(name)) {
            return new Element("mrow");
        }
        if (name.length() == 1 && !Character.isLetter(name.charAt(0))) {
            return new Element("mo").text(name.equals("|") ? "‖" : name); // \{ \} \$ \% \& \# \_
        }
        int end = i;
        while (next("{")) {
            skipArgument(); // an unknown command's arguments stay with it, as written
            end = i;
        }
        i = end;
        return new Element("mtext").text(s.substring(start, end));
    }

    /** Commands with arguments or environments; {@code null} for others. */
    private Element structure(String name, int depth) {
        switch (name) {
            case "frac", "dfrac", "tfrac", "cfrac" -> {
                Element over = argument(depth);
                return new Element("mfrac").appendChild(over).appendChild(argument(depth));
            }
            case "sqrt" -> {
                skipSpaces();
                Element index = null;
                if (i < s.length() && s.charAt(i) == '[') {
                    i++;
                    index = new Element("mrow");
                    sequence(index, depth + 1, Stop.BRACKET);
                    if (i < s.length() && s.charAt(i) == ']') {
                        i++;
                    }
                }
                Element root = argument(depth);
                return index == null ? new Element("msqrt").appendChild(root)
                        : new Element("mroot").appendChild(root).appendChild(index);
            }
            case "left" -> {
                Element row = new Element("mrow");
                row.appendElement("mo").text(delimiter());
                sequence(row, depth + 1, Stop.RIGHT);
                if (command("right")) {
                    i += 6;
                    row.appendElement("mo").text(delimiter());
                }
                return row;
            }
            case "not" -> {
                Element negated = argument(depth);
                return negated.normalName().equals("mo") ? negated.text(negated.text() + "\u0338") : negated;
            }
            case "operatorname" -> {
                if (next("*")) {
                    i++;
                }
                return new Element("mi").text(raw()).attr("function", "");
            }
            case "mathbb", "mathcal", "mathscr", "mathfrak" -> {
                String letters = raw();
                StringBuilder out = new StringBuilder();
                letters.codePoints().forEach(cp -> out.append(MarkdownTexSymbols.alphabet(name, cp)));
                return new Element("mi").text(out.toString());
            }
            case "underline" -> {
                return new Element("munder").appendChild(argument(depth)).appendChild(new Element("mo").text("_"));
            }
            case "overset", "stackrel", "underset" -> {
                Element script = argument(depth);
                Element base = argument(depth);
                return new Element(name.equals("underset") ? "munder" : "mover").appendChild(base).appendChild(script);
            }
            case "color", "label", "tag", "phantom", "vphantom", "hphantom" -> {
                skipArgument();
                return new Element("mrow");
            }
            case "textcolor", "colorbox" -> {
                skipArgument();
                return argument(depth);
            }
            case "pmod" -> {
                Element row = new Element("mrow");
                row.appendElement("mo").text("(");
                row.appendElement("mo").text("mod");
                row.appendChild(argument(depth));
                row.appendElement("mo").text(")");
                return row;
            }
            case "begin" -> {
                return environment(raw(), depth);
            }
            default -> {
                if (MarkdownTexSymbols.ACCENTS.containsKey(name)) {
                    Element base = argument(depth);
                    return new Element("mover").appendChild(base)
                            .appendChild(new Element("mo").text(MarkdownTexSymbols.ACCENTS.get(name)));
                }
                if (MarkdownTexSymbols.PLAIN_ARGUMENT.contains(name)) {
                    return argument(depth);
                }
                if (MarkdownTexSymbols.TEXT.contains(name)) {
                    return new Element("mtext").text(raw());
                }
                return null;
            }
        }
    }

    /**
     * {@code \begin{name}…\end{name}}: rows split by {@code \\}, cells by {@code &}. Matrices and cases are tables;
     * {@code aligned} and its kin a table of whole rows (the alignment points dropped), as their lines read.
     */
    private Element environment(String name, int depth) {
        String env = name.replace("*", "");
        if (env.equals("array") || env.equals("subarray") || env.equals("alignat") || env.equals("alignedat")) {
            skipArgument(); // the column specification, or the number of columns
        }
        boolean rowsOnly = switch (env) {
            case "aligned", "align", "gather", "gathered", "split", "eqnarray", "multline", "alignat", "alignedat",
                 "flalign" -> true;
            default -> false;
        };
        Element table = new Element("mtable");
        Element row = table.appendElement("mtr");
        Element cell = row.appendElement("mtd");
        while (i < s.length()) {
            sequence(cell, depth + 2, Stop.CELL);
            if (i >= s.length() || s.charAt(i) == '}') {
                break;
            }
            if (s.charAt(i) == '&') {
                i++;
                if (!rowsOnly) {
                    cell = row.appendElement("mtd");
                }
            } else if (s.startsWith("\\\\", i)) {
                i += 2;
                skipSpaces();
                if (next("[")) {
                    while (i < s.length() && s.charAt(i) != ']') {
                        i++; // \\[2pt]: a line's extra space
                    }
                    i = Math.min(s.length(), i + 1);
                }
                row = table.appendElement("mtr");
                cell = row.appendElement("mtd");
            } else { // \end{…}
                i += 4;
                raw();
                break;
            }
        }
        if (!row.hasText() && row.childrenSize() == 1 && !cell.hasText() && cell.childrenSize() == 0) {
            row.remove(); // the empty row a closing \\ leaves
        }
        String[] fences = switch (env) {
            case "vmatrix" -> new String[] {"|", "|"};
            case "Vmatrix" -> new String[] {"‖", "‖"};
            case "cases", "dcases" -> new String[] {"{", ""};
            default -> new String[] {"", ""};
        };
        if (fences[0].isEmpty()) {
            return table;
        }
        Element fenced = new Element("mrow");
        fenced.appendElement("mo").text(fences[0]);
        fenced.appendChild(table);
        fenced.appendElement("mo").text(fences[1]);
        return fenced;
    }

    /** A delimiter after {@code \left}, {@code \right}: {@code (}, {@code \{}, {@code \langle}; {@code .} is none. */
    private String delimiter() {
        skipSpaces();
        if (i >= s.length()) {
            return "";
        }
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < s.length()) {
            Element e = command(MathText.MAX_DEPTH);
            return e.normalName().equals("mrow") ? "" : e.text();
        }
        i++;
        return c == '.' ? "" : String.valueOf(c);
    }

    /** A braced argument's source as written (one character when it is not braced), its braces dropped. */
    private String raw() {
        skipSpaces();
        if (i >= s.length()) {
            return "";
        }
        if (s.charAt(i) != '{') {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            return new String(Character.toChars(cp));
        }
        int start = ++i;
        int braces = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            braces += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (braces == 0) {
                return s.substring(start, i++);
            }
            i++;
        }
        i = s.length();
        return s.substring(start);
    }

    private void skipArgument() {
        raw();
    }

    private void skipSpaces() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    /** Whether the next thing after white space is {@code text} (white space is skipped). */
    private boolean next(String text) {
        skipSpaces();
        return s.startsWith(text, i);
    }

    /** Whether {@code \name} stands at {@code i}, not followed by a letter. */
    private boolean command(String name) {
        int end = i + 1 + name.length();
        return s.startsWith(name, i + 1) && s.charAt(i) == '\\'
                && (end >= s.length() || !Character.isLetter(s.charAt(end)));
    }
}
