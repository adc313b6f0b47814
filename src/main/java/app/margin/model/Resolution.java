package app.margin.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an anchor was placed in a laid-out article and how it was found.
 *
 * @param method    how the anchor was found, or {@link Method#UNPLACED}
 * @param placement where it sits, or {@code null} when unplaced
 * @param edits     how many character edits separate the placed text from the stored quote (0 unless fuzzy)
 */
public record Resolution(Method method, Placement placement, int edits) {

    /** How an anchor was found, in the order the resolver tries. */
    public enum Method {
        /** At the stored paragraph and offsets (for a whole-section anchor: the section exists). */
        HINT,
        /** The exact quote, elsewhere in the anchor's section. */
        EXACT_IN_SECTION,
        /** The quote with small edits, in the anchor's section. */
        FUZZY_IN_SECTION,
        /** The exact quote, in another section (moved, or the section id was renamed). */
        EXACT_ELSEWHERE,
        /** The quote with small edits, in another section. */
        FUZZY_ELSEWHERE,
        /** Not found with confidence; the UI lists it under "Unplaced". */
        UNPLACED
    }

    private static final Resolution UNPLACED = new Resolution(Method.UNPLACED, null, 0);

    public Resolution {
        Objects.requireNonNull(method, "method");
        if ((method == Method.UNPLACED) != (placement == null)) {
            throw new IllegalArgumentException("a placement is given exactly when the anchor is placed");
        }
    }

    public static Resolution unplaced() {
        return UNPLACED;
    }

    public boolean isPlaced() {
        return placement != null;
    }

    /** The placement, or empty when unplaced. */
    public Optional<Placement> asOptional() {
        return Optional.ofNullable(placement);
    }
}
