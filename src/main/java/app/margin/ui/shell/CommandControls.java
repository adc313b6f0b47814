package app.margin.ui.shell;

import app.margin.ui.popup.Tooltips;
import app.margin.ui.reader.ReadingSettings;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * Commands made controls: a command's menu item and header button (label or icon, keys, tooltip, what it does, and
 * disabled when it cannot run), and the menus of the ☰ button. What each command does is {@link Commands}' job.
 */
final class CommandControls {
    private final Map<Command, Runnable> actions;
    private final Map<Command, ObservableBooleanValue> enabled;
    private final ReadingSettings settings;

    /**
     * @param actions what each command does
     * @param enabled when a command can run, for those that cannot always
     */
    CommandControls(Map<Command, Runnable> actions, Map<Command, ObservableBooleanValue> enabled,
                    ReadingSettings settings) {
        this.actions = actions;
        this.enabled = enabled;
        this.settings = settings;
    }

    /** The ☰ button's menus: File, Edit, View (with the themes), Annotate, Go, Help. */
    MenuItem[] menus() {
        Menu file = new Menu("_File", null, item(Command.OPEN), item(Command.LIBRARY), item(Command.SEARCH_LIBRARY),
                new SeparatorMenuItem(),
                item(Command.EXPORT), item(Command.IMPORT), item(Command.COPY_STUDY_SHEET), item(Command.EXPORT_PDF),
                item(Command.PRINT), new SeparatorMenuItem(),
                item(Command.QUIT));
        Menu edit = new Menu("_Edit", null, item(Command.UNDO), item(Command.REDO), new SeparatorMenuItem(),
                item(Command.FIND), item(Command.FIND_NEXT), item(Command.FIND_PREVIOUS));
        Menu theme = new Menu("_Theme");
        ToggleGroup themes = new ToggleGroup();
        for (ReadingSettings.Theme t : ReadingSettings.Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.label());
            r.setToggleGroup(themes);
            r.setSelected(settings.themeProperty().get() == t);
            r.setOnAction(e -> settings.themeProperty().set(t));
            settings.themeProperty().addListener((obs, o, n) -> r.setSelected(n == t));
            theme.getItems().add(r);
        }
        theme.getItems().addAll(new SeparatorMenuItem(), item(Command.NEXT_THEME));
        Menu viewMenu = new Menu("_View", null, theme, item(Command.LARGER), item(Command.SMALLER),
                item(Command.ACTUAL_SIZE), item(Command.SETTINGS), new SeparatorMenuItem(),
                item(Command.DISTRACTION_FREE), item(Command.FULL_SCREEN));
        Menu annotate = new Menu("_Annotate", null, item(Command.BOOKMARK), item(Command.HIGHLIGHT),
                item(Command.SECTION_NOTE), new SeparatorMenuItem(), item(Command.BOOKMARKS_LIST),
                item(Command.PANEL), item(Command.SEARCH_ANNOTATIONS), new SeparatorMenuItem(), item(Command.STUDY));
        Menu go = new Menu("_Go", null, item(Command.BACK), item(Command.GO_TO_PAGE), item(Command.ORIGINAL_PAGE),
                item(Command.TABLE_GRID), item(Command.NEXT_SECTION), item(Command.PREVIOUS_SECTION),
                new SeparatorMenuItem(), item(Command.FOCUS_OUTLINE), item(Command.FOCUS_PANE),
                item(Command.FOCUS_PANEL), new SeparatorMenuItem(), item(Command.NEXT_ANNOTATION),
                item(Command.PREVIOUS_ANNOTATION));
        Menu help = new Menu("_Help", null, item(Command.SHORTCUTS));
        return new MenuItem[] {file, edit, viewMenu, annotate, go, help};
    }

    /** The command's menu item: its label, its keys, what it does, and when it can. */
    private MenuItem item(Command c) {
        MenuItem item = new MenuItem(c.menuLabel());
        if (c.accelerator() != null) {
            item.setAccelerator(c.accelerator());
        }
        item.setOnAction(e -> actions.get(c).run());
        ObservableBooleanValue when = enabled.get(c);
        if (when != null) {
            item.disableProperty().bind(Bindings.not(when));
        }
        return item;
    }

    /** The command's header button: an icon, its tooltip naming the command and its keys. */
    Button button(Command c, String icon) {
        Node graphic = Icons.of(icon);
        Button b = new Button(null, graphic);
        b.getStyleClass().add("header-button");
        b.setAccessibleText(c.menuLabel().replace("_", "").replace("…", ""));
        Tooltips.install(b, c.tooltip());
        b.setFocusTraversable(false);
        b.setOnAction(e -> actions.get(c).run());
        ObservableBooleanValue when = enabled.get(c);
        if (when != null) {
            b.disableProperty().bind(Bindings.not(when));
        }
        return b;
    }
}
