package app.margin.exchange.readers;

import app.margin.exchange.readers.LuaLiteral.LuaProblem;

/**
 * The tokens of the Lua that {@link LuaLiteral} reads: whitespace and comments, strings with every escape and long
 * brackets, numbers, names and punctuation, with the line for messages. Anything else is {@link #code()}.
 */
abstract class LuaScanner {

    protected final String src;
    protected int pos;
    protected int line = 1;

    LuaScanner(String src) {
        this.src = src;
    }

    protected String quoted(char quote) throws LuaProblem {
        int startLine = line;
        pos++;
        StringBuilder out = new StringBuilder();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(); // escaped bytes, UTF-8 together
        while (true) {
            if (pos >= src.length()) {
                throw new LuaProblem("a string that starts at line " + startLine + " never ends", startLine, false);
            }
            char c = src.charAt(pos++);
            if (c == quote) {
                flush(out, bytes);
                return out.toString();
            }
            if (c == '\n') {
                throw new LuaProblem("a string breaks off at the end of line " + line, line, false);
            }
            if (c != '\\') {
                flush(out, bytes);
                out.append(c);
                continue;
            }
            if (pos >= src.length()) {
                continue;
            }
            char e = src.charAt(pos++);
            if (e != 'x' && !Character.isDigit(e)) {
                flush(out, bytes);
            }
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
                case 'x' -> bytes.write(hex(2));
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
                    if (e < '0' || e > '9') { // Lua's \ddd is ASCII digits only (Character.isDigit takes any script's)
                        throw new LuaProblem("a string has an unknown escape \\" + e + " at line " + line, line, false);
                    }
                    int value = e - '0';
                    for (int i = 0; i < 2 && pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '9'; i++) {
                        value = value * 10 + src.charAt(pos++) - '0';
                    }
                    if (value > 255) {
                        throw new LuaProblem("a string has an escape beyond a byte (\\" + value + ") at line " + line,
                                line, false);
                    }
                    bytes.write(value);
                }
            }
        }
    }

    /** Escaped bytes in a row are UTF-8, as Lua's strings are bytes and KOReader writes UTF-8. */
    private static void flush(StringBuilder out, java.io.ByteArrayOutputStream bytes) {
        if (bytes.size() > 0) {
            out.append(java.nio.charset.StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())));
            bytes.reset();
        }
    }

    protected int hex(int most) throws LuaProblem {
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

    protected boolean longBracketAhead() {
        int i = pos + 1;
        while (i < src.length() && src.charAt(i) == '=') {
            i++;
        }
        return i < src.length() && src.charAt(i) == '[';
    }

    protected String longString() throws LuaProblem {
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

    protected Object number() throws LuaProblem {
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

    protected boolean identifierAhead() {
        return pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_');
    }

    /** Whether the name ahead is followed by '=' but not '==' (a key, not code). */
    protected boolean assignmentAhead() {
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

    protected String identifier() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        return src.substring(start, pos);
    }

    protected boolean word(String w) {
        if (src.startsWith(w, pos) && (pos + w.length() >= src.length()
                || !(Character.isLetterOrDigit(src.charAt(pos + w.length())) || src.charAt(pos + w.length()) == '_'))) {
            pos += w.length();
            return true;
        }
        return false;
    }

    protected boolean peek(char c) {
        return pos < src.length() && src.charAt(pos) == c;
    }

    protected void expect(char c) throws LuaProblem {
        if (!peek(c)) {
            throw pos >= src.length() ? new LuaProblem("it ends in the middle of a table at line " + line, line, false)
                    : code();
        }
        pos++;
    }

    protected LuaProblem code() {
        return new LuaProblem("it holds code at line " + line, line, true);
    }

    /** Passes whitespace and comments ({@code --} to the end of the line, {@code --[[ … ]]}). */
    protected void space() throws LuaProblem {
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
