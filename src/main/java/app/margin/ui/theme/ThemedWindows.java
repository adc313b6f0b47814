package app.margin.ui.theme;

import app.margin.ui.reader.ReadingSettings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Carries the main window's stylesheet and theme to every window it owns: dialogs, alerts, the library,
 * popovers, context menus, menus and tooltips. Each is a separate Scene, so each needs the stylesheet and the
 * theme's pseudo-class on its own root; this sets both when the window starts showing (before it is sized)
 * and again on every open window when the theme changes. One place, so no dialog can be forgotten.
 */
public final class ThemedWindows {

    private final Stage main;
    private final ObservableValue<ReadingSettings.Theme> theme;
    private final String stylesheet;
    private final ListChangeListener<Window> onShown = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::styleIfOurs);
        }
    };
    private final ChangeListener<ReadingSettings.Theme> onTheme = (obs, old, now) -> styleAll();

    private ThemedWindows(Stage main, ObservableValue<ReadingSettings.Theme> theme, String stylesheet) {
        this.main = main;
        this.theme = theme;
        this.stylesheet = stylesheet;
    }

    /** Starts following: until {@code main} is hidden, every window it owns wears the current theme. */
    public static ThemedWindows install(Stage main, ObservableValue<ReadingSettings.Theme> theme, String stylesheet) {
        ThemedWindows themed = new ThemedWindows(main, theme, stylesheet);
        Window.getWindows().addListener(themed.onShown);
        theme.addListener(themed.onTheme);
        main.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            Window.getWindows().removeListener(themed.onShown);
            theme.removeListener(themed.onTheme);
        });
        themed.styleAll();
        return themed;
    }

    private void styleAll() {
        for (Window w : Window.getWindows().toArray(Window[]::new)) {
            styleIfOurs(w);
        }
    }

    private void styleIfOurs(Window w) {
        if (w != main && ownerOf(w) == main) {
            style(w.getScene(), theme.getValue(), stylesheet);
        }
    }

    /** Gives one scene the stylesheet and the theme's pseudo-class on its root. */
    public static void style(Scene scene, ReadingSettings.Theme current, String stylesheet) {
        if (scene == null || scene.getRoot() == null) {
            return;
        }
        if (!scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet);
        }
        for (ReadingSettings.Theme t : ReadingSettings.Theme.values()) {
            if (t.pseudoClass() != null) {
                scene.getRoot().pseudoClassStateChanged(PseudoClass.getPseudoClass(t.pseudoClass()), t == current);
            }
        }
    }

    /** The top window a window belongs to: a popup's owner chain, a dialog's owner chain. */
    static Window ownerOf(Window w) {
        Window at = w;
        while (true) {
            Window up = at instanceof PopupWindow p ? p.getOwnerWindow() : at instanceof Stage s ? s.getOwner() : null;
            if (up == null) {
                return at;
            }
            at = up;
        }
    }
}
