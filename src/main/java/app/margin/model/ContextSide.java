package app.margin.model;

/**
 * How well the text on one side of a candidate agrees with the context stored beside a quote.
 *
 * @param similarity {@code 1 − edit distance / stored length}, from 0 to 1
 * @param agrees     whether this side is evidence that the candidate is the quoted place: a similarity of at
 *                   least {@link AnchorResolver#AGREEING_CONTEXT} over at least
 *                   {@link AnchorResolver#MIN_CONTEXT} characters, or both the stored context and the
 *                   candidate's reaching the paragraph's edge with (nearly) the same text
 */
record ContextSide(double similarity, boolean agrees) {

    private static final ContextSide NONE = new ContextSide(0, false);
    /** Extra characters an alignment may use beyond the stored context's length. */
    private static final int SLACK = 8;

    /** The side before {@code text[start]}, against the stored prefix. */
    static ContextSide before(String text, int start, String prefix) {
        if (nearEdge(prefix, start)) {
            return atEdge(prefix, text.substring(0, start));
        }
        if (prefix.isEmpty()) {
            return NONE;
        }
        return of(prefix, FuzzyMatcher.alignBackward(text, start, prefix, prefix.length() + SLACK)[0]);
    }

    /** The side after {@code text[end - 1]}, against the stored suffix. */
    static ContextSide after(String text, int end, String suffix) {
        if (nearEdge(suffix, text.length() - end)) {
            return atEdge(suffix, text.substring(end));
        }
        if (suffix.isEmpty()) {
            return NONE;
        }
        return of(suffix, FuzzyMatcher.alignForward(text, end, suffix, suffix.length() + SLACK)[0]);
    }

    /** Whether the stored context reached the paragraph's edge and the candidate is near the edge too. */
    private static boolean nearEdge(String stored, int available) {
        return stored.length() < TextQuote.CONTEXT_LENGTH && available <= stored.length() + SLACK;
    }

    private static ContextSide atEdge(String stored, String actual) {
        int longer = Math.max(1, Math.max(stored.length(), actual.length()));
        double similarity = 1.0 - (double) FuzzyMatcher.distance(stored, actual) / longer;
        return new ContextSide(similarity, similarity >= AnchorResolver.AGREEING_CONTEXT);
    }

    private static ContextSide of(String stored, int edits) {
        double similarity = Math.max(0, 1.0 - (double) edits / stored.length());
        return new ContextSide(similarity,
                stored.length() >= AnchorResolver.MIN_CONTEXT && similarity >= AnchorResolver.AGREEING_CONTEXT);
    }
}
