package app.margin.ui.shell;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The sheet of all keyboard shortcuts (F1), made from {@link Command}: one section a group (Reading, Annotating,
 * Find, Library, Window), in a scroll pane no taller than {@value #MAX_HEIGHT} px so it fits a 768-pixel screen,
 * in the window's theme.
 */
final class ShortcutSheet {

    /** The scroll pane's greatest height: with the dialog's title and button, well inside 768 px. */
    static final double MAX_HEIGHT = 500;
    private static final double KEYS_WIDTH = 250;

    private ShortcutSheet() {
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard Shortcuts");
        alert.setHeaderText(null);
        alert.setGraphic(null);
        Label heading = new Label("Keyboard shortcuts");
        heading.getStyleClass().add("shortcut-heading");
        Label hint = new Label("Ctrl is ⌘ on macOS. The ☰ menu (F10) has every command.");
        hint.getStyleClass().add("shortcut-hint");
        VBox top = new VBox(2, heading, hint);
        top.getStyleClass().add("shortcut-top");
        alert.getDialogPane().setContent(new VBox(12, top, content()));
        alert.getDialogPane().getStyleClass().add("shortcut-dialog");
        alert.setResizable(true);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            var themed = owner.getScene().getRoot().getPseudoClassStates();
            for (String theme : new String[] {"sepia", "dark"}) {
                PseudoClass pc = PseudoClass.getPseudoClass(theme);
                alert.getDialogPane().pseudoClassStateChanged(pc, themed.contains(pc));
            }
        }
        alert.show();
    }

    /** The sheet itself: a scroll pane of titled groups. */
    static ScrollPane content() {
        VBox groups = new VBox(18);
        groups.getStyleClass().add("shortcut-groups");
        for (Command.Group group : Command.Group.values()) {
            groups.getChildren().add(group(group));
        }
        ScrollPane scroll = new ScrollPane(groups);
        scroll.getStyleClass().add("shortcut-sheet");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(640);
        scroll.setPrefViewportHeight(MAX_HEIGHT);
        scroll.setMaxHeight(MAX_HEIGHT);
        return scroll;
    }

    private static Node group(Command.Group group) {
        Label title = new Label(group.title());
        title.getStyleClass().add("shortcut-group-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-group");
        grid.setHgap(20);
        grid.setVgap(7);
        ColumnConstraints keysColumn = new ColumnConstraints();
        // One width for every group, so the sheet reads as one table.
        keysColumn.setPrefWidth(KEYS_WIDTH);
        keysColumn.setMinWidth(KEYS_WIDTH);
        keysColumn.setMaxWidth(KEYS_WIDTH);
        ColumnConstraints helpColumn = new ColumnConstraints();
        helpColumn.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keysColumn, helpColumn);
        int row = 0;
        for (Command c : Command.of(group)) {
            Label keys = new Label(c.keysText());
            keys.getStyleClass().add("shortcut-keys");
            keys.setWrapText(true);
            Label help = new Label(c.help());
            help.getStyleClass().add("shortcut-help");
            help.setWrapText(true);
            GridPane.setValignment(keys, javafx.geometry.VPos.TOP);
            GridPane.setValignment(help, javafx.geometry.VPos.TOP);
            grid.addRow(row++, keys, help);
        }
        VBox box = new VBox(8, title, grid);
        box.getProperties().put("group", group);
        return box;
    }
}
