package app.margin.model;

import java.util.List;

/**
 * An entry of the section outline.
 *
 * @param sectionId  the section ({@link Article#LEAD_SECTION_ID} for the lead)
 * @param title      what the outline shows
 * @param blockIndex index of the block where the section starts (its heading, or the title for the lead)
 * @param children   nested sections
 */
public record OutlineEntry(String sectionId, String title, int blockIndex, List<OutlineEntry> children) {
    public OutlineEntry {
        children = List.copyOf(children);
    }
}
