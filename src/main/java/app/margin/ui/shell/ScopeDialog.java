package app.margin.ui.shell;

import app.margin.model.Article;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks what a study sheet covers before it is exported or printed: the whole article (a book's "whole book") or the
 * section being read. A plain dialog with two choices and a button named after the action; no question-mark icon.
 */
final class ScopeDialog {

    private final Dialog<FileCommands.Scope> dialog = new Dialog<>();
    private final RadioButton whole;
    private final RadioButton section;

    /**
     * @param action       what the sheet is for, as the title and the default button say it ("Export PDF")
     * @param article      the open article: a book's sheet is "The whole book"
     * @param sectionId    the section being read
     * @param sectionTitle its title, as the choice shows it
     */
    ScopeDialog(Window owner, List<String> stylesheets, String action, Article article, String sectionId,
                String sectionTitle) {
        whole = new RadioButton(wholeLabel(article));
        section = new RadioButton("This section only (" + sectionTitle + ")");
        ToggleGroup choice = new ToggleGroup();
        whole.setToggleGroup(choice);
        section.setToggleGroup(choice);
        whole.setSelected(true);
        Label question = new Label("The study sheet of:");
        VBox content = new VBox(10, question, whole, section);
        content.getStyleClass().add("scope-choice");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(action);
        dialog.setHeaderText(null);
        dialog.setGraphic(null);
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.getDialogPane().getStyleClass().add("scope-dialog");
        dialog.getDialogPane().setContent(content);
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == go
                ? new FileCommands.Scope(section.isSelected() ? sectionId : null) : null);
    }

    /** "The whole book" for an EPUB book (its id says so), else "The whole article". */
    static String wholeLabel(Article article) {
        return article != null && article.id().startsWith("epub-") ? "The whole book" : "The whole article";
    }

    Dialog<FileCommands.Scope> dialog() {
        return dialog;
    }

    RadioButton wholeChoice() {
        return whole;
    }

    RadioButton sectionChoice() {
        return section;
    }

    java.util.Optional<FileCommands.Scope> ask() {
        return dialog.showAndWait();
    }
}
