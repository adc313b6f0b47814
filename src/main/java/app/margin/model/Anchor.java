package app.margin.model;

import java.util.Objects;

/**
 * Where an annotation sits: a section, and for a passage its quote plus paragraph and character
 * offsets as a hint. The quote is authoritative; the offsets are only where it was last seen.
 *
 * @param sectionId      the section's id ({@link Article#LEAD_SECTION_ID} for the lead)
 * @param quote          the passage with context, or {@code null} for an annotation on the whole section
 * @param paragraphIndex paragraph index within the section, or -1 for the whole section
 * @param start          start offset within the paragraph (inclusive), or -1
 * @param end            end offset within the paragraph (exclusive), or -1
 */
public record Anchor(String sectionId, TextQuote quote, int paragraphIndex, int start, int end) {
    public Anchor {
        Objects.requireNonNull(sectionId, "sectionId");
    }

    /** An anchor on a whole section. */
    public static Anchor section(String sectionId) {
        return new Anchor(sectionId, null, -1, -1, -1);
    }

    /** An anchor on {@code paragraph[start, end)}, paragraph number {@code paragraphIndex} of the section. */
    public static Anchor passage(String sectionId, int paragraphIndex, String paragraph, int start, int end) {
        return new Anchor(sectionId, TextQuote.of(paragraph, start, end), paragraphIndex, start, end);
    }

    public boolean isWholeSection() {
        return quote == null;
    }
}
