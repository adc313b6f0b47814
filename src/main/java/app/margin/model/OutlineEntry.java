package app.margin.model;

import java.util.List;
import java.util.Objects;

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

    /*
     * Written out, with the same meaning as a record's own: the outline's cells compare their old and new entry
     * each time they are filled, and a record's generated equals first has to be linked (ObjectMethods'
     * bootstrap), ~4 ms of the first frame.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof OutlineEntry other && blockIndex == other.blockIndex
                && Objects.equals(sectionId, other.sectionId) && Objects.equals(title, other.title)
                && children.equals(other.children);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(sectionId) * 31 + Objects.hashCode(title)) * 31 + blockIndex) * 31
                + children.hashCode();
    }
}
