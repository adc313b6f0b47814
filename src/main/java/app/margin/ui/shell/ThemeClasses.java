package app.margin.ui.shell;

import app.margin.ui.reader.ReadingSettings;
import javafx.beans.property.ObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/** Themes only switch colour tokens: a pseudo-class on the window's root selects them. */
final class ThemeClasses {

    private ThemeClasses() {
    }

    /** Keeps {@code root}'s pseudo-class on the theme chosen; {@code switched} runs after each switch. */
    static void follow(Node root, ObjectProperty<ReadingSettings.Theme> theme, Runnable switched) {
        apply(root, theme.get());
        theme.addListener((obs, old, now) -> {
            apply(root, now);
            switched.run();
        });
        root.sceneProperty().addListener((obs, old, scene) -> apply(root, theme.get()));
    }

    private static void apply(Node root, ReadingSettings.Theme current) {
        for (ReadingSettings.Theme t : ReadingSettings.Theme.values()) {
            if (t.pseudoClass() != null) {
                root.pseudoClassStateChanged(PseudoClass.getPseudoClass(t.pseudoClass()), t == current);
            }
        }
    }
}
