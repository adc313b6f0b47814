package app.margin.ui.annotations;

import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.ui.format.Dates;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Edits one note: its colour (for highlights), text and tags, with its times shown. Text is saved half
 * a second after the last keystroke and when the editor closes ({@link #commit()}).
 */
public final class NoteEditor extends VBox {

    static final Duration SAVE_DELAY = Duration.millis(500);
    /** The least the text area is shrunk to when the editor is short of room: about two lines. */
    static final double TEXT_MIN_HEIGHT = 44;
    private static final Dates DATES = Dates.reader();

    private final AnnotationsViewModel viewModel;
    private final String noteId;
    private final TextArea text = new TextArea();
    private final TextField tags = new TextField();
    private final Label times = new Label();
    private final Label problem = new Label();
    private final PauseTransition saveLater = new PauseTransition(SAVE_DELAY);
    private final ToggleGroup colours = new ToggleGroup();
    private final Runnable onDelete;
    private HBox bottom;
    /** A highlight's quoted passage; null for a section's note. */
    private Label quote;
    /** Removed when the editor closes, so closed editors are not kept alive by the notes list. */
    private final javafx.collections.ListChangeListener<Note> timesFollowNote =
            c -> viewModelNote().ifPresent(this::showTimes);

    public NoteEditor(AnnotationsViewModel viewModel, Note note, Runnable onDelete) {
        this.viewModel = viewModel;
        this.noteId = note.id();
        this.onDelete = onDelete;
        createView(note);
        initListeners();
    }

    private void createView(Note note) {
        getStyleClass().add("note-editor");
        setSpacing(8);
        if (note.kind() == NoteKind.HIGHLIGHT) {
            getChildren().add(colourRow(note.color()));
            quote = new Label("“" + note.anchor().quote().exact() + "”");
            quote.getStyleClass().add("note-quote");
            quote.setWrapText(true);
            quote.setMaxHeight(80);
            getChildren().add(quote);
        } else {
            Label heading = new Label("Note on the section “" + sectionTitle(note) + "”");
            heading.getStyleClass().add("note-quote");
            heading.setWrapText(true);
            getChildren().add(heading);
        }
        String draft = viewModel.drafts().get(note.id());
        text.setText(draft != null ? draft : note.text());
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPromptText("Write a note (optional)");
        text.setAccessibleText("Note text");
        // Tab moves on to the tags, as in any form; a note has no use for tab characters.
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                if (e.isShiftDown()) {
                    text.getParent().requestFocus();
                } else {
                    tags.requestFocus();
                }
            }
        });
        tags.setText(Tags.format(note.tags()));
        tags.setPromptText("Tags, separated by commas");
        tags.setAccessibleText("Tags");
        problem.getStyleClass().add("note-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        if (draft != null) {
            problem.setText(EditResult.tooLong(draft.length()).problem());
            problem.setVisible(true);
        }
        times.getStyleClass().add("note-times");
        showTimes(note);
        Button delete = new Button(note.kind() == NoteKind.HIGHLIGHT ? "Delete Highlight" : "Delete Note");
        delete.setOnAction(e -> {
            saveLater.stop();
            viewModel.deleteNote(noteId);
            onDelete.run();
        });
        delete.setMinWidth(Region.USE_PREF_SIZE);
        times.setMinWidth(Region.USE_PREF_SIZE); // one line each: "Created Dec 7, 2026, 1:48 AM" never wraps
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The times on a line of their own, so that they never wrap beside the buttons.
        bottom = new HBox(8, spacer, delete);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(text, tags, problem, times, bottom);
        setPrefWidth(380);
        // Short of room (a popup near the window's edge), the text area gives it up and scrolls its text, and a
        // long quote shows fewer lines; the rest keeps its height, so the buttons always show whole.
        for (javafx.scene.Node child : getChildren()) {
            if (child != text && child != quote && child instanceof Region region) {
                region.setMinHeight(Region.USE_PREF_SIZE);
            }
        }
        text.setMinHeight(TEXT_MIN_HEIGHT);
        VBox.setVgrow(text, Priority.ALWAYS);
    }

    private String sectionTitle(Note note) {
        String title = viewModel.layout() == null ? null : viewModel.layout().sectionTitle(note.anchor().sectionId());
        return title == null ? note.anchor().sectionId() : title;
    }

    private HBox colourRow(HighlightColor selected) {
        HBox row = new HBox(6);
        row.setAlignment(Pos.CENTER_LEFT);
        for (HighlightColor c : HighlightColor.values()) {
            ToggleButton b = new ToggleButton();
            b.getStyleClass().addAll("colour-swatch", "hl-" + c.key());
            b.setToggleGroup(colours);
            b.setUserData(c);
            b.setSelected(c == selected);
            b.setAccessibleText("Highlight colour " + c.key());
            b.setOnAction(e -> {
                b.setSelected(true);
                viewModel.recolor(noteId, c);
            });
            row.getChildren().add(b);
        }
        return row;
    }

    private void initListeners() {
        saveLater.setOnFinished(e -> save());
        text.textProperty().addListener((obs, o, n) -> typed());
        tags.textProperty().addListener((obs, o, n) -> typed());
        viewModel.notes().addListener(timesFollowNote);
    }

    private void typed() {
        viewModel.typing(noteId, text.getText(), Tags.parse(tags.getText()));
        saveLater.playFromStart();
    }

    private void save() {
        EditResult result = viewModel.editNote(noteId, text.getText(), Tags.parse(tags.getText()));
        problem.setText(result.problem() == null ? "" : result.problem());
        problem.setVisible(!result.accepted());
    }

    private void showTimes(Note n) {
        String created = DATES.dateTime(n.created());
        String updated = DATES.dateTime(n.updated());
        times.setText(created.equals(updated) ? "Created " + created : "Created " + created + "\nEdited " + updated);
    }

    private java.util.Optional<Note> viewModelNote() {
        return viewModel.note(noteId);
    }

    /** Saves pending typing now and ends the undo step; call when the editor goes away. */
    public void commit() {
        viewModel.notes().removeListener(timesFollowNote);
        if (saveLater.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            saveLater.stop();
            save();
        }
        viewModel.finishEditing();
    }

    /** Adds a "Make Card…" button before Delete, for making a study card from this note. */
    public void offerCard(Runnable makeCard) {
        Button card = new Button("Make Card…");
        card.getStyleClass().add("make-card");
        card.setMinWidth(Region.USE_PREF_SIZE);
        card.setOnAction(e -> makeCard.run());
        bottom.getChildren().add(bottom.getChildren().size() - 1, card);
    }

    public TextArea textArea() {
        return text;
    }

    public String noteId() {
        return noteId;
    }
}
