package app.margin.model;

import java.util.List;
import java.util.Objects;

/**
 * A headed section of an article. Sections nest: the outline is a tree.
 *
 * @param id         stable identifier, unique within the article; annotations anchor to it
 * @param title      the heading text
 * @param paragraphs plain-text paragraphs in reading order
 * @param children   nested sections, shown after this section's paragraphs
 */
public record Section(String id, String title, List<String> paragraphs, List<Section> children) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        children = List.copyOf(children);
    }
}
