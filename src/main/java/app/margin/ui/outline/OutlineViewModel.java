package app.margin.ui.outline;

import app.margin.model.OutlineEntry;
import app.margin.ui.reader.ReaderViewModel;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The section outline: the entries of the article shown, and which one is being read. Activating an
 * entry moves the reading pane; scrolling the pane moves the selection.
 */
public final class OutlineViewModel {

    private final ReaderViewModel reader;
    private final ObservableList<OutlineEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<OutlineEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper selectedSectionId = new ReadOnlyStringWrapper(this, "selectedSectionId");
    private final ReadOnlyObjectWrapper<Map<String, SectionMarks>> marks =
            new ReadOnlyObjectWrapper<>(this, "marks", Map.of());

    public OutlineViewModel(ReaderViewModel reader) {
        this.reader = reader;
        reader.layoutProperty().addListener((obs, old, layout) -> {
            if (layout != null) {
                entries.setAll(layout.outline());
            } else {
                entries.clear();
            }
        });
        selectedSectionId.bind(reader.currentSectionIdProperty());
    }

    /** Top-level outline entries in reading order; the lead first. */
    public ObservableList<OutlineEntry> entries() {
        return readOnlyEntries;
    }

    /** The section being read, which the outline keeps selected. */
    public ReadOnlyStringProperty selectedSectionIdProperty() {
        return selectedSectionId.getReadOnlyProperty();
    }

    /** Bookmarks and notes per section id, for the markers beside the entries. */
    public ReadOnlyObjectProperty<Map<String, SectionMarks>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    public SectionMarks marksOf(String sectionId) {
        return marks.get().getOrDefault(sectionId, SectionMarks.NONE);
    }

    public void setMarks(Map<String, SectionMarks> newMarks) {
        marks.set(Map.copyOf(newMarks));
    }

    /** The reader clicked the entry or pressed Enter on it: bring its heading to the top of the pane. */
    public void activate(String sectionId) {
        reader.jumpToSection(sectionId);
    }
}
