package app.margin.article;

import org.jsoup.nodes.Element;

/**
 * What {@link MarkdownTex}'s commands stand for: letters, operators and function names ({@link MarkdownTexSymbols}),
 * spaces, and what commands with arguments build: fractions, roots, {@code \left…\right}, accents, alphabets,
 * {@code \text}, and environments (matrices and cases as tables, {@code aligned} and its kin as a table of their
 * lines). An unknown command stays as written. It reads on from the reader's cursor, through the reader, so depth and
 * length stay bounded there.
 */
final class MarkdownTexCommands {
    private final MarkdownTex t;

    MarkdownTexCommands(MarkdownTex reader) {
        this.t = reader;
    }

    /** A command at the cursor (its backslash): what it stands for, or its source as written when unknown. */
    Element command(int depth) {
        int start = t.i++;
        if (t.i >= t.s.length()) {
            return new Element("mi").text("\\");
        }
        String name = t.name();
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
                t.skipArgument();
            }
            return new Element("mspace");
        }
        if (MarkdownTexSymbols.IGNORED.contains(name)) {
            return new Element("mrow");
        }
        if (name.length() == 1 && !Character.isLetter(name.charAt(0))) {
            return new Element("mo").text(name.equals("|") ? "‖" : name); // \{ \} \$ \% \& \# \_
        }
        int end = t.i;
        while (t.next("{")) {
            t.skipArgument(); // an unknown command's arguments stay with it, as written
            end = t.i;
        }
        t.i = end;
        return new Element("mtext").text(t.s.substring(start, end));
    }

    /** Commands with arguments or environments; {@code null} for others. */
    private Element structure(String name, int depth) {
        switch (name) {
            case "frac", "dfrac", "tfrac", "cfrac" -> {
                Element over = t.argument(depth);
                return new Element("mfrac").appendChild(over).appendChild(t.argument(depth));
            }
            case "sqrt" -> {
                t.skipSpaces();
                Element index = null;
                if (t.i < t.s.length() && t.s.charAt(t.i) == '[') {
                    t.i++;
                    index = new Element("mrow");
                    t.sequence(index, depth + 1, MarkdownTex.Stop.BRACKET);
                    if (t.i < t.s.length() && t.s.charAt(t.i) == ']') {
                        t.i++;
                    }
                }
                Element root = t.argument(depth);
                return index == null ? new Element("msqrt").appendChild(root)
                        : new Element("mroot").appendChild(root).appendChild(index);
            }
            case "left" -> {
                Element row = new Element("mrow");
                row.appendElement("mo").text(delimiter());
                t.sequence(row, depth + 1, MarkdownTex.Stop.RIGHT);
                if (t.command("right")) {
                    t.i += 6;
                    row.appendElement("mo").text(delimiter());
                }
                return row;
            }
            case "not" -> {
                Element negated = t.argument(depth);
                return negated.normalName().equals("mo") ? negated.text(negated.text() + "\u0338") : negated;
            }
            case "operatorname" -> {
                if (t.next("*")) {
                    t.i++;
                }
                return new Element("mi").text(t.raw()).attr("function", "");
            }
            case "mathbb", "mathcal", "mathscr", "mathfrak" -> {
                String letters = t.raw();
                StringBuilder out = new StringBuilder();
                letters.codePoints().forEach(cp -> out.append(MarkdownTexSymbols.alphabet(name, cp)));
                return new Element("mi").text(out.toString());
            }
            case "underline" -> {
                return new Element("munder").appendChild(t.argument(depth)).appendChild(new Element("mo").text("_"));
            }
            case "overset", "stackrel", "underset" -> {
                Element script = t.argument(depth);
                Element base = t.argument(depth);
                return new Element(name.equals("underset") ? "munder" : "mover").appendChild(base).appendChild(script);
            }
            case "color", "label", "tag", "phantom", "vphantom", "hphantom" -> {
                t.skipArgument();
                return new Element("mrow");
            }
            case "textcolor", "colorbox" -> {
                t.skipArgument();
                return t.argument(depth);
            }
            case "pmod" -> {
                Element row = new Element("mrow");
                row.appendElement("mo").text("(");
                row.appendElement("mo").text("mod");
                row.appendChild(t.argument(depth));
                row.appendElement("mo").text(")");
                return row;
            }
            case "begin" -> {
                return environment(t.raw(), depth);
            }
            default -> {
                if (MarkdownTexSymbols.ACCENTS.containsKey(name)) {
                    Element base = t.argument(depth);
                    return new Element("mover").appendChild(base)
                            .appendChild(new Element("mo").text(MarkdownTexSymbols.ACCENTS.get(name)));
                }
                if (MarkdownTexSymbols.PLAIN_ARGUMENT.contains(name)) {
                    return t.argument(depth);
                }
                if (MarkdownTexSymbols.TEXT.contains(name)) {
                    return new Element("mtext").text(t.raw());
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
            t.skipArgument(); // the column specification, or the number of columns
        }
        boolean rowsOnly = switch (env) {
            case "aligned", "align", "gather", "gathered", "split", "eqnarray", "multline", "alignat", "alignedat",
                 "flalign" -> true;
            default -> false;
        };
        Element table = new Element("mtable");
        Element row = table.appendElement("mtr");
        Element cell = row.appendElement("mtd");
        while (t.i < t.s.length()) {
            t.sequence(cell, depth + 2, MarkdownTex.Stop.CELL);
            if (t.i >= t.s.length() || t.s.charAt(t.i) == '}') {
                break;
            }
            if (t.s.charAt(t.i) == '&') {
                t.i++;
                if (!rowsOnly) {
                    cell = row.appendElement("mtd");
                }
            } else if (t.s.startsWith("\\\\", t.i)) {
                t.i += 2;
                t.skipSpaces();
                if (t.next("[")) {
                    while (t.i < t.s.length() && t.s.charAt(t.i) != ']') {
                        t.i++; // \\[2pt]: a line's extra space
                    }
                    t.i = Math.min(t.s.length(), t.i + 1);
                }
                row = table.appendElement("mtr");
                cell = row.appendElement("mtd");
            } else { // \end{…}
                t.i += 4;
                t.raw();
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
    String delimiter() {
        t.skipSpaces();
        if (t.i >= t.s.length()) {
            return "";
        }
        char c = t.s.charAt(t.i);
        if (c == '\\' && t.i + 1 < t.s.length()) {
            Element e = command(MathText.MAX_DEPTH);
            return e.normalName().equals("mrow") ? "" : e.text();
        }
        t.i++;
        return c == '.' ? "" : String.valueOf(c);
    }
}
