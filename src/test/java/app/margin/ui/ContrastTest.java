package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The contrast check itself: it must fail pale text, and find the colour behind text the way it is painted. */
class ContrastTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void ratioIsTwentyOneForBlackOnWhiteAndOneForEqualColours() {
        assertThat(Contrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21, within(0.01));
        assertThat(Contrast.ratio(Color.web("#777777"), Color.web("#777777"))).isCloseTo(1, within(0.001));
        // #767676 on white is the palest grey that still passes AA (4.54:1).
        assertThat(Contrast.ratio(Color.web("#767676"), Color.WHITE)).isCloseTo(4.54, within(0.01));
    }

    @Test
    void greyTextOnWhiteFailsNamingBothColours() throws Exception {
        List<String> problems = check(sample("#aaaaaa", Color.WHITE, null));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains("sample theme", "grey on white", "Label", "\"Pale words\"", "#aaaaaa",
                "#ffffff", "2.32:1");
    }

    @Test
    void darkTextOnWhitePasses() throws Exception {
        assertThat(check(sample("#333333", Color.WHITE, null))).isEmpty();
    }

    @Test
    void halfTransparentTextIsJudgedAsItIsSeen() throws Exception {
        // Black at 30 % over white is seen as a light grey.
        assertThat(check(sample("#0000004d", Color.WHITE, null))).hasSize(1);
    }

    @Test
    void aShapePaintedBeneathCountsAsTheBackground() throws Exception {
        // Light text on a dark frame (as a popover's border path): fine; the same text without the frame is not.
        assertThat(check(sample("#eeeeee", null, Color.web("#222222")))).isEmpty();
        assertThat(check(sample("#eeeeee", null, null))).hasSize(1);
    }

    private static StackPane sample(String text, Color background, Color shapeBeneath) {
        Label label = new Label("Pale words");
        label.setTextFill(Color.web(text));
        StackPane pane = new StackPane();
        if (shapeBeneath != null) {
            pane.getChildren().add(new Rectangle(200, 100, shapeBeneath));
        }
        pane.getChildren().add(label);
        if (background != null) {
            pane.setBackground(new Background(new BackgroundFill(background, CornerRadii.EMPTY, Insets.EMPTY)));
        }
        return pane;
    }

    private static List<String> check(StackPane pane) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            new Scene(pane, 200, 100, Color.WHITE);
            return Contrast.problems("sample", "grey on white", pane, Color.WHITE);
        }).get();
    }
}
