package app.margin.ui.reader;

import app.margin.model.Picture;
import java.util.Map;
import javafx.scene.text.TextFlow;

/** Draws a figure's picture above its caption in the paragraph's text flow. */
@FunctionalInterface
public interface Figures {
    /** Figures that show their caption alone. */
    Figures NONE = (flow, picture) -> { };

    void show(TextFlow flow, Picture picture);

    /** Marks the pictures named with their style class (a find hit inside one), and no others; none by default. */
    default void mark(Map<Picture, String> marks) {}
}
