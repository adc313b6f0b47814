package app.margin.ui.annotations;

import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.ui.reader.ReadingArea;
import java.util.Comparator;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
                .ifPresent(n -> showEditor(n, e.getScreenX(), e.getScreenY() + 8));
    }

    /** Offers colours for the selected passage (mouse release, or the Highlight command). */
    public void offerHighlight() {
        var sel = area.getCaretSelectionBind();
        if (area.getSelectedText().isEmpty() || viewModel.layout() == null) {
            return;
        }
        Bounds b = sel.getSelectionBounds().orElse(null);
        double x = b == null ? centreX() : b.getMinX() + b.getWidth() / 2;
        double y = b == null ? centreY() : b.getMaxY() + 4;
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
        popOver().setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        show(content, x, y);
        if (onePara) {
            content.getChildren().get(1).lookup(".colour-swatch").requestFocus();
        }
    }

    /** Opens the note of the section: its newest note, or a new one; the popup points at the heading. */
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

    private void showSectionNote(Note note) {
        int heading = viewModel.layout().blockOf(note.anchor().sectionId());
        Optional<Bounds> b = heading < 0 ? Optional.empty() : area.getParagraphBoundsOnScreen(heading);
        if (b.isPresent()) {
            popOver().setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
            show(new VBox(), b.get().getMinX() + 48, b.get().getMaxY());
        } else {
            popOver().setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
            show(new VBox(), centreX(), centreY());
        }
        showEditorContent(note);
    }

    public void showEditor(Note note, double screenX, double screenY) {
        popOver().setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        show(new VBox(), screenX, screenY);
        showEditorContent(note);
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
        popOver().setContentNode(editor);
        editor.textArea().requestFocus();
    }

    private PopOver popOver() {
        if (popOver == null) {
            popOver = new PopOver();
            popOver.setDetachable(false);
            popOver.setAutoHide(true);
            popOver.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
            popOver.getStyleClass().add("margin-popover");
            popOver.setOnHidden(e -> closeEditor());
        }
        return popOver;
    }

    private void show(Node content, double x, double y) {
        closeEditor();
        popOver().setContentNode(content);
        if (!popOver().isShowing()) {
            popOver().show(area, x, y, Duration.millis(80));
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

    private double centreX() {
        Bounds b = area.localToScreen(area.getBoundsInLocal());
        return b == null ? 0 : b.getMinX() + b.getWidth() / 2;
    }

    private double centreY() {
        Bounds b = area.localToScreen(area.getBoundsInLocal());
        return b == null ? 0 : b.getMinY() + b.getHeight() / 3;
    }
}
