package app.margin.ui.find;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import app.margin.ui.popup.Tooltips;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.textfield.TextFields;

/**
 * The find bar over the reading pane: a query field, "3 of 12", match case and whole word, previous and
 * next. Enter goes to the next hit, Shift+Enter to the previous, Esc closes.
 */
public final class FindBar extends HBox {

    private final TextField field = TextFields.createClearableTextField();

    public FindBar(FindViewModel viewModel, Runnable onNext, Runnable onPrevious, Runnable onClose) {
        getStyleClass().add("find-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);

        field.setPromptText("Find in article");
        field.setAccessibleText("Find in article");
        field.setPrefColumnCount(22);
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    onPrevious.run();
                } else {
                    onNext.run();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
        Label count = new Label();
        count.textProperty().bind(viewModel.countTextProperty());
        count.getStyleClass().add("find-count");
        // On a narrow page (the panel open) the field gives way, not the count or the options: cut to "1505 of 4…"
        // and "…" they said nothing (new-user trial).
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        count.setAccessibleHelp("Which match is shown, of how many");
        CheckBox matchCase = new CheckBox("Match case");
        matchCase.selectedProperty().bindBidirectional(viewModel.matchCaseProperty());
        CheckBox wholeWord = new CheckBox("Whole word");
        wholeWord.selectedProperty().bindBidirectional(viewModel.wholeWordProperty());
        matchCase.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        wholeWord.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setMinWidth(100);
        Button previous = button("‹", "Previous match (Shift+Enter, Shift+F3)", onPrevious);
        Button next = button("›", "Next match (Enter, F3)", onNext);
        previous.disableProperty().bind(viewModel.currentProperty().isNull());
        next.disableProperty().bind(viewModel.currentProperty().isNull());
        Button close = button("✕", "Close the find bar (Esc)", onClose);
        HBox.setHgrow(field, Priority.SOMETIMES);
        getChildren().addAll(field, count, previous, next, matchCase, wholeWord, close);
    }

    private static Button button(String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setAccessibleText(help);
        Tooltips.install(b, help);
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("find-button");
        return b;
    }

    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    public TextField field() {
        return field;
    }
}
