package app.margin.model;

import java.util.regex.Pattern;

/**
 * The ids a note or bookmark may have when it comes from outside (an import): 1 to {@value #MAX_LENGTH} of
 * {@code A-Z a-z 0-9 _ -}. Margin's own ids are UUIDs ({@code 8-4-4-4-12} lowercase hex), which fit. No dot, slash,
 * backslash, colon, space or control character, so an id can never name another file or folder, and short enough
 * to fit in a file name with room to spare.
 */
public final class AnnotationId {

    /** The longest id accepted. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    private AnnotationId() {}

    /** Whether {@code id} is an id Margin accepts from a file. */
    public static boolean isSafe(String id) {
        return id != null && SAFE.matcher(id).matches();
    }

    /** What an id may hold, for messages. */
    public static String rule() {
        return "1 to " + MAX_LENGTH + " letters, digits, '-' or '_'";
    }
}
