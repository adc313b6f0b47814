package app.margin.ui.reader;

import app.margin.model.Picture;
import javafx.scene.text.TextFlow;

/** Draws a figure's picture above its caption in the paragraph's text flow. */
@FunctionalInterface
public interface Figures {
    /** Figures that show their caption alone. */
    Figures NONE = (flow, picture) -> { };

    void show(TextFlow flow, Picture picture);
}
