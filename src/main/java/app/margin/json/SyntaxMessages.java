package app.margin.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's parse errors into short sentences for a reader. Jackson's own messages name
 * classes and features, so only the facts are taken from them (which character, which limit);
 * anything not recognised becomes a plain "not valid JSON here".
 */
final class SyntaxMessages {
    private static final Pattern CHAR_CODE = Pattern.compile("\\(code (\\d+)\\)");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");

    private SyntaxMessages() {}

    /** What the parser was in the middle of when it failed. */
    record Context(boolean afterComma, boolean atTopLevel) {}

    static String describe(JsonProcessingException e, Context context) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (raw.startsWith("Unexpected character")) {
            return describeUnexpectedCharacter(raw, context);
        }
        Matcher close = CLOSE_MARKER.matcher(raw);
        if (close.find()) {
            return "expected '" + close.group(2) + "' but found '" + close.group(1) + "'";
        }
        if (raw.startsWith("Unrecognized token") || raw.startsWith("Non-standard token")) {
            String token = firstQuoted(raw);
            String hint = context.atTopLevel() ? " (this does not look like a JSON file)" : "";
            if (token.equals("NaN") || token.contains("Infinity")) {
                hint = " (JSON has no NaN or Infinity)";
            }
            return "expected a value but found '" + token + "'" + hint;
        }
        if (raw.startsWith("Illegal unquoted character")) {
            return "a line break or other control character inside a string must be written as an escape like \\n";
        }
        if (raw.startsWith("Unrecognized character escape")) {
            return "unknown escape '\\" + firstQuoted(raw) + "' in a string";
        }
        if (raw.startsWith("Duplicate field") || raw.startsWith("Duplicate Object property")) {
            return "duplicate property \"" + firstQuoted(raw) + "\"";
        }
        if (raw.contains("Leading zeroes")) {
            return "a number must not start with 0";
        }
        if (raw.startsWith("Invalid numeric value")) {
            return "a number is not written correctly";
        }
        if (raw.contains("UTF-8") || raw.contains("UTF8")) {
            return "the file is not valid UTF-8 text";
        }
        return "this is not valid JSON";
    }

    private static String describeUnexpectedCharacter(String raw, Context context) {
        String found = foundCharacter(raw);
        boolean closer = found.equals("'}'") || found.equals("']'");
        String trailingComma = context.afterComma() && closer ? " (a trailing comma?)" : "";
        if (raw.contains("expected a value") || raw.contains("expected a valid value")) {
            return "expected a value but found " + found + trailingComma;
        }
        if (raw.contains("double-quote to start field name")) {
            if (raw.contains("comment")) {
                return "comments are not allowed in JSON";
            }
            return "expected a property name in double quotes but found " + found + trailingComma;
        }
        if (raw.contains("colon to separate field name and value")) {
            return "expected ':' after the property name but found " + found;
        }
        if (raw.contains("comma to separate Object entries")) {
            return "expected ',' or '}' but found " + found + " (a missing comma?)";
        }
        if (raw.contains("comma to separate Array entries")) {
            return "expected ',' or ']' but found " + found + " (a missing comma?)";
        }
        if (raw.contains("comment")) {
            return "comments are not allowed in JSON";
        }
        return "unexpected " + found;
    }

    /** Which limit Jackson's message names. */
    static JsonProblem.Limit limit(StreamConstraintsException e) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (raw.startsWith("Document nesting depth")) {
            return JsonProblem.Limit.NESTING;
        }
        if (raw.startsWith("String value length")) {
            return JsonProblem.Limit.STRING;
        }
        if (raw.startsWith("Document length")) {
            return JsonProblem.Limit.DOCUMENT;
        }
        if (raw.startsWith("Number value length")) {
            return JsonProblem.Limit.NUMBER;
        }
        if (raw.startsWith("Name length")) {
            return JsonProblem.Limit.NAME;
        }
        return JsonProblem.Limit.OTHER;
    }

    static String describeLimit(JsonProblem.Limit limit, JsonLimits limits) {
        return switch (limit) {
            case NESTING -> "objects and arrays are nested more than " + limits.maxNestingDepth()
                    + " levels deep, the limit";
            case STRING -> "a string is longer than the limit of " + limits.maxStringLength() + " characters";
            case DOCUMENT -> "the file is larger than the limit of "
                    + JsonLimits.describeBytes(limits.maxDocumentBytes());
            case NUMBER -> "a number has too many digits";
            case NAME -> "a property name is too long";
            case OTHER -> "the file goes beyond what Margin can read safely";
        };
    }

    /** The hint for a file that stops early, from Jackson's message and the innermost open container. */
    static String truncationHint(String raw, char innermostOpen) {
        if (raw != null && raw.contains("VALUE_STRING")) {
            return "a string is not closed with '\"'";
        }
        if (raw != null && raw.contains("field name")) {
            return "a property name is not closed with '\"'";
        }
        return switch (innermostOpen) {
            case '{' -> "an object is not closed with '}'";
            case '[' -> "an array is not closed with ']'";
            default -> "";
        };
    }

    private static String foundCharacter(String raw) {
        Matcher code = CHAR_CODE.matcher(raw);
        if (!code.find()) {
            return "an unexpected character";
        }
        int codePoint = Integer.parseInt(code.group(1));
        if (codePoint == '\'') {
            return "a single quote (JSON strings and names use double quotes)";
        }
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
            return "an invisible character (code " + codePoint + ")";
        }
        return "'" + new String(Character.toChars(codePoint)) + "'";
    }

    private static String firstQuoted(String raw) {
        Matcher quoted = QUOTED.matcher(raw);
        return quoted.find() ? quoted.group(1) : "";
    }
}
