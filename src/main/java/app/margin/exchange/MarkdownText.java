package app.margin.exchange;

import app.margin.model.Span;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts the reader's plain text into Markdown so that it renders as the text it is. Only what would change the
 * meaning is escaped, chiefly at the start of a line (headings, quotes, lists, fences, HTML), so the file stays
 * pleasant to read as it is. Leading indentation is dropped (four spaces would start a code block), and line
 * breaks inside a paragraph are kept as hard breaks (a trailing backslash).
 */
final class MarkdownText {
    // Marks inside a quote: see markedQuote.

    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])(\\s|$)");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private MarkdownText() {}

    /** Text as Markdown paragraphs, each line of the result safe at the start of a line. */
    static String paragraphs(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder out = new StringBuilder();
        for (String paragraph : BLANK_LINES.split(normalized)) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            String[] lines = paragraph.split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = escapeLineStart(lines[i].strip());
                if (line.endsWith("\\")) {
                    line = line + "\\"; // a lone trailing backslash would turn into our hard break
                }
                out.append(line);
                if (i < lines.length - 1) {
                    out.append("\\\n");
                }
            }
        }
        return out.toString();
    }

    /** Text as a block quote: every line, blank ones included, starts with "> ". */
    static String blockQuote(String text) {
        String body = paragraphs(text);
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            out.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /**
     * A passage as a block quote on one line, its spans as Markdown: {@code *emphasis*}, {@code **strong**},
     * {@code `code`}, {@code [words](address)} for a link outside the book, {@code ~~struck~~}; other spans (a link
     * inside the book, sub- and superscripts) keep only their words. The words between are escaped as
     * {@link #inline} escapes them.
     */
    static String markedQuote(String text, List<Span> spans) {
        StringBuilder out = new StringBuilder();
        SpanRuns.walk(text, spans, sp -> marker(sp) != null, new SpanRuns.Writer() {
            @Override
            public void words(String all, int from, int to, List<Span> open) {
                boolean code = open.stream().anyMatch(sp -> sp.style() == Span.Style.CODE);
                String run = all.substring(from, to).replace('\n', ' ');
                out.append(code ? run : escapeInline(run)); // a code span shows backslashes as written
            }

            @Override
            public void close(Span span) {
                out.append(closing(span));
            }

            @Override
            public void open(Span span) {
                out.append(marker(span));
            }
        });
        String line = out.toString();
        boolean marked = spans.stream().anyMatch(sp -> sp.start() == 0 && marker(sp) != null);
        return "> " + (marked ? line : escapeLineStart(line));
    }

    private static String marker(Span s) {
        return switch (s.style()) {
            case EMPHASIS -> "*";
            case STRONG -> "**";
            case CODE -> "`";
            case STRIKE -> "~~";
            case LINK -> s.internal() || s.toFile() ? null : "["; // a path beside the page means nothing in a sheet
            default -> null;
        };
    }

    private static String closing(Span s) {
        return s.style() == Span.Style.LINK ? "](" + s.target().replace(")", "%29").replace(" ", "%20") + ")"
                : marker(s);
    }

    private static String escapeInline(String text) {
        return text.replaceAll("\\s+", " ").replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
                .replace("`", "\\`").replace("[", "\\[").replace("<", "\\<");
    }

    /** Text on one line (a heading, a list item): line breaks become spaces; emphasis markers are escaped. */
    static String inline(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        line = line.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("[", "\\[").replace("<", "\\<");
        return line;
    }

    /** A heading's text: inline-safe, and a trailing '#' run kept as text rather than read as a closing one. */
    static String heading(String text) {
        String line = inline(text);
        int hashes = line.length();
        while (hashes > 0 && line.charAt(hashes - 1) == '#') {
            hashes--;
        }
        return hashes < line.length() ? line.substring(0, hashes) + "\\" + line.substring(hashes) : line;
    }

    /** Escapes what a line's first characters would otherwise mean to Markdown. */
    static String escapeLineStart(String line) {
        if (line.isEmpty()) {
            return line;
        }
        char first = line.charAt(0);
        switch (first) {
            case '#', '>', '-', '+', '*', '=', '_', '<', '`', '~', '|', '[':
                return "\\" + line;
            default:
                break;
        }
        var ordered = ORDERED_MARKER.matcher(line);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + line.substring(ordered.group(1).length());
        }
        return line;
    }
}
