package app.margin.ui.shell;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The sheet of all keyboard shortcuts (F1). */
final class ShortcutSheet {
    private ShortcutSheet() {
    }

    static void show(Window owner, List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.getStyleClass().add("shortcut-sheet");
        for (int row = 0; row < shortcuts.size(); row++) {
            Label keys = new Label(shortcuts.get(row).keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row, keys, new Label(shortcuts.get(row).action()));
        }
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard Shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
