package app.margin.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
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

    Commands(MainView view, MainViewModel vm) {
        this.view = view;
        this.vm = vm;
    }

    MenuBar menuBar() {
        Menu file = new Menu("_File", null,
                item("_Open Article…", keys(KeyCode.O, SHORTCUT), view::chooseArticle, null),
                new SeparatorMenuItem(),
                item("_Quit", keys(KeyCode.Q, SHORTCUT), () -> view.getScene().getWindow().hide(), null));
        Menu edit = new Menu("_Edit", null,
                item("_Undo", keys(KeyCode.Z, SHORTCUT), vm::undo, vm.annotations().canUndoProperty()),
                item("_Redo", keys(KeyCode.Z, SHORTCUT, SHIFT), vm::redo, vm.annotations().canRedoProperty()));
        Menu annotate = new Menu("_Annotate", null,
                item("Toggle _Bookmark", keys(KeyCode.D, SHORTCUT), vm::toggleBookmark, null),
                item("_Highlight Selection…", keys(KeyCode.H, SHORTCUT), view.popovers()::offerHighlight, null),
                item("_Note on This Section…", keys(KeyCode.N, SHORTCUT, SHIFT),
                        () -> view.popovers().addSectionNote(vm.currentSectionId()), null),
                new SeparatorMenuItem(),
                item("Bookmarks _List", keys(KeyCode.B, SHORTCUT), this::showBookmarks, null),
                item("_Annotations Panel", keys(KeyCode.A, SHORTCUT, SHIFT), view::togglePanel, null),
                item("_Search Annotations", keys(KeyCode.F, SHORTCUT, SHIFT), this::searchAnnotations, null));
        Menu go = new Menu("_Go", null,
                item("_Next Section", keys(KeyCode.DOWN, SHORTCUT), vm::nextSection, vm.hasNextSectionProperty()),
                item("_Previous Section", keys(KeyCode.UP, SHORTCUT), vm::previousSection,
                        vm.hasPreviousSectionProperty()),
                new SeparatorMenuItem(),
                item("Focus _Outline", keys(KeyCode.DIGIT1, SHORTCUT), view.outlineView()::requestFocus, null),
                item("Focus _Reading Pane", keys(KeyCode.DIGIT2, SHORTCUT),
                        view.readerView().area()::requestFocus, null),
                item("Focus _Annotations", keys(KeyCode.DIGIT3, SHORTCUT), this::focusPanel, null));
        Menu help = new Menu("_Help", null,
                item("_Keyboard Shortcuts", keys(KeyCode.F1), this::showShortcuts, null));
        MenuBar bar = new MenuBar(file, edit, annotate, go, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    ToolBar toolBar() {
        ToolBar bar = new ToolBar(
                button("Bookmark", "Toggle a bookmark on the paragraph at the top (Ctrl+D)", vm::toggleBookmark),
                button("Highlight", "Highlight the selected text (Ctrl+H)", view.popovers()::offerHighlight),
                button("Section Note", "Add a note to the section being read (Ctrl+Shift+N)",
                        () -> view.popovers().addSectionNote(vm.currentSectionId())),
                button("Annotations", "Show or hide all bookmarks and notes (Ctrl+Shift+A)", view::togglePanel));
        Button undo = button("Undo", "Undo the last change to a bookmark or note (Ctrl+Z)", vm::undo);
        undo.disableProperty().bind(Bindings.not(vm.annotations().canUndoProperty()));
        bar.getItems().add(undo);
        bar.getStyleClass().add("margin-toolbar");
        return bar;
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
}
