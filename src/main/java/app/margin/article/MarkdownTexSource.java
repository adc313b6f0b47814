package app.margin.article;

/**
 * A TeX formula's source and the cursor reading it, with the steps below the grammar: white space, a command's name,
 * a braced argument as written, and looking ahead. {@link MarkdownTex} reads a formula's structure on it and
 * {@link MarkdownTexCommands} its commands; every step moves the cursor forward, so reading stays linear in the
 * source's length.
 */
class MarkdownTexSource {
    /** The source, and the cursor in it. */
    final String s;
    int i;

    MarkdownTexSource(String tex) {
        this.s = tex;
    }

    /** The name of the command whose backslash is just behind {@code i}: its letters, or the one character after it. */
    String name() {
        if (Character.isLetter(s.charAt(i))) {
            int from = i;
            while (i < s.length() && s.charAt(i) >= 'A' && s.charAt(i) <= 'z' && Character.isLetter(s.charAt(i))) {
                i++;
            }
            return s.substring(from, i);
        }
        return String.valueOf(s.charAt(i++));
    }

    /** A braced argument's source as written (one character when it is not braced), its braces dropped. */
    String raw() {
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

    void skipArgument() {
        raw();
    }

    void skipSpaces() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    /** Whether the next thing after white space is {@code text} (white space is skipped). */
    boolean next(String text) {
        skipSpaces();
        return s.startsWith(text, i);
    }

    /** Whether {@code \name} stands at {@code i}, not followed by a letter. */
    boolean command(String name) {
        int end = i + 1 + name.length();
        return s.startsWith(name, i + 1) && s.charAt(i) == '\\'
                && (end >= s.length() || !Character.isLetter(s.charAt(end)));
    }
}
