package app.margin.ui.annotations;

import app.margin.model.Block;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.Placement;
import app.margin.ui.reader.ReadingArea;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Draws annotations into the reading pane: highlights as styled spans, and a gutter beside each
 * paragraph with a bookmark marker and, at each heading, a button for the section's notes.
 * Only the paragraphs whose highlights changed are restyled.
 */
public final class HighlightLayer {

    static final double GUTTER_WIDTH = 26;

    private final ReadingArea area;
    private final AnnotationsViewModel viewModel;
    private final BiConsumer<Node, String> openSectionNotes;
    /** Highlight ids drawn in each block, and where each highlight was drawn. */
    private final Map<Integer, Set<String>> idsByBlock = new HashMap<>();
    private final Map<String, Placement> drawn = new HashMap<>();

    /**
     * @param openSectionNotes called with the gutter button and section id when the reader asks for a
     *                         section's notes
     */
    public HighlightLayer(ReadingArea area, AnnotationsViewModel viewModel, BiConsumer<Node, String> openSectionNotes) {
        this.area = area;
        this.viewModel = viewModel;
        this.openSectionNotes = openSectionNotes;
        viewModel.notes().addListener(this::notesChanged);
        viewModel.bookmarks().addListener((ListChangeListener<Bookmark>) c -> refreshGutter());
        refreshGutter();
    }

    private void notesChanged(ListChangeListener.Change<? extends Note> c) {
        Set<Integer> affected = new HashSet<>();
        while (c.next()) {
            for (Note n : c.getRemoved()) {
                Placement old = drawn.remove(n.id());
                if (old != null) {
                    affected.add(old.blockIndex());
                    idsByBlock.getOrDefault(old.blockIndex(), Set.of()).remove(n.id());
                }
            }
            for (Note n : c.getAddedSubList()) {
                if (n.kind() != NoteKind.HIGHLIGHT) {
                    continue;
                }
                viewModel.placementOf(n.anchor()).ifPresent(p -> {
                    drawn.put(n.id(), p);
                    idsByBlock.computeIfAbsent(p.blockIndex(), k -> new HashSet<>()).add(n.id());
                    affected.add(p.blockIndex());
                });
            }
        }
        for (int block : affected) {
            restyle(block);
        }
        refreshGutter();
    }

    private void restyle(int block) {
        if (block >= area.getParagraphs().size()) {
            return;
        }
        int length = area.getParagraphLength(block);
        List<Note> here = new ArrayList<>();
        for (String id : idsByBlock.getOrDefault(block, Set.of())) {
            viewModel.note(id).ifPresent(here::add);
        }
        here.sort((a, b) -> a.created().compareTo(b.created()));
        area.setStyleSpans(block, 0, spans(length, here));
    }

    /** Spans over a paragraph: where highlights overlap, the newest one's colour shows. */
    private StyleSpans<Collection<String>> spans(int length, List<Note> notesOldestFirst) {
        Note[] owner = new Note[length];
        for (Note n : notesOldestFirst) {
            Placement p = drawn.get(n.id());
            for (int i = Math.max(0, p.start()); i < Math.min(length, p.end()); i++) {
                owner[i] = n;
            }
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int runStart = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || owner[i] != owner[runStart]) {
                builder.add(classesOf(owner[runStart]), i - runStart);
                runStart = i;
            }
        }
        if (length == 0) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }

    private static Collection<String> classesOf(Note n) {
        if (n == null) {
            return List.of();
        }
        String colour = "hl-" + (n.color() == null ? "yellow" : n.color().key());
        return n.text().isBlank() ? List.of("hl", colour) : List.of("hl", colour, "hl-with-note");
    }

    /** Rebuilds the gutter beside the visible paragraphs. */
    public void refreshGutter() {
        Set<Integer> bookmarked = new HashSet<>();
        for (Bookmark b : viewModel.bookmarks()) {
            viewModel.placementOf(b.anchor()).ifPresent(p -> bookmarked.add(p.blockIndex()));
        }
        Map<String, Integer> sectionNotes = new HashMap<>();
        for (Note n : viewModel.notes()) {
            if (n.kind() == NoteKind.SECTION) {
                sectionNotes.merge(n.anchor().sectionId(), 1, Integer::sum);
            }
        }
        area.setParagraphGraphicFactory(index -> gutter(index, bookmarked, sectionNotes));
    }

    private Node gutter(int index, Set<Integer> bookmarked, Map<String, Integer> sectionNotes) {
        VBox box = new VBox(4);
        box.getStyleClass().add("gutter");
        box.setMinWidth(GUTTER_WIDTH);
        box.setPrefWidth(GUTTER_WIDTH);
        if (viewModel.layout() == null || index >= viewModel.layout().blocks().size()) {
            return box;
        }
        Block block = viewModel.layout().blocks().get(index);
        if (block.kind() == Block.Kind.HEADING || block.kind() == Block.Kind.TITLE) {
            int count = sectionNotes.getOrDefault(block.sectionId(), 0);
            Button notes = new Button(count == 0 ? "✎" : "✎" + count);
            notes.getStyleClass().add("section-note-button");
            notes.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("has-notes"), count > 0);
            notes.setFocusTraversable(false);
            notes.setTooltip(new Tooltip(count == 0 ? "Add a note to this section" : count + " section note(s)"));
            notes.setAccessibleText(count == 0 ? "Add a note to this section" : "Section notes: " + count);
            notes.setOnAction(e -> openSectionNotes.accept(notes, block.sectionId()));
            box.getChildren().add(notes);
        }
        if (bookmarked.contains(index)) {
            Region ribbon = new Region();
            ribbon.getStyleClass().add("bookmark-marker");
            StackPane holder = new StackPane(ribbon);
            Tooltip.install(holder, new Tooltip("Bookmarked"));
            holder.setAccessibleText("Bookmarked paragraph");
            box.getChildren().add(holder);
        }
        return box;
    }
}
