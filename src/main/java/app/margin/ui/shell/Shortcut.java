package app.margin.ui.shell;

import javafx.scene.input.KeyCombination;

/** One keyboard shortcut: the keys, and what they do. The shortcut sheet and the README list these. */
public record Shortcut(String keys, String action) {

    /** Keys handled by the reading pane and outline themselves, not by menu accelerators. */
    public static final java.util.List<Shortcut> BUILT_IN = java.util.List.of(
            new Shortcut("Page Down / Space", "Next screen in the reading pane"),
            new Shortcut("Page Up / Shift+Space", "Previous screen in the reading pane"),
            new Shortcut("Down / Up", "Scroll a line in the reading pane"),
            new Shortcut("Home / End", "Start / end of the article"),
            new Shortcut("Up / Down, Enter (outline)", "Choose a section, go to it"));

    public static Shortcut of(KeyCombination keys, String action) {
        return new Shortcut(keys.getDisplayText(), action);
    }
}
