package app.margin.ui.study;

import app.margin.model.study.Card;
import app.margin.model.study.CardKind;
import app.margin.model.study.Grade;
import app.margin.ui.format.Dates;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The review window's content: the card in the middle (front, then the answer below a rule), Show Answer or the
 * four grade buttons beneath. Space shows the answer; 1–4 grade.
 */
public final class StudyView extends BorderPane {

    private final StudyViewModel viewModel;
    private final VBox face = new VBox(16);
    private final Label empty = new Label();
    private final Button close = new Button("Close");
    private final VBox done = new VBox(16, empty, close);
    private final Dates dates;
    private final Button inContext = new Button("Show in Article");
    private java.util.function.Consumer<Card> showInArticle = card -> { };

    public StudyView(StudyViewModel viewModel) {
        this(viewModel, Dates.reader());
    }

    /** @param dates how the next card's time is written (the reader's locale and zone) */
    public StudyView(StudyViewModel viewModel, Dates dates) {
        this.viewModel = viewModel;
        this.dates = dates;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("study-view");
        Label title = new Label();
        title.textProperty().bind(viewModel.titleProperty());
        title.getStyleClass().add("study-title");
        Label left = new Label();
        left.textProperty().bind(Bindings.createStringBinding(() -> viewModel.remainingProperty().get() == 0 ? ""
                : viewModel.remainingProperty().get() + " to review", viewModel.remainingProperty()));
        left.getStyleClass().add("study-count");
        // In a narrow window the count stays whole and the title wraps beside it: both were cut ("yat…", "1 to …").
        left.setMinWidth(Region.USE_PREF_SIZE);
        title.setWrapText(true);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox header = new HBox(12, title, left);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("study-header");
        setTop(header);

        face.getStyleClass().add("study-card");
        face.setMaxWidth(640);
        face.setMaxHeight(Region.USE_PREF_SIZE);
        empty.getStyleClass().add("study-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(480);
        close.getStyleClass().add("study-close");
        done.setAlignment(Pos.CENTER);
        done.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane middle = new StackPane(face, done);
        middle.getStyleClass().add("study-middle");
        setCenter(middle);

        Button show = new Button("Show Answer  (Space)");
        show.getStyleClass().add("study-show");
        show.defaultButtonProperty().bind(show.visibleProperty());
        show.setOnAction(e -> viewModel.showAnswer());
        show.visibleProperty().bind(viewModel.canShowAnswerProperty());
        show.managedProperty().bind(show.visibleProperty());
        HBox grades = new HBox(8);
        grades.setAlignment(Pos.CENTER);
        for (Grade g : Grade.values()) {
            Button b = new Button();
            // The key that grades is on the button too ("3 · Good"), as the shortcut sheet says.
            b.textProperty().bind(javafx.beans.binding.Bindings.concat(g.rating() + " · ",
                    viewModel.intervalLabelProperty(g)));
            b.getStyleClass().addAll("study-grade", "grade-" + g.name().toLowerCase());
            b.setAccessibleHelp("Grade " + g.label() + " (" + g.rating() + ")");
            b.setOnAction(e -> viewModel.grade(g));
            b.disableProperty().bind(viewModel.canGradeProperty().not());
            b.setFocusTraversable(false); // Space must never grade by pressing a focused button: 1–4 do
            grades.getChildren().add(b);
        }
        grades.visibleProperty().bind(viewModel.canGradeProperty());
        grades.managedProperty().bind(grades.visibleProperty());
        Button delete = new Button("Delete Card");
        delete.getStyleClass().add("study-delete");
        delete.setFocusTraversable(false);
        delete.setOnAction(e -> viewModel.deleteCard());
        delete.visibleProperty().bind(viewModel.cardProperty().isNotNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        inContext.getStyleClass().add("study-in-context");
        inContext.setFocusTraversable(false);
        inContext.setOnAction(e -> {
            Card current = viewModel.cardProperty().get();
            if (current != null) {
                showInArticle.accept(current);
            }
        });
        inContext.visibleProperty().bind(viewModel.answerShownProperty());
        HBox bottom = new HBox(8, delete, gap, show, grades, gap2, inContext);
        bottom.setAlignment(Pos.CENTER);
        bottom.getStyleClass().add("study-buttons");
        setBottom(bottom);
    }

    private void initListeners() {
        viewModel.cardProperty().addListener((obs, o, n) -> redraw());
        viewModel.answerShownProperty().addListener((obs, o, n) -> redraw());
        viewModel.loadingProperty().addListener((obs, o, n) -> redraw());
        viewModel.nextDueProperty().addListener((obs, o, n) -> redraw());
        viewModel.cardCountProperty().addListener((obs, o, n) -> redraw());
        viewModel.sectionTitlesProperty().addListener((obs, o, n) -> redraw());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE && viewModel.cardProperty().get() != null) {
                viewModel.showAnswer(); // and nothing else: a second Space must not press a focused button
                e.consume();
                return;
            }
            int rating = switch (e.getCode()) {
                case DIGIT1, NUMPAD1 -> 1;
                case DIGIT2, NUMPAD2 -> 2;
                case DIGIT3, NUMPAD3 -> 3;
                case DIGIT4, NUMPAD4 -> 4;
                default -> 0;
            };
            if (rating > 0 && viewModel.canGradeProperty().get()) {
                viewModel.grade(Grade.ofRating(rating));
                e.consume();
            }
        });
        redraw();
    }

    private void redraw() {
        Card card = viewModel.cardProperty().get();
        face.getChildren().clear();
        face.setVisible(card != null);
        done.setVisible(card == null);
        close.setVisible(card == null && !viewModel.loadingProperty().get());
        if (card == null) {
            empty.setText(emptyText());
            return;
        }
        boolean answer = viewModel.answerShownProperty().get();
        if (card.kind() == CardKind.CLOZE) {
            Label ask = new Label(answer ? "The hidden words:" : "What are the hidden words?");
            ask.getStyleClass().add("study-ask");
            face.getChildren().addAll(ask, passage(card, answer));
            if (answer && !card.noteText().isBlank()) {
                face.getChildren().add(note(card.noteText()));
            }
        } else {
            String asked = viewModel.prompt(card);
            Label prompt = new Label(asked);
            prompt.setWrapText(true);
            prompt.getStyleClass().add("study-prompt");
            face.getChildren().add(prompt);
            if (answer) {
                // The answer reads as the card's other side: below a rule, as large and as dark as the question.
                Region rule = new Region();
                rule.getStyleClass().add("study-rule");
                VBox back = new VBox(12);
                back.getStyleClass().add("study-answer");
                if (!card.quote().isBlank()) {
                    back.getChildren().add(passage(card, true));
                }
                if (!card.noteText().isBlank() && !card.noteText().equals(asked)) {
                    back.getChildren().add(note(card.noteText()));
                }
                face.getChildren().addAll(rule, back);
            }
        }
    }

    /** The passage: on a cloze front each hidden range is a gap; on the back it is marked. */
    private static TextFlow passage(Card card, boolean answer) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("study-passage");
        for (Card.Piece piece : card.pieces()) {
            // The gap is one unbreakable run: no-break spaces keep "[ … ]" on one line.
            Text t = new Text(piece.hidden() && !answer ? GAP : piece.text());
            t.getStyleClass().add(piece.hidden() ? (answer ? "cloze-answer" : "cloze-gap") : "passage-text");
            flow.getChildren().add(t);
        }
        return flow;
    }

    static final String GAP = "[\u00A0…\u00A0]";

    /** What the window says with no card to show: loading, done, or nothing due (and when the next is). */
    private String emptyText() {
        if (viewModel.loadingProperty().get()) {
            return "Finding the cards due…";
        }
        int count = viewModel.cardCountProperty().get();
        java.time.Instant next = viewModel.nextDueProperty().get();
        String ahead = count == 0 || next == null ? "" : (count == 1 ? "1 card" : count + " cards")
                + ", next due " + dates.relative(next, viewModel.now()) + ".";
        if (viewModel.reviewedProperty().get() > 0) {
            return "Done for now: " + viewModel.reviewedProperty().get() + " reviewed. "
                    + (ahead.isEmpty() ? "Cards come back when they are due." : ahead) + " Esc closes this window.";
        }
        if (count > 0) {
            return "No cards are due now. " + ahead;
        }
        return "No cards in this article yet. Click a highlight and choose Make Card to add one.";
    }

    /** What Close does on the done screen (closes the window). */
    public void setOnClose(Runnable onClose) {
        close.setOnAction(e -> onClose.run());
    }

    private static Label note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add("study-note");
        return note;
    }

    /** What "Show in Article" does (shown with the answer): open the card's passage in the reading pane. */
    public void setOnShowInArticle(java.util.function.Consumer<Card> show) {
        this.showInArticle = show;
    }

    public StudyViewModel viewModel() {
        return viewModel;
    }
}
