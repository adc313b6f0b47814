package app.margin.ui.annotations;

import app.margin.model.Block;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.Placement;
import app.margin.ui.popup.Tooltips;
import app.margin.ui.queue.Coalescer;
import app.margin.ui.reader.InlineStyles;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.reader.TextMark;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
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

    static final double GUTTER_WIDTH = 36;

    private final ReadingArea area;
    private final AnnotationsViewModel viewModel;
    private final BiConsumer<Node, String> openSectionNotes;
    /** Highlight ids drawn in each block, and where each highlight was drawn. */
    private final Map<Integer, Set<String>> idsByBlock = new HashMap<>();
    private final Map<String, Placement> drawn = new HashMap<>();
    /** Temporary marks (find hits), and the blocks currently drawn with marks. */
    private TextMark.Source marks = TextMark.Source.NONE;
    private final Set<Integer> markedBlocks = new HashSet<>();
    /** Draws the marks near the viewport on the next turn of the FX thread, once per burst of scrolling. */
    private final Coalescer marksInView;
    /** How many blocks beyond the visible ones get their marks drawn ahead of scrolling. */
    static final int MARK_MARGIN = 30;

    /**
     * @param openSectionNotes called with the gutter button and section id when the reader asks for a
     *                         section's notes
     * @param fx               runs code on a later turn of the FX thread ({@code Platform::runLater})
     */
    public HighlightLayer(ReadingArea area, AnnotationsViewModel viewModel, BiConsumer<Node, String> openSectionNotes,
                          Executor fx) {
        this.area = area;
        this.viewModel = viewModel;
        this.openSectionNotes = openSectionNotes;
        this.marksInView = new Coalescer(fx, this::drawMarksInView);
        viewModel.notes().addListener(this::notesChanged);
        viewModel.bookmarks().addListener((ListChangeListener<Bookmark>) c -> refreshGutter());
        // Restyling while the pane lays itself out breaks its layout: draw on the next turn, once per burst.
        area.viewportDirtyEvents().subscribe(e -> {
            if (marks != TextMark.Source.NONE) {
                marksInView.request();
            }
        });
        refreshGutter();
    }

    /**
     * Shows temporary marks over the text (find hits). Only blocks near the viewport are restyled now; the
     * others when they scroll into view, so a search with many thousands of hits stays quick.
     */
    public void setMarks(TextMark.Source newMarks) {
        Set<Integer> stale = new HashSet<>(markedBlocks);
        marks = newMarks;
        markedBlocks.clear();
        for (int block : stale) {
            restyle(block);
        }
        drawMarksInView();
    }

    /**
     * Restyles every paragraph with a highlight or mark. After a theme change the pane keeps the colours it
     * drew with until the spans are set again.
     */
    public void redrawAll() {
        Set<Integer> blocks = new HashSet<>(markedBlocks);
        idsByBlock.forEach((block, ids) -> {
            if (!ids.isEmpty()) {
                blocks.add(block);
            }
        });
        markedBlocks.clear();
        for (int block : blocks) {
            // Setting equal spans changes nothing on screen: clear first, so the text is drawn anew.
            if (block < area.getParagraphs().size()) {
                area.clearStyle(block);
            }
            restyle(block);
        }
        drawMarksInView();
    }

    private void drawMarksInView() {
        int visible = area.getVisibleParagraphs().size();
        if (marks == TextMark.Source.NONE || visible == 0) {
            return;
        }
        int from = Math.max(0, area.visibleParToAllParIndex(0) - MARK_MARGIN);
        int to = Math.min(area.getParagraphs().size() - 1, area.visibleParToAllParIndex(visible - 1) + MARK_MARGIN);
        for (int block = from; block <= to; block++) {
            if (!markedBlocks.contains(block) && !marks.in(block).isEmpty()) {
                restyle(block);
            }
        }
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
        List<TextMark> inBlock = marks.in(block);
        if (!inBlock.isEmpty()) {
            markedBlocks.add(block);
        }
        List<String>[] base = viewModel.layout() == null || block >= viewModel.layout().blocks().size() ? null
                : InlineStyles.inPage(viewModel.layout().blocks().get(block).form(), area.getText(block));
        area.setStyleSpans(block, 0, spans(length, here, inBlock, base));
    }

    /**
     * Spans over a paragraph: where highlights overlap, the newest one's colour shows; a mark (find hit) is
     * drawn over them, so a hit inside a highlight stays readable.
     */
    private StyleSpans<Collection<String>> spans(int length, List<Note> notesOldestFirst, List<TextMark> marks,
                                                 List<String>[] base) {
        Note[] owner = new Note[length];
        for (Note n : notesOldestFirst) {
            Placement p = drawn.get(n.id());
            for (int i = Math.max(0, p.start()); i < Math.min(length, p.end()); i++) {
                owner[i] = n;
            }
        }
        TextMark[] marked = new TextMark[length];
        for (TextMark m : marks) {
            for (int i = Math.max(0, m.start()); i < Math.min(length, m.end()); i++) {
                marked[i] = m;
            }
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int runStart = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || owner[i] != owner[runStart] || marked[i] != marked[runStart]
                    || (base != null && base[i] != base[runStart])) {
                builder.add(classesOf(owner[runStart], marked[runStart], base == null ? List.of() : base[runStart]),
                        i - runStart);
                runStart = i;
            }
        }
        if (length == 0) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }

    private static Collection<String> classesOf(Note n, TextMark mark, List<String> inline) {
        List<String> classes = new ArrayList<>(3 + inline.size());
        classes.addAll(inline);
        if (n != null) {
            classes.add("hl-" + (n.color() == null ? "yellow" : n.color().key()));
            if (!n.text().isBlank()) {
                classes.add("hl-with-note");
            }
        }
        if (mark != null) {
            classes.add(mark.styleClass());
        }
        return classes;
    }

    /** Rebuilds the gutter beside the visible paragraphs. */
    public void refreshGutter() {
        // Each block's bookmarked lines, by the offset where each bookmark's words start.
        Map<Integer, List<Integer>> bookmarked = new HashMap<>();
        for (Bookmark b : viewModel.bookmarks()) {
            viewModel.placementOf(b.anchor()).ifPresent(p ->
                    bookmarked.computeIfAbsent(p.blockIndex(), k -> new ArrayList<>()).add(Math.max(0, p.start())));
        }
        Map<String, Integer> sectionNotes = new HashMap<>();
        for (Note n : viewModel.notes()) {
            if (n.kind() == NoteKind.SECTION) {
                sectionNotes.merge(n.anchor().sectionId(), 1, Integer::sum);
            }
        }
        area.setGutterFactory(index -> gutter(index, bookmarked, sectionNotes), GUTTER_WIDTH);
    }

    private Node gutter(int index, Map<Integer, List<Integer>> bookmarked, Map<String, Integer> sectionNotes) {
        VBox box = new VBox(4);
        box.getStyleClass().add("gutter");
        box.setMinWidth(GUTTER_WIDTH);
        box.setPrefWidth(GUTTER_WIDTH);
        if (viewModel.layout() == null || index >= viewModel.layout().blocks().size()) {
            return box;
        }
        Block block = viewModel.layout().blocks().get(index);
        if (block.kind() == Block.Kind.HEADING || block.kind() == Block.Kind.TITLE) {
            box.getStyleClass().add(block.kind() == Block.Kind.TITLE ? "gutter-title" : "gutter-heading");
            int count = sectionNotes.getOrDefault(block.sectionId(), 0);
            Button notes = new Button(count == 0 ? "✎" : "✎" + count);
            notes.getStyleClass().add("section-note-button");
            notes.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("has-notes"), count > 0);
            notes.setFocusTraversable(false);
            Tooltips.install(notes, count == 0 ? "Add a note to this section"
                    : count == 1 ? "1 section note" : count + " section notes");
            notes.setAccessibleText(count == 0 ? "Add a note to this section" : "Section notes: " + count);
            notes.setOnAction(e -> openSectionNotes.accept(notes, block.sectionId()));
            box.getChildren().add(notes);
        }
        if (block.isParagraph() && bookmarked.containsKey(index)) {
            return new LineMarks(box, bookmarked.get(index));
        }
        if (bookmarked.containsKey(index)) {
            Region ribbon = new Region();
            ribbon.getStyleClass().add("bookmark-marker");
            StackPane holder = new StackPane(ribbon);
            Tooltips.install(holder, "Bookmarked");
            holder.setAccessibleText("Bookmarked paragraph");
            box.getChildren().add(holder);
        }
        return box;
    }
}
