package app.margin.ui.shell;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Quit's keys in every window Margin opens over its main one (the Library, the library search, the study window,
 * a table's grid, a picture, the original page): the main window's menus hold the accelerator, and a window with
 * the focus hears only its own scene, so Ctrl+Q in the Library did nothing. A modal dialog is left alone: it is
 * answered first (quitting under an open question would leave it hanging).
 */
final class QuitKeys {

    private final Scene main;
    private final KeyCombination keys;
    private final Runnable quit;
    private final ListChangeListener<Window> opened = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::hook);
        }
    };

    private QuitKeys(Scene main, KeyCombination keys, Runnable quit) {
        this.main = main;
        this.keys = keys;
        this.quit = quit;
    }

    /**
     * While {@code main} is in its window, {@code keys} run {@code quit} in every window that window owns (directly or
     * through another), those open already and those opened later.
     */
    static void install(Scene main, KeyCombination keys, Runnable quit) {
        QuitKeys q = new QuitKeys(main, keys, quit);
        Window.getWindows().forEach(q::hook);
        Window.getWindows().addListener(q.opened);
        // The list is the whole toolkit's: once the scene leaves the window it was in (Margin closed), it listens no
        // more (tests start Margin again in the same window).
        main.windowProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Window> obs, Window old, Window now) {
                if (old != null) {
                    obs.removeListener(this);
                    Window.getWindows().removeListener(q.opened);
                }
            }
        });
    }

    private void hook(Window w) {
        if (w == main.getWindow() || !(w instanceof Stage stage) || stage.getModality() != Modality.NONE
                || !ownedByMain(stage) || stage.getScene() == null) {
            return;
        }
        stage.getScene().getAccelerators().put(keys, quit);
    }

    private boolean ownedByMain(Stage stage) {
        Window owner = stage.getOwner();
        while (owner != null) {
            if (owner == main.getWindow()) {
                return true;
            }
            owner = owner instanceof Stage s ? s.getOwner() : null;
        }
        return false;
    }
}
