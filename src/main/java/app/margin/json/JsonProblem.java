package app.margin.json;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.Objects;

/**
 * A JSON file could not be read: what went wrong, in one plain sentence without Jackson's words, and where (line,
 * column and, when known, the JSON path). Each format turns it into its own exception, naming the file with
 * {@link #sentence}; the cause, if any, is for the log only.
 */
public final class JsonProblem extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of problem it is, so that a format can say it in its own words. */
    public enum Kind {
        /** The bytes could not be read; {@link #getCause()} is the {@link IOException}. */
        UNREADABLE,
        /** Not JSON at this place. */
        SYNTAX,
        /** The file stops in the middle of a value; {@link #problem()} is the hint, or empty. */
        TRUNCATED,
        /** Beyond a {@link JsonLimits limit}; {@link #limit()} says which. */
        LIMIT,
        /** A member twice in one object; with a path (and the first place) when the object was read as a tree. */
        DUPLICATE,
        /** Something follows the document's one value. */
        TRAILING
    }

    /** Which limit a {@link Kind#LIMIT} problem went beyond. */
    public enum Limit { DOCUMENT, NESTING, STRING, NUMBER, NAME, OTHER }

    private final Kind kind;
    private final Limit limit;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    JsonProblem(Kind kind, Limit limit, int line, int column, String path, String problem, Throwable cause) {
        super(sentence("JSON", path, line, column, problem), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.limit = limit;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.path = path;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    static JsonProblem unreadable(IOException e) {
        return new JsonProblem(Kind.UNREADABLE, null, 0, 0, null, readFailure(e), e);
    }

    /** A plain sentence for an I/O failure, without exception class names. */
    public static String readFailure(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "the file cannot be read: permission denied";
        }
        String reason = e.getMessage();
        return reason == null || reason.isBlank()
                ? "the file could not be read"
                : "the file could not be read (" + reason + ")";
    }

    /**
     * Margin's one wording for a problem in a file: {@code notes.json, at $.notes[2].start (line 40, column 16):
     * problem} with a path, {@code us.json, line 5, column 3: problem} without one, {@code us.json: problem}
     * when the place is unknown.
     */
    public static String sentence(String source, String path, int line, int column, String problem) {
        StringBuilder text = new StringBuilder(source);
        if (path != null) {
            text.append(", at ").append(path);
            if (line > 0) {
                text.append(" (line ").append(line).append(", column ").append(column).append(')');
            }
        } else if (line > 0) {
            text.append(", line ").append(line).append(", column ").append(column);
        }
        return text.append(": ").append(problem).toString();
    }

    /** The same wording for a value read as a tree: its path and where it starts. */
    public static String sentence(String source, String path, JsonValue value, String problem) {
        return sentence(source, path, value.at().line(), value.at().column(), problem);
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#LIMIT}, which limit; otherwise {@code null}. */
    public Limit limit() {
        return limit;
    }

    /** The 1-based line of the problem, or 0 if unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 if unknown. */
    public int column() {
        return column;
    }

    /** The JSON path of the offending member, or {@code null}. */
    public String path() {
        return path;
    }

    /** The problem alone, without a file name or place. */
    public String problem() {
        return problem;
    }

    /** " at line 3, column 8", or nothing when the place is unknown. */
    public String atLineAndColumn() {
        return line > 0 ? " at line " + line + ", column " + column : "";
    }
}
