package app.margin.exchange.readers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A strict reader of the one Lua shape KOReader writes into a sidecar: {@code return { ["key"] = value, … }} with
 * strings (every escape of Lua 5.1 to 5.4, and long brackets), numbers, booleans, {@code nil} and nested tables;
 * {@code --} comments. It never runs anything: a name, call, function, loop or operator is refused as code with its
 * line ("it holds code at line 3"). Tables become {@code Map<Object, Object>} in the file's order (keys are strings,
 * {@code Long} or {@code Double}; values also {@code Boolean} or a nested map), with the depth and size bounded.
 */
public final class LuaLiteral {

    /** How deep tables may nest; KOReader's go four or five levels deep. */
    static final int MAX_DEPTH = 64;

    /** The Lua could not be read as a table literal. */
    public static final class LuaProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final boolean code;

        LuaProblem(String message, int line, boolean code) {
            super(message);
            this.line = line;
            this.code = code;
        }

        /** The 1-based line of the problem. */
        public int line() {
            return line;
        }

        /** Whether the file holds code (a name, call, function, loop…) rather than a literal. */
        public boolean isCode() {
            return code;
        }
    }

    private final String src;
    private int pos;
    private int line = 1;

    private LuaLiteral(String src) {
        this.src = src;
    }

    /** The table a {@code return { … }} file returns. */
    public static Map<Object, Object> read(String source) throws LuaProblem {
        LuaLiteral reader = new LuaLiteral(source.startsWith("\uFEFF") ? source.substring(1) : source);
        reader.space();
        if (!reader.word("return")) {
            throw reader.code();
        }
        reader.space();
        if (!reader.peek('{')) {
            throw reader.code();
        }
        Map<Object, Object> table = reader.table(1);
        reader.space();
        if (reader.peek(';')) {
            reader.pos++;
            reader.space();
        }
        if (reader.pos < reader.src.length()) {
            throw reader.code();
        }
        return table;
    }

    private Map<Object, Object> table(int depth) throws LuaProblem {
        if (depth > MAX_DEPTH) {
            throw new LuaProblem("its tables nest more than " + MAX_DEPTH + " deep at line " + line, line, false);
        }
        pos++; // '{'
        Map<Object, Object> out = new LinkedHashMap<>();
        long next = 1;
        while (true) {
            space();
            if (peek('}')) {
                pos++;
                return out;
            }
            Object key;
            int keyLine = line;
            if (peek('[') && !longBracketAhead()) {
                pos++;
                space();
                key = value(depth);
                space();
                expect(']');
                space();
                expect('=');
                space();
            } else if (identifierAhead() && assignmentAhead()) {
                key = identifier();
                space();
                expect('=');
                space();
            } else {
                key = next++;
            }
            Object value = value(depth);
            if (key == null) {
                throw new LuaProblem("a table key is nil at line " + keyLine, keyLine, false);
            }
            if (value != null) {
                out.put(key, value);
            }
            space();
            if (peek(',') || peek(';')) {
                pos++;
            } else if (!peek('}')) {
                throw code();
            }
        }
    }

    private Object value(int depth) throws LuaProblem {
        if (pos >= src.length()) {
            throw new LuaProblem("it ends in the middle of a table at line " + line, line, false);
        }
        char c = src.charAt(pos);
        if (c == '{') {
            return table(depth + 1);
        }
        if (c == '"' || c == '\'') {
            return quoted(c);
        }
        if (c == '[' && longBracketAhead()) {
            return longString();
        }
        if (c == '-' || c == '.' || Character.isDigit(c)) {
            return number();
        }
        if (word("true")) {
            return Boolean.TRUE;
        }
        if (word("false")) {
            return Boolean.FALSE;
        }
        if (word("nil")) {
            return null;
        }
        throw code();
    }

    private String quoted(char quote) throws LuaProblem {
        int startLine = line;
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                throw new LuaProblem("a string that starts at line " + startLine + " never ends", startLine, false);
            }
            char c = src.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\n') {
                throw new LuaProblem("a string breaks off at the end of line " + line, line, false);
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= src.length()) {
                continue;
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000B');
                case '\\', '"', '\'' -> out.append(e);
                case '\n' -> { // %q writes a newline as a backslash and a newline
                    out.append('\n');
                    line++;
                }
                case '\r' -> {
                    out.append('\n');
                    if (pos < src.length() && src.charAt(pos) == '\n') {
                        pos++;
                    }
                    line++;
                }
                case 'x' -> out.append((char) hex(2));
                case 'z' -> {
                    while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
                        line += src.charAt(pos++) == '\n' ? 1 : 0;
                    }
                }
                case 'u' -> {
                    expect('{');
                    int cp = hex(8);
                    expect('}');
                    out.appendCodePoint(cp);
                }
                default -> {
                    if (!Character.isDigit(e)) {
                        throw new LuaProblem("a string has an unknown escape \\" + e + " at line " + line, line, false);
                    }
                    int value = e - '0';
                    for (int i = 0; i < 2 && pos < src.length() && Character.isDigit(src.charAt(pos)); i++) {
                        value = value * 10 + src.charAt(pos++) - '0';
                    }
                    out.append((char) value); // a byte; KOReader's text is UTF-8 and written unescaped
                }
            }
        }
    }

    private int hex(int most) throws LuaProblem {
        int value = 0;
        int digits = 0;
        while (digits < most && pos < src.length() && Character.digit(src.charAt(pos), 16) >= 0) {
            value = value * 16 + Character.digit(src.charAt(pos++), 16);
            digits++;
        }
        if (digits == 0 || value > Character.MAX_CODE_POINT) {
            throw new LuaProblem("a string has a bad escape at line " + line, line, false);
        }
        return value;
    }

    private boolean longBracketAhead() {
        int i = pos + 1;
        while (i < src.length() && src.charAt(i) == '=') {
            i++;
        }
        return i < src.length() && src.charAt(i) == '[';
    }

    private String longString() throws LuaProblem {
        int startLine = line;
        int level = 0;
        pos++;
        while (src.charAt(pos) == '=') {
            level++;
            pos++;
        }
        pos++;
        String close = "]" + "=".repeat(level) + "]";
        int end = src.indexOf(close, pos);
        if (end < 0) {
            throw new LuaProblem("a string that starts at line " + startLine + " never ends", startLine, false);
        }
        String body = src.substring(pos, end);
        line += (int) body.chars().filter(ch -> ch == '\n').count();
        pos = end + close.length();
        return body.startsWith("\r\n") ? body.substring(2) : body.startsWith("\n") ? body.substring(1) : body;
    }

    private Object number() throws LuaProblem {
        int start = pos;
        if (peek('-')) {
            pos++;
            if (peek('-')) {
                throw code();
            }
        }
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                || ((src.charAt(pos) == '-' || src.charAt(pos) == '+')
                && Character.toLowerCase(src.charAt(pos - 1)) == 'e' && !src.startsWith("0x", start)))) {
            pos++;
        }
        String text = src.substring(start, pos);
        try {
            String body = text.startsWith("-") ? text.substring(1) : text;
            if (body.startsWith("0x") || body.startsWith("0X")) {
                long v = Long.parseUnsignedLong(body.substring(2), 16);
                return text.startsWith("-") ? -v : v;
            }
            if (body.matches("\\d+")) {
                return Long.parseLong(text);
            }
            if (body.matches("(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                return Double.parseDouble(text);
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new LuaProblem("'" + text + "' at line " + line + " is not a number", line, false);
    }

    private boolean identifierAhead() {
        return pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_');
    }

    /** Whether the name ahead is followed by '=' but not '==' (a key, not code). */
    private boolean assignmentAhead() {
        int i = pos;
        while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
            i++;
        }
        String name = src.substring(pos, i);
        if (name.equals("true") || name.equals("false") || name.equals("nil")) {
            return false;
        }
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i++;
        }
        return i < src.length() && src.charAt(i) == '=' && (i + 1 >= src.length() || src.charAt(i + 1) != '=');
    }

    private String identifier() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        return src.substring(start, pos);
    }

    private boolean word(String w) {
        if (src.startsWith(w, pos) && (pos + w.length() >= src.length()
                || !(Character.isLetterOrDigit(src.charAt(pos + w.length())) || src.charAt(pos + w.length()) == '_'))) {
            pos += w.length();
            return true;
        }
        return false;
    }

    private boolean peek(char c) {
        return pos < src.length() && src.charAt(pos) == c;
    }

    private void expect(char c) throws LuaProblem {
        if (!peek(c)) {
            throw pos >= src.length() ? new LuaProblem("it ends in the middle of a table at line " + line, line, false)
                    : code();
        }
        pos++;
    }

    private LuaProblem code() {
        return new LuaProblem("it holds code at line " + line, line, true);
    }

    /** Passes whitespace and comments ({@code --} to the end of the line, {@code --[[ … ]]}). */
    private void space() throws LuaProblem {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (src.startsWith("--", pos)) {
                pos += 2;
                if (peek('[') && longBracketAhead()) {
                    longString();
                } else {
                    while (pos < src.length() && src.charAt(pos) != '\n') {
                        pos++;
                    }
                }
            } else {
                return;
            }
        }
    }
}
