package app.margin.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import app.margin.ui.reader.ReadingSettings;
import app.margin.ui.reader.ReadingSettingsView;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.controlsfx.control.PopOver;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every command of the window, once: the menu bar (with accelerators), the toolbar, and the shortcut
 * sheet are made from the same list, so they cannot disagree.
 */
final class Commands {

    private static final KeyCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;
    private static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;

    private final MainView view;
    private final MainViewModel vm;
    private final List<Shortcut> shortcuts = new ArrayList<>();
    private Button settingsButton;
    private PopOver settingsPopOver;

    Commands(MainView view, MainViewModel vm) {
        this.view = view;
        this.vm = vm;
    }

    MenuBar menuBar() {
        Menu file = new Menu("_File", null,
                item("_Open Article…", keys(KeyCode.O, SHORTCUT), view.files()::chooseArticle, null),
                item("_Library…", keys(KeyCode.L, SHORTCUT), view.files()::showLibrary, null),
                item("_Search the Library…", keys(KeyCode.L, SHORTCUT, SHIFT), view::openLibrarySearch, null),
                new SeparatorMenuItem(),
                item("_Export Annotations…", keys(KeyCode.E, SHORTCUT), view.files()::exportAnnotations, null),
                item("_Import Annotations…", keys(KeyCode.I, SHORTCUT), view.files()::importAnnotations, null),
                item("_Copy Study Sheet", keys(KeyCode.C, SHORTCUT, SHIFT), view.files()::copyStudySheet, null),
                new SeparatorMenuItem(),
                item("_Quit", keys(KeyCode.Q, SHORTCUT), this::quit, null));
        Menu edit = new Menu("_Edit", null,
                item("_Undo", keys(KeyCode.Z, SHORTCUT), vm::undo, vm.annotations().canUndoProperty()),
                item("_Redo", keys(KeyCode.Z, SHORTCUT, SHIFT), vm::redo, vm.annotations().canRedoProperty()),
                new SeparatorMenuItem(),
                item("_Find…", keys(KeyCode.F, SHORTCUT), view.find()::open, null),
                item("Find _Next", keys(KeyCode.F3), view.find()::next, null),
                item("Find _Previous", keys(KeyCode.F3, SHIFT), view.find()::previous, null));
        ReadingSettings settings = vm.settings();
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
        theme.getItems().addAll(new SeparatorMenuItem(),
                item("Next Theme", keys(KeyCode.T, SHORTCUT, SHIFT), settings::nextTheme, null));
        Menu viewMenu = new Menu("_View", null, theme,
                item("_Larger Text", keys(KeyCode.EQUALS, SHORTCUT), settings::larger, null),
                item("_Smaller Text", keys(KeyCode.MINUS, SHORTCUT), settings::smaller, null),
                item("_Actual Size", keys(KeyCode.DIGIT0, SHORTCUT), settings::resetSize, null),
                item("Reading _Settings…", keys(KeyCode.COMMA, SHORTCUT), this::showSettings, null));
        Menu annotate = new Menu("_Annotate", null,
                item("Toggle _Bookmark", keys(KeyCode.D, SHORTCUT), vm::toggleBookmark, null),
                item("_Highlight Selection…", keys(KeyCode.H, SHORTCUT), view.popovers()::offerHighlight, null),
                item("_Note on This Section…", keys(KeyCode.N, SHORTCUT, SHIFT), this::noteOnThisSection, null),
                new SeparatorMenuItem(),
                item("Bookmarks _List", keys(KeyCode.B, SHORTCUT), this::showBookmarks, null),
                item("_Annotations Panel", keys(KeyCode.A, SHORTCUT, SHIFT), view::togglePanel, null),
                item("_Search Annotations", keys(KeyCode.F, SHORTCUT, SHIFT), this::searchAnnotations, null),
                new SeparatorMenuItem(),
                item("S_tudy Cards…", keys(KeyCode.R, SHORTCUT), view::openStudy, null));
        Menu go = new Menu("_Go", null,
                item("_Next Section", keys(KeyCode.DOWN, SHORTCUT), vm::nextSection, vm.hasNextSectionProperty()),
                item("_Previous Section", keys(KeyCode.UP, SHORTCUT), vm::previousSection,
                        vm.hasPreviousSectionProperty()),
                new SeparatorMenuItem(),
                item("Focus _Outline", keys(KeyCode.DIGIT1, SHORTCUT), view.outlineView()::requestFocus, null),
                item("Focus _Reading Pane", keys(KeyCode.DIGIT2, SHORTCUT),
                        view.readerView().area()::requestFocus, null),
                item("Focus _Annotations", keys(KeyCode.DIGIT3, SHORTCUT), this::focusPanel, null),
                new SeparatorMenuItem(),
                item("Next _Annotation", keys(KeyCode.DOWN, KeyCombination.ALT_DOWN), () -> vm.nextAnnotation(1), null),
                item("Previous A_nnotation", keys(KeyCode.UP, KeyCombination.ALT_DOWN), () -> vm.nextAnnotation(-1),
                        null));
        Menu help = new Menu("_Help", null,
                item("_Keyboard Shortcuts", keys(KeyCode.F1), this::showShortcuts, null));
        MenuBar bar = new MenuBar(file, edit, viewMenu, annotate, go, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    ToolBar toolBar() {
        settingsButton = button("Aa", "Text size, spacing, column width and theme (Ctrl+,)", this::showSettings);
        ToolBar bar = new ToolBar(settingsButton,
                button("Find", "Find in the article (Ctrl+F)", view.find()::open),
                button("Bookmark", "Toggle a bookmark on the paragraph at the top (Ctrl+D)", vm::toggleBookmark),
                button("Highlight", "Highlight the selected text (Ctrl+H)", view.popovers()::offerHighlight),
                button("Section Note", "Add a note to the section being read (Ctrl+Shift+N)", this::noteOnThisSection),
                button("Annotations", "Show or hide all bookmarks and notes (Ctrl+Shift+A)", view::togglePanel),
                button("Study", "Review the study cards due in this article (Ctrl+R)", view::openStudy));
        Button undo = button("Undo", "Undo the last change to a bookmark or note (Ctrl+Z)", vm::undo);
        undo.disableProperty().bind(Bindings.not(vm.annotations().canUndoProperty()));
        bar.getItems().add(undo);
        bar.getStyleClass().add("margin-toolbar");
        return bar;
    }

    /**
     * Extra keys for commands whose menu item holds only one: Ctrl++ (Shift+= on most layouts) and the
     * keypad's + and − for the text size.
     */
    void installExtraAccelerators(javafx.scene.Scene scene) {
        scene.getAccelerators().put(keys(KeyCode.EQUALS, SHORTCUT, SHIFT), vm.settings()::larger);
        scene.getAccelerators().put(keys(KeyCode.PLUS, SHORTCUT), vm.settings()::larger);
        scene.getAccelerators().put(keys(KeyCode.ADD, SHORTCUT), vm.settings()::larger);
        scene.getAccelerators().put(keys(KeyCode.SUBTRACT, SHORTCUT), vm.settings()::smaller);
    }

    private void showSettings() {
        if (settingsPopOver == null) {
            settingsPopOver = new PopOver(new ReadingSettingsView(vm.settings()));
            settingsPopOver.setDetachable(false);
            settingsPopOver.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
            settingsPopOver.getStyleClass().add("margin-popover");
        }
        if (settingsPopOver.isShowing()) {
            settingsPopOver.hide();
        } else {
            settingsPopOver.show(settingsButton);
        }
    }

    /** A note on the section being read; the pane stays where it is (the popup points at the heading if visible). */
    private void noteOnThisSection() {
        String section = vm.currentSectionId();
        if (section != null) {
            view.popovers().addSectionNote(section);
        }
    }

    private void showBookmarks() {
        view.setPanelShown(true);
        view.panel().showBookmarks();
    }

    private void searchAnnotations() {
        view.setPanelShown(true);
        view.panel().focusSearch();
    }

    private void focusPanel() {
        view.setPanelShown(true);
        view.panel().focusList();
    }

    private static KeyCombination keys(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    private MenuItem item(String text, KeyCombination keys, Runnable action, ObservableBooleanValue enabled) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        if (enabled != null) {
            item.disableProperty().bind(Bindings.not(enabled));
        }
        shortcuts.add(Shortcut.of(keys, text.replace("_", "").replace("…", "")));
        return item;
    }

    private static Button button(String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(help));
        b.setAccessibleHelp(help);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showShortcuts() {
        List<Shortcut> all = new ArrayList<>(shortcuts);
        all.addAll(Shortcut.BUILT_IN);
        ShortcutSheet.show(view.getScene().getWindow(), all);
    }

    /**
     * Quit is a close request, as the window's close button is: whatever asks first (changes that could not be
     * saved) asks here too, and the window closes unless the request is consumed.
     */
    private void quit() {
        javafx.stage.Window window = view.getScene().getWindow();
        window.fireEvent(new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }
}
