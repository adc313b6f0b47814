package app.margin.model;

import java.util.Objects;

/**
 * The quoted text of an annotation with a little context before and after it, after the W3C Web
 * Annotation {@code TextQuoteSelector}. This is what finds an annotation again when the text changes.
 */
public record TextQuote(String exact, String prefix, String suffix) {
    /** How many characters of context are kept on each side. */
    public static final int CONTEXT_LENGTH = 32;

    public TextQuote {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The quote of {@code text[start, end)} with up to {@link #CONTEXT_LENGTH} characters of context. */
    public static TextQuote of(String text, int start, int end) {
        return new TextQuote(
                text.substring(start, end),
                text.substring(Math.max(0, start - CONTEXT_LENGTH), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT_LENGTH)));
    }
}
