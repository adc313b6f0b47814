package app.margin.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The find bar on a narrow page (the annotations panel open): the count and the options are never cut short. */
class FindBarLayoutTest {

    private Stage stage;

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::close).get();
        }
    }

    @Test
    void onANarrowPageTheFieldGivesWayAndTheCountAndOptionsShowWhole() throws Exception {
        FxToolkit.registerPrimaryStage();
        FindViewModel find = new FindViewModel(Runnable::run, Runnable::run);
        find.setText(List.of("war and peace ".repeat(3000)));
        FindBar bar = WaitForAsyncUtils.asyncFx(() -> {
            FindBar b = new FindBar(find, () -> { }, () -> { }, () -> { });
            Scene scene = new Scene(b, 480, 40);
            scene.getStylesheets().add(FindBarLayoutTest.class.getResource("/css/margin.css").toExternalForm());
            // A window of its own: the shared primary stage keeps whatever size an earlier test gave it.
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            find.queryProperty().set("a");
            for (int i = 1; i < 1504; i++) {
                find.next(); // a count as wide as "1504 of 9000"
            }
            return b;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.asyncFx(() -> {
            bar.applyCss();
            bar.layout();

            int labels = 0;
            for (javafx.scene.Node n : bar.getChildren()) {
                if (n instanceof Labeled labeled && !(n instanceof javafx.scene.control.Button)) {
                    labels++;
                    assertThat(labeled.getWidth()).as("“%s” has its whole width", labeled.getText())
                            .isGreaterThanOrEqualTo(labeled.prefWidth(-1) - 0.5);
                }
            }
            assertThat(labels).as("the count and the two options").isEqualTo(3);
            assertThat(bar.field().getWidth()).as("the field gave way").isLessThan(bar.field().prefWidth(-1));
            return null;
        }).get();
        assertThat(find.countTextProperty().get()).isEqualTo("1504 of 9000");
    }
}
