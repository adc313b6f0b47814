package app.margin.ui.reader;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The windows the page opens over itself (a picture large, a table as a grid): owned by the page's window, not modal,
 * and set in the page's theme.
 */
final class PageWindows {
    private PageWindows() {}

    /** A window owned by the window {@code owner} is in (when it is in one), titled {@code title}. */
    static Stage over(Node owner, String title) {
        Stage stage = new Stage();
        stage.initModality(Modality.NONE);
        if (owner.getScene() != null) {
            stage.initOwner(owner.getScene().getWindow());
        }
        stage.setTitle(title);
        return stage;
    }

    /** The page's style sheets and theme (its root's style classes) on {@code scene}. */
    static void themed(Scene scene, Node owner) {
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
    }
}
