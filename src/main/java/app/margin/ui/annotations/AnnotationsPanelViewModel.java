package app.margin.ui.annotations;

import app.margin.model.ArticleLayout;
import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.Placement;
import app.margin.ui.reader.ReaderViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * All bookmarks, highlights and notes of the article, grouped by section in reading order, filtered by
 * kind, colour, tag and text. Annotations whose text cannot be found are listed under "Unplaced".
 */
public final class AnnotationsPanelViewModel {

    public static final String UNPLACED = "Unplaced";

    /** Which kinds the panel shows. */
    public enum KindFilter {
        ALL("All kinds"), BOOKMARKS("Bookmarks"), HIGHLIGHTS("Highlights"), SECTION_NOTES("Section notes");

        private final String label;

        KindFilter(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final AnnotationsViewModel annotations;
    private final ReaderViewModel reader;
    private final ObjectProperty<KindFilter> kind = new SimpleObjectProperty<>(this, "kind", KindFilter.ALL);
    private final ObjectProperty<HighlightColor> colour = new SimpleObjectProperty<>(this, "colour");
    private final StringProperty tag = new SimpleStringProperty(this, "tag", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<PanelRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> allTags = FXCollections.observableArrayList();
    /** True once the bookmarks list set the kind filter, until the panel closes. */
    private boolean bookmarksList;
    private final ReadOnlyObjectWrapper<Placement> flashRequest = new ReadOnlyObjectWrapper<>(this, "flashRequest");

    public AnnotationsPanelViewModel(AnnotationsViewModel annotations, ReaderViewModel reader) {
        this.annotations = annotations;
        this.reader = reader;
        for (Observable o : List.of(annotations.notes(), annotations.bookmarks(), kind, colour, tag, text)) {
            o.addListener(x -> rebuild());
        }
        rebuild();
    }

    /** Shows only bookmarks, as the bookmarks list (Ctrl+B) does: until the panel closes. */
    public void showBookmarksList() {
        kind.set(KindFilter.BOOKMARKS);
        bookmarksList = true;
    }

    /** The panel closed: a bookmarks list it showed ends there, so it opens next on every kind. */
    public void panelClosed() {
        if (bookmarksList && kind.get() == KindFilter.BOOKMARKS) {
            kind.set(KindFilter.ALL);
        }
        bookmarksList = false;
    }

    public ObjectProperty<KindFilter> kindProperty() {
        return kind;
    }

    /** Only highlights of this colour; null for any. */
    public ObjectProperty<HighlightColor> colourProperty() {
        return colour;
    }

    /** Only annotations with this tag; blank for any. */
    public StringProperty tagProperty() {
        return tag;
    }

    /** Only annotations whose quote, note, name or tags contain this text (any case). */
    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<PanelRow> rows() {
        return rows;
    }

    public ObservableList<String> allTags() {
        return allTags;
    }

    /** The passage to flash after a jump; the reading pane selects it. */
    public ReadOnlyObjectProperty<Placement> flashRequestProperty() {
        return flashRequest.getReadOnlyProperty();
    }

    /** Goes to the annotation in the reading pane and flashes its passage. */
    public void jumpTo(AnnotationItem item) {
        if (item.placement() == null) {
            return;
        }
        Placement p = item.placement();
        if (item.kind() == AnnotationItem.Kind.BOOKMARK) {
            // A bookmark marks a line: that line comes back to the top, where it was when it was made; its
            // marker in the margin shows it, so nothing is selected.
            reader.jumpToLine(p.blockIndex(), p.start());
            return;
        }
        reader.jumpTo(p.blockIndex(), p.start());
        flashRequest.set(null);
        flashRequest.set(p);
    }

    /** Every annotation of the article, whatever the filters. */
    public List<AnnotationItem> allItems() {
        return List.copyOf(all);
    }

    public List<AnnotationItem> items() {
        return rows.stream().filter(r -> r instanceof PanelRow.Item).map(r -> ((PanelRow.Item) r).item()).toList();
    }

    private List<AnnotationItem> all = List.of();

    /**
     * The panel's order: placed items before unplaced ones, then by paragraph, a section's note before the passages
     * in it, then by position, then by time. Written out rather than chained from {@code Comparator.comparing}: the
     * panel is built before the first frame, and the chain's lambdas inside the JDK were made then (~3 ms).
     */
    private static final Comparator<AnnotationItem> PANEL_ORDER = new Comparator<>() {
        @Override
        public int compare(AnnotationItem a, AnnotationItem b) {
            int c = Boolean.compare(a.placement() == null, b.placement() == null);
            if (c == 0) {
                c = Integer.compare(blockOf(a), blockOf(b));
            }
            if (c == 0) {
                c = Integer.compare(kindRank(a), kindRank(b));
            }
            if (c == 0) {
                c = Integer.compare(startOf(a), startOf(b));
            }
            return c != 0 ? c : a.updated().compareTo(b.updated());
        }

        private static int blockOf(AnnotationItem i) {
            return i.placement() == null ? 0 : i.placement().blockIndex();
        }

        private static int kindRank(AnnotationItem i) {
            return i.kind() == AnnotationItem.Kind.SECTION_NOTE ? -1 : 0;
        }

        private static int startOf(AnnotationItem i) {
            return i.placement() == null ? 0 : i.placement().start();
        }
    };

    private void rebuild() {
        ArticleLayout layout = annotations.layout();
        List<AnnotationItem> all = new ArrayList<>();
        TreeSet<String> tags = new TreeSet<>();
        for (Note n : annotations.notes()) {
            tags.addAll(n.tags());
            Placement p = annotations.placementOf(n.anchor()).orElse(null);
            all.add(new AnnotationItem(
                    n.kind() == NoteKind.HIGHLIGHT ? AnnotationItem.Kind.HIGHLIGHT : AnnotationItem.Kind.SECTION_NOTE,
                    n.id(), n.anchor().sectionId(), p, n.anchor().quote() == null ? "" : n.anchor().quote().exact(),
                    n.text(), n.color(), n.tags(), n.updated()));
        }
        for (Bookmark b : annotations.bookmarks()) {
            all.add(new AnnotationItem(AnnotationItem.Kind.BOOKMARK, b.id(), b.anchor().sectionId(),
                    annotations.placementOf(b.anchor()).orElse(null), "", b.name(), null, List.of(), b.updated()));
        }
        this.all = all;
        if (!allTags.equals(List.copyOf(tags))) {
            // Replacing the items of the tag chooser clears its value, and with it the tag filter: only when needed.
            allTags.setAll(tags);
        }
        List<AnnotationItem> shown = all.stream().filter(this::matches)
                .sorted(PANEL_ORDER)
                .toList();
        List<PanelRow> out = new ArrayList<>();
        String group = null;
        for (AnnotationItem i : shown) {
            String g = i.placed() && layout != null ? layout.sectionIdAt(i.placement().blockIndex()) : UNPLACED;
            if (!g.equals(group)) {
                group = g;
                out.add(new PanelRow.Group(g, g.equals(UNPLACED) ? UNPLACED : layout.sectionTitle(g)));
            }
            out.add(new PanelRow.Item(i));
        }
        rows.setAll(out);
    }

    private boolean matches(AnnotationItem i) {
        boolean kindOk = switch (kind.get()) {
            case ALL -> true;
            case BOOKMARKS -> i.kind() == AnnotationItem.Kind.BOOKMARK;
            case HIGHLIGHTS -> i.kind() == AnnotationItem.Kind.HIGHLIGHT;
            case SECTION_NOTES -> i.kind() == AnnotationItem.Kind.SECTION_NOTE;
        };
        if (!kindOk || (colour.get() != null && i.color() != colour.get())) {
            return false;
        }
        String t = tag.get() == null ? "" : tag.get().strip();
        if (!t.isEmpty() && !i.tags().contains(t.startsWith("#") ? t.substring(1) : t)) {
            return false;
        }
        String q = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        return q.isEmpty() || (i.quote() + "\n" + i.text() + "\n" + String.join(" ", i.tags()))
                .toLowerCase(Locale.ROOT).contains(q);
    }
}
