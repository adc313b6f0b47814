package app.margin.ui.annotations;

import app.margin.model.HighlightColor;
import app.margin.model.Placement;
import java.time.Instant;
import java.util.List;

/**
 * One row's worth of an annotation for the panel: a bookmark, a highlight or a section note, with
 * where it sits now ({@code placement} is null when its text could not be found: "unplaced").
 */
public record AnnotationItem(
        Kind kind,
        String id,
        String sectionId,
        Placement placement,
        String quote,
        String text,
        HighlightColor color,
        List<String> tags,
        Instant updated) {

    public enum Kind {
        BOOKMARK("Bookmark"), HIGHLIGHT("Highlight"), SECTION_NOTE("Section note");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean placed() {
        return placement != null;
    }
}
