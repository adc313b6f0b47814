package app.margin.ui.reader;

import java.util.Collection;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.StyledTextArea;

/**
 * The reading pane's text area: paragraph and text styles are CSS style classes. The paragraph with the
 * {@value #END_SPACE} class gets room below it of nearly a screen, so the last section's heading can
 * be brought to the top of the pane like any other.
 */
public final class ReadingArea extends StyledTextArea<Collection<String>, Collection<String>> {

    static final String END_SPACE = "end-space";

    static final String BODY = "body";

    /** A preformatted paragraph (code): a monospace block, its own line spacing rather than the reader's setting. */
    static final String CODE_BLOCK = "code-block";

    private final ObjectProperty<Insets> endSpace;
    private final DoubleProperty bodyLineSpacing;

    public ReadingArea() {
        this(new SimpleObjectProperty<>(Insets.EMPTY), new SimpleDoubleProperty(8));
    }

    private ReadingArea(ObjectProperty<Insets> endSpace, DoubleProperty bodyLineSpacing) {
        super(List.of(), (flow, classes) -> applyParagraphStyle(flow, classes, endSpace, bodyLineSpacing),
                List.of(), (text, classes) -> text.getStyleClass().addAll(classes), false);
        this.endSpace = endSpace;
        this.bodyLineSpacing = bodyLineSpacing;
        heightProperty().addListener((obs, old, h) ->
                endSpace.set(new Insets(0, 0, Math.max(0, h.doubleValue() * 0.85), 0)));
    }

    /** Extra space between the lines of body paragraphs, in pixels (the reader's line-spacing setting). */
    public DoubleProperty bodyLineSpacingProperty() {
        return bodyLineSpacing;
    }

    private static void applyParagraphStyle(TextFlow flow, Collection<String> classes, ObjectProperty<Insets> end,
                                            DoubleProperty bodyLineSpacing) {
        flow.getStyleClass().addAll(classes);
        if (classes.contains(BODY)) {
            flow.lineSpacingProperty().bind(bodyLineSpacing);
        }
        if (classes.contains(END_SPACE)) {
            flow.paddingProperty().bind(end);
        }
    }
}
