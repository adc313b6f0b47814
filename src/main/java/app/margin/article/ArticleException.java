package app.margin.article;

import app.margin.json.JsonProblem;
import java.util.Objects;

/**
 * An article file could not be read. {@link #userMessage()} is one plain sentence for the reader that
 * names the file and, where known, the line, column and JSON path of the problem; the cause, if any,
 * is for the log only.
 */
public final class ArticleException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String jsonPath;
    private final String problem;

    private ArticleException(
            String message, String source, int line, int column, String jsonPath, String problem, Throwable cause) {
        super(message, cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.jsonPath = jsonPath;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** A problem with the file as a whole (missing, too large, unreadable). */
    static ArticleException ofFile(String source, String problem, Throwable cause) {
        return of(source, 0, 0, null, problem, cause);
    }

    /** A JSON syntax problem at a line and column. */
    static ArticleException ofSyntax(String source, int line, int column, String problem, Throwable cause) {
        return of(source, line, column, null, problem, cause);
    }

    /** A structural problem at a JSON path, with the line and column of the value when known. */
    static ArticleException ofStructure(String source, String jsonPath, int line, int column, String problem) {
        return of(source, line, column, jsonPath, problem, null);
    }

    /** The file stops in the middle of the JSON: "us.json ends unexpectedly at line 3, column 8 (...)". */
    static ArticleException ofTruncation(String source, int line, int column, String hint, Throwable cause) {
        String problem = "the file ends unexpectedly" + (hint.isEmpty() ? "" : " (" + hint + ")");
        String message = source + " ends unexpectedly at line " + line + ", column " + column
                + (hint.isEmpty() ? "" : " (" + hint + ")");
        return new ArticleException(message, source, line, column, null, problem, cause);
    }

    /** A problem met while reading the JSON, in the article's words. */
    static ArticleException of(String source, JsonProblem e) {
        return switch (e.kind()) {
            case UNREADABLE -> ofFile(source, e.problem(), e.getCause());
            case TRUNCATED -> ofTruncation(source, e.line(), e.column(), e.problem(), e.getCause());
            case TRAILING -> ofSyntax(source, e.line(), e.column(),
                    "more content after the end of the article; a file holds one JSON object", null);
            case LIMIT -> ofSyntax(source, e.line(), e.column(), e.limit() == JsonProblem.Limit.NESTING
                    ? e.problem() + " (are sections nested too deeply?)" : e.problem(), e.getCause());
            case DUPLICATE -> e.path() != null
                    ? ofStructure(source, e.path(), e.line(), e.column(), e.problem())
                    : ofSyntax(source, e.line(), e.column(), e.problem(), e.getCause());
            case SYNTAX -> ofSyntax(source, e.line(), e.column(), e.problem(), e.getCause());
        };
    }

    private static ArticleException of(
            String source, int line, int column, String jsonPath, String problem, Throwable cause) {
        return new ArticleException(
                compose(source, line, column, jsonPath, problem), source, line, column, jsonPath, problem, cause);
    }

    /** The whole sentence for the reader, e.g. {@code us.json, line 5, column 3: expected a value but found '}'}. */
    public String userMessage() {
        return getMessage();
    }

    /** {@link #userMessage()} ending with a full stop, for putting another sentence after it. */
    public String sentence() {
        String m = getMessage().strip();
        return m.endsWith(".") || m.endsWith("?") || m.endsWith("!") ? m : m + ".";
    }

    /** The problem alone, without the file name and location. */
    public String problem() {
        return problem;
    }

    /** The file name, or the display name given for a stream. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or 0 if unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 if unknown. */
    public int column() {
        return column;
    }

    /** The JSON path of the offending value, like {@code $.sections[1].id}, or {@code null} if not structural. */
    public String jsonPath() {
        return jsonPath;
    }

    private static String compose(String source, int line, int column, String jsonPath, String problem) {
        return JsonProblem.sentence(source, jsonPath, line, column, problem);
    }
}
