package app.margin.ui.annotations;

/** A row of the annotations panel: a section heading, or an annotation under it. */
public sealed interface PanelRow {

    /** A group heading: a section's title, or "Unplaced" for annotations whose text is gone. */
    record Group(String sectionId, String title) implements PanelRow {}

    record Item(AnnotationItem item) implements PanelRow {}
}
