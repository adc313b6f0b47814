package app.margin.ui.study;

import app.margin.model.study.CardKind;
import app.margin.model.study.ClozeWords;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Making a card: cloze (click the words to hide) or basic (type a question, or leave it empty to be asked with the
 * note). Make Card is enabled once the choice can make a card.
 */
public final class CardMakerView extends VBox {

    private final CardMakerViewModel viewModel;
    private final Button make = new Button("Make Card");
    private final Button cancel = new Button("Cancel");

    public CardMakerView(CardMakerViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
    }

    private void createView() {
        getStyleClass().add("card-maker");
        setSpacing(12);
        ToggleGroup kinds = new ToggleGroup();
        RadioButton cloze = new RadioButton("Cloze: hide words of the passage");
        RadioButton basic = new RadioButton("Basic: a question, answered by the passage and note");
        cloze.setToggleGroup(kinds);
        basic.setToggleGroup(kinds);
        cloze.setDisable(!viewModel.canCloze());
        cloze.setSelected(viewModel.kindProperty().get() == CardKind.CLOZE);
        basic.setSelected(viewModel.kindProperty().get() == CardKind.BASIC);
        cloze.setOnAction(e -> viewModel.kindProperty().set(CardKind.CLOZE));
        basic.setOnAction(e -> viewModel.kindProperty().set(CardKind.BASIC));

        Label clozeHelp = new Label("Click the words to hide on the front of the card:");
        FlowPane words = new FlowPane(4, 4);
        words.getStyleClass().add("cloze-words");
        List<ClozeWords.Word> list = viewModel.words();
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            ToggleButton word = new ToggleButton(list.get(i).text());
            word.getStyleClass().add("cloze-word");
            word.setOnAction(e -> viewModel.toggleWord(index));
            words.getChildren().add(word);
        }
        VBox clozePane = new VBox(6, clozeHelp, words);
        clozePane.visibleProperty().bind(viewModel.kindProperty().isEqualTo(CardKind.CLOZE));
        clozePane.managedProperty().bind(clozePane.visibleProperty());

        TextField question = new TextField();
        question.setPromptText(viewModel.note().text().isBlank() ? "Question"
                : "Question (empty: the note is the question)");
        question.setAccessibleText("Question for the front of the card");
        question.textProperty().bindBidirectional(viewModel.questionProperty());
        question.visibleProperty().bind(viewModel.kindProperty().isEqualTo(CardKind.BASIC));
        question.managedProperty().bind(question.visibleProperty());

        make.setDefaultButton(true);
        make.getStyleClass().add("card-maker-save");
        make.disableProperty().bind(viewModel.canSaveProperty().not());
        cancel.setCancelButton(true);
        HBox buttons = new HBox(8, cancel, make);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(new VBox(4, cloze, basic), clozePane, question, buttons);
        setPrefWidth(520);
    }

    Button makeButton() {
        return make;
    }

    Button cancelButton() {
        return cancel;
    }
}
