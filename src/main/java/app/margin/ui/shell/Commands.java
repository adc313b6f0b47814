package app.margin.ui.shell;

import app.margin.ui.reader.ReadingSettings;
import app.margin.ui.reader.ReadingSettingsView;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import app.margin.ui.popup.Tooltips;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.PopOver;

/**
 * What each {@link Command} does in the main window, and the header made from them: icon buttons whose tooltips
 * name the command and its keys, and a "☰" menu button holding every menu (File, Edit, View, Annotate, Go, Help)
 * with the accelerators. The menus, the header and the shortcut sheet are all made from {@link Command}.
 */
final class Commands {

    private static final KeyCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;
    private static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;

    private final MainView view;
    private final MainViewModel vm;
    private final Map<Command, Runnable> actions = new EnumMap<>(Command.class);
    private final Map<Command, ObservableBooleanValue> enabled = new EnumMap<>(Command.class);
    private final OriginalPages originalPages;
    private MenuButton menuButton;
    private Button settingsButton;
    private PopOver settingsPopOver;
    private final CommandControls controls;

    Commands(MainView view, MainViewModel vm) {
        this.view = view;
        this.vm = vm;
        this.originalPages = new OriginalPages(vm, view.readerView(), view.background());
        ReadingSettings settings = vm.settings();
        FileCommands files = view.files();
        FrameViewModel frame = view.frame();
        act(Command.NEXT_SECTION, vm::nextSection, vm.hasNextSectionProperty());
        act(Command.PREVIOUS_SECTION, vm::previousSection, vm.hasPreviousSectionProperty());
        act(Command.BACK, () -> vm.reader().links().back(), vm.reader().links().canGoBackProperty());
        act(Command.GO_TO_PAGE, this::goToPage, Bindings.createBooleanBinding(
                () -> vm.reader().getLayout() != null && vm.reader().getLayout().paged(), vm.reader().layoutProperty()));
        act(Command.ORIGINAL_PAGE, this::originalPage, Bindings.createBooleanBinding(
                () -> OriginalPages.available(vm.reader().getLayout()), vm.reader().layoutProperty()));
        act(Command.TABLE_GRID, () -> {
            if (!view.readerView().area().openTableAtCaret()) {
                // A new user pressed Ctrl+T over a table set as a picture (a PDF's) and heard nothing.
                vm.showNotice(Notice.info("No table here to open as a grid: put the cursor in a table's row, or "
                        + "scroll one into view."));
            }
        });
        act(Command.UNDO, vm::undo, vm.annotations().canUndoProperty());
        act(Command.REDO, vm::redo, vm.annotations().canRedoProperty());
        act(Command.LARGER, settings::larger);
        act(Command.SMALLER, settings::smaller);
        act(Command.ACTUAL_SIZE, settings::resetSize);
        act(Command.SETTINGS, this::showSettings);
        act(Command.NEXT_THEME, settings::nextTheme);
        act(Command.BOOKMARK, this::toggleBookmark);
        act(Command.HIGHLIGHT, () -> view.popovers().offerHighlight());
        act(Command.SECTION_NOTE, this::noteOnThisSection);
        act(Command.NEXT_ANNOTATION, () -> vm.nextAnnotation(1));
        act(Command.PREVIOUS_ANNOTATION, () -> vm.nextAnnotation(-1));
        act(Command.PANEL, frame::togglePanel);
        act(Command.BOOKMARKS_LIST, this::showBookmarks);
        act(Command.SEARCH_ANNOTATIONS, this::searchAnnotations);
        act(Command.STUDY, () -> view.later().openStudy());
        act(Command.FIND, () -> view.find().open());
        act(Command.FIND_NEXT, () -> view.find().next());
        act(Command.FIND_PREVIOUS, () -> view.find().previous());
        act(Command.OPEN, files::chooseArticle);
        act(Command.LIBRARY, files::showLibrary);
        act(Command.SEARCH_LIBRARY, () -> view.later().openLibrarySearch());
        act(Command.EXPORT, files::exportAnnotations);
        act(Command.IMPORT, files::importAnnotations);
        act(Command.COPY_STUDY_SHEET, files::copyStudySheet);
        act(Command.EXPORT_PDF, files::exportPdf);
        act(Command.PRINT, files::print);
        act(Command.DISTRACTION_FREE, frame::toggleDistractionFree);
        act(Command.FULL_SCREEN, this::toggleFullScreen);
        act(Command.FOCUS_OUTLINE, () -> view.outlineView().requestFocus());
        act(Command.FOCUS_PANE, () -> view.readerView().area().requestFocus());
        act(Command.FOCUS_PANEL, this::focusPanel);
        act(Command.SHORTCUTS, this::showShortcuts);
        act(Command.QUIT, this::quit);
        controls = new CommandControls(actions, enabled, settings);
    }

    private void act(Command c, Runnable action) {
        actions.put(c, action);
    }

    private void act(Command c, Runnable action, ObservableBooleanValue when) {
        actions.put(c, action);
        enabled.put(c, when);
    }

    /** The slim header: the menu, the library, the article's title, and the commands used while reading. */
    HBox header() {
        menuButton = new MenuButton(null, Icons.of(Icons.MENU), controls.menus());
        menuButton.getStyleClass().add("header-menu");
        Tooltips.install(menuButton, "Menu (F10)");
        menuButton.setAccessibleText("Menu");
        menuButton.setFocusTraversable(false);
        menuButton.setOnHidden(e -> view.peekHeader(false));
        settingsButton = controls.button(Command.SETTINGS, Icons.TEXT);
        Label title = new Label();
        title.getStyleClass().add("header-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            var layout = vm.reader().getLayout();
            return layout == null ? "" : layout.article().title();
        }, vm.reader().layoutProperty()));
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button panelButton = controls.button(Command.PANEL, Icons.PANEL);
        // Docked or floating over the page (where the split does not change), the button says whether it is open.
        view.frame().panelVisibleProperty().addListener((obs, was, shown) ->
                panelButton.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("on"), view.isPanelShown()));
        CommandControls c = controls;
        HBox header = new HBox(2,
                menuButton, c.button(Command.LIBRARY, Icons.LIBRARY), c.button(Command.OPEN, Icons.OPEN), gap(),
                title,
                c.button(Command.UNDO, Icons.UNDO), gap(),
                c.button(Command.BOOKMARK, Icons.BOOKMARK), c.button(Command.HIGHLIGHT, Icons.HIGHLIGHT),
                c.button(Command.SECTION_NOTE, Icons.SECTION_NOTE), gap(),
                c.button(Command.FIND, Icons.FIND), settingsButton, c.button(Command.STUDY, Icons.STUDY),
                panelButton, c.button(Command.DISTRACTION_FREE, Icons.FOCUS));
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        return header;
    }

    /** Opens the ☰ menu from the keyboard (F10), as a menu bar would. */
    void openMenu() {
        if (menuButton != null && !menuButton.isShowing()) {
            view.peekHeader(true); // in distraction-free reading the menu opens from the header, shown for it
            menuButton.show();
        }
    }

    private static Region gap() {
        Region r = new Region();
        r.getStyleClass().add("header-gap");
        return r;
    }

    /**
     * Extra keys for commands whose menu item holds only one: Ctrl++ (Shift+= on most layouts) and the
     * keypad's + and − for the text size; F10 opens the menu.
     */
    void installExtraAccelerators(Scene scene) {
        scene.getAccelerators().put(keys(KeyCode.EQUALS, SHORTCUT, SHIFT), vm.settings()::larger);
        scene.getAccelerators().put(keys(KeyCode.PLUS, SHORTCUT), vm.settings()::larger);
        scene.getAccelerators().put(keys(KeyCode.ADD, SHORTCUT), vm.settings()::larger);
        scene.getAccelerators().put(keys(KeyCode.SUBTRACT, SHORTCUT), vm.settings()::smaller);
        scene.getAccelerators().put(keys(KeyCode.F10), this::openMenu);
        // Quit from the windows opened over this one too (the Library, the study window, a grid, an original page).
        QuitKeys.install(scene, Command.QUIT.accelerator(), this::quit);
    }

    private void showSettings() {
        if (settingsPopOver == null) {
            settingsPopOver = new PopOver(new ReadingSettingsView(vm.settings()));
            settingsPopOver.setDetachable(false);
            settingsPopOver.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
            settingsPopOver.getStyleClass().add("margin-popover");
        }
        if (settingsPopOver.isShowing()) {
            settingsPopOver.hide();
        } else if (settingsButton.isVisible() && settingsButton.getScene() != null) {
            app.margin.ui.popup.PopupFit.show(settingsPopOver, settingsButton); // flips or clamps to fit the window
        } else {
            // Distraction-free reading hides the header: the settings open over the page instead.
            app.margin.ui.popup.PopupFit.show(settingsPopOver, view.readerView());
        }
    }

    /** Bookmarks the line at the top of the pane, or the selection's line when a selection shows (Ctrl+D). */
    private void toggleBookmark() {
        app.margin.ui.reader.ReaderView.Line line = view.readerView().lineToMark();
        vm.toggleBookmark(line.blockIndex(), line.start(), line.end());
    }

    /** Full screen (F11); Esc leaves it too. */
    private void toggleFullScreen() {
        if (view.getScene() != null && view.getScene().getWindow() instanceof javafx.stage.Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    /** A note on the section being read; the pane stays where it is (the popup points at the heading if visible). */
    private void noteOnThisSection() {
        String section = vm.currentSectionId();
        if (section != null) {
            view.popovers().openSectionNotes(view.readerView(), section); // the note there, or a new one
        }
    }

    /** Asks for a page and goes to its first line (Ctrl+G), for a document that numbers its pages. */
    private void goToPage() {
        var layout = vm.reader().getLayout();
        if (layout == null || !layout.paged()) {
            return;
        }
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(
                layout.pageAt(vm.reader().readingBlockProperty().get()));
        ask.setTitle("Go to Page");
        ask.setHeaderText(null);
        ask.setContentText("Page (as printed, such as 12 or iv):");
        if (view.getScene() != null) {
            ask.initOwner(view.getScene().getWindow());
        }
        ask.showAndWait().ifPresent(page -> PageGoal.of(layout, page).ifPresentOrElse(goal -> {
            vm.reader().jumpToLine(goal.block(), 0);
            if (goal.note() != null) {
                vm.showNotice(Notice.info(goal.note()));
            }
        }, () -> vm.showNotice(Notice.info("This document has no page \"" + page.strip() + "\"."))));
    }

    /** The PDF's page the reader is on, as printed, with the highlights on it (Ctrl+Shift+O). */
    private void originalPage() {
        if (view.getScene() != null) {
            originalPages.show(view.getScene().getWindow());
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

    private void showShortcuts() {
        ShortcutSheet.show(view.getScene().getWindow());
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
