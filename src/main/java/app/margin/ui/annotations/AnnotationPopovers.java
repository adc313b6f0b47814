package app.margin.ui.annotations;

import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.ui.popup.PopupFit;
import app.margin.ui.reader.ReadingArea;
import java.util.Comparator;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The small popups over the reading pane: pick a colour for a selected passage and write its note;
 * click a highlight to open its note; open or add a section's note.
 */
public final class AnnotationPopovers {

    private final ReadingArea area;
    private final AnnotationsViewModel viewModel;
    /** Made on first use: ControlsFX's popup need not load before the first frame. */
    private PopOver popOver;
    private NoteEditor editor;
    /** What the popup points at, on screen: the selection, the clicked line, the section's heading. */
    private Rectangle2D target = new Rectangle2D(0, 0, 0, 0);
    /** A smaller target (a section's heading alone) for when {@link #target} leaves no room for the popup; or null. */
    private Rectangle2D smallerTarget;
    /** True while a showing popover is placed again: its hidden handler must not close the editor. */
    private boolean moving;
    /** The height of the line around a click on a highlight. */
    private static final double LINE = 24;
    /** Makes a study card from a note ("Make Card…" in its editor); null until the study feature is wired. */
    private java.util.function.Consumer<Note> makeCard;

    public AnnotationPopovers(ReadingArea area, AnnotationsViewModel viewModel) {
        this.area = area;
        this.viewModel = viewModel;
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, this::mouseReleased);
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::mouseClicked);
    }

    private void mouseReleased(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && !area.getSelectedText().isEmpty()) {
            offerHighlight();
        }
    }

    private void mouseClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || !area.getSelectedText().isEmpty()
                || viewModel.layout() == null) {
            return;
        }
        CharacterHit hit = area.hit(e.getX(), e.getY());
        var pos = area.offsetToPosition(hit.getCharacterIndex().orElse(hit.getInsertionIndex()),
                TwoDimensional.Bias.Forward);
        viewModel.highlightAt(pos.getMajor(), pos.getMinor())
                .ifPresent(n -> showEditor(n, e.getScreenX(), e.getScreenY()));
    }

    /** Offers colours for the selected passage (mouse release, or the Highlight command). */
    public void offerHighlight() {
        var sel = area.getCaretSelectionBind();
        if (area.getSelectedText().isEmpty() || viewModel.layout() == null) {
            return;
        }
        Bounds b = sel.getSelectionBounds().orElse(null);
        target = b == null ? centre() : new Rectangle2D(b.getMinX(), b.getMinY() - 4, b.getWidth(), b.getHeight() + 8);
        smallerTarget = null;
        int block = sel.getStartParagraphIndex();
        boolean onePara = sel.getEndParagraphIndex() == block
                && viewModel.layout().blocks().get(block).isParagraph();
        VBox content = new VBox(8);
        content.getStyleClass().add("highlight-picker");
        if (!onePara) {
            content.getChildren().add(new Label("Select text within one paragraph to highlight it."));
        } else {
            String text = viewModel.layout().blocks().get(block).text();
            int start = sel.getStartColumnPosition();
            int end = sel.getEndColumnPosition();
            int[] words = Words.snap(text, start, end);
            int from = words[0];
            int to = words[1];
            HBox swatches = new HBox(6);
            swatches.setAlignment(Pos.CENTER_LEFT);
            for (HighlightColor c : HighlightColor.values()) {
                Button swatch = new Button();
                swatch.getStyleClass().addAll("colour-swatch", "hl-" + c.key());
                swatch.setAccessibleText("Highlight in " + c.key());
                swatch.setOnAction(e -> viewModel.addHighlight(block, from, to, c).ifPresent(n -> {
                    area.deselect();
                    showEditorContent(n);
                }));
                swatches.getChildren().add(swatch);
            }
            content.getChildren().addAll(new Label("Highlight"), swatches);
        }
        show(content);
        if (onePara) {
            content.getChildren().get(1).lookup(".colour-swatch").requestFocus();
        }
    }

    /**
     * Opens the note of the section: its newest note, or a new one if it has none (Ctrl+Shift+N, the outline's
     * badge); the popup points at the heading.
     */
    public void openSectionNotes(Node owner, String sectionId) {
        Optional<Note> newest = viewModel.notes().stream()
                .filter(n -> n.kind() == NoteKind.SECTION && n.anchor().sectionId().equals(sectionId))
                .max(Comparator.comparing(Note::updated));
        showSectionNote(newest.orElseGet(() -> viewModel.addSectionNote(sectionId)));
    }

    /** Adds a new note to a section, even if it has some, and opens it pointing at the section's heading. */
    public void addSectionNote(String sectionId) {
        showSectionNote(viewModel.addSectionNote(sectionId));
    }

    /**
     * The popup goes beside, above or below the section's start (its heading and first paragraph), never over it;
     * when that leaves no room for the popup with its buttons, beside, above or below the heading alone.
     */
    private void showSectionNote(Note note) {
        int heading = viewModel.layout().blockOf(note.anchor().sectionId());
        Optional<Bounds> b = heading < 0 ? Optional.empty() : textOf(heading);
        Optional<Bounds> first = heading < 0 || heading + 1 >= viewModel.layout().blocks().size() ? Optional.empty()
                : textOf(heading + 1);
        target = b.map(h -> visible(union(h, first.orElse(h)))).orElseGet(this::centre);
        smallerTarget = b.map(this::visible).orElse(null);
        showEditorContent(note);
    }

    /**
     * Opens a note's editor beside or below its highlight's lines, never over them; a note not on screen points
     * at a place on screen (a click: the line around it).
     */
    public void showEditor(Note note, double screenX, double screenY) {
        target = linesOf(note).orElseGet(() -> new Rectangle2D(screenX, screenY - LINE / 2, 0, LINE));
        smallerTarget = null;
        showEditorContent(note);
    }

    /** The screen rectangle around a highlight's lines (the part on screen), if it is placed and shown. */
    private Optional<Rectangle2D> linesOf(Note note) {
        if (note.kind() != NoteKind.HIGHLIGHT || viewModel.layout() == null) {
            return Optional.empty();
        }
        return viewModel.placementOf(note.anchor()).flatMap(p -> area.getCharacterBoundsOnScreen(
                area.getAbsolutePosition(p.blockIndex(), p.start()), area.getAbsolutePosition(p.blockIndex(), p.end())))
                .map(this::visible);
    }

    /** Where a block's text is drawn on screen (its lines, not the paragraph's box), if it is on screen. */
    private Optional<Bounds> textOf(int block) {
        int length = viewModel.layout().blocks().get(block).text().length();
        return area.getCharacterBoundsOnScreen(area.getAbsolutePosition(block, 0),
                area.getAbsolutePosition(block, Math.max(1, length)));
    }

    private static Bounds union(Bounds a, Bounds b) {
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new javafx.geometry.BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }

    /** The part of {@code b} inside the reading pane on screen, as a rectangle. */
    private Rectangle2D visible(Bounds b) {
        Bounds pane = area.localToScreen(area.getBoundsInLocal());
        if (pane == null) {
            return new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        }
        // A little room above and below, as for a selection: the arrow's tip must not touch the text.
        double minY = Math.max(b.getMinY() - 4, pane.getMinY());
        double maxY = Math.max(minY, Math.min(b.getMaxY() + 4, pane.getMaxY()));
        return new Rectangle2D(b.getMinX(), minY, b.getWidth(), maxY - minY);
    }

    private void showEditorContent(Note note) {
        closeEditor();
        editor = new NoteEditor(viewModel, note, this::hide);
        if (makeCard != null) {
            String id = note.id();
            editor.offerCard(() -> {
                hide(); // saves what was typed first
                viewModel.note(id).ifPresent(makeCard);
            });
        }
        ScrollPane frame = PopupFit.capped(editor, area);
        // Made shorter to fit beside its target, the frame shortens the editor's text area (which scrolls its
        // text) rather than scrolling the whole editor with its buttons out of sight.
        frame.setFitToHeight(true);
        show(frame);
        editor.textArea().requestFocus();
    }

    private PopOver popOver() {
        if (popOver == null) {
            popOver = new PopOver();
            popOver.setDetachable(false);
            popOver.setAutoHide(true);
            popOver.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
            popOver.getStyleClass().add("margin-popover");
            popOver.setOnHidden(e -> {
                if (!moving) {
                    closeEditor();
                }
            });
        }
        return popOver;
    }

    /**
     * Shows {@code content} pointing at {@link #target}, where it fits in the window. A popover already showing
     * (the colour picker becoming the note editor) is placed again for its new size, keeping its editor.
     */
    private void show(Node content) {
        if (!(content instanceof ScrollPane)) {
            closeEditor();
        }
        PopOver p = popOver();
        boolean wasShowing = p.isShowing();
        p.setContentNode(content);
        moving = wasShowing;
        try {
            // Shown again at once (a zero fade would leave it transparent), or faded in when it first opens.
            Rectangle2D at = smallerTarget != null && !PopupFit.fitsAround(p, area, target) ? smallerTarget : target;
            PopupFit.show(p, area, at, Duration.millis(wasShowing ? 1 : 80));
        } finally {
            moving = false;
        }
    }

    private void closeEditor() {
        if (editor != null) {
            NoteEditor closing = editor;
            editor = null;
            closing.commit();
            viewModel.discardIfEmpty(closing.noteId());
        }
    }

    /** Offers "Make Card…" in every note's editor from now on. */
    public void setMakeCard(java.util.function.Consumer<Note> makeCard) {
        this.makeCard = makeCard;
    }

    /** The editor shown now, if any (for tests and the window closing). */
    public Optional<NoteEditor> editor() {
        return Optional.ofNullable(editor);
    }

    public void hide() {
        if (popOver != null) {
            popOver.hide(Duration.ZERO);
        }
        closeEditor();
    }

    /** A point a third of the way down the pane, for popups with nothing on screen to point at. */
    private Rectangle2D centre() {
        Bounds b = area.localToScreen(area.getBoundsInLocal());
        return b == null ? new Rectangle2D(0, 0, 0, 0)
                : new Rectangle2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 3, 0, 0);
    }
}
