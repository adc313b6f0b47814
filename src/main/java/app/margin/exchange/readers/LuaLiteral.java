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
public final class LuaLiteral extends LuaScanner {

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

    private LuaLiteral(String src) {
        super(src);
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

}
