package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The reading settings say what their less obvious choices do. */
@ExtendWith(ApplicationExtension.class)
class ReadingSettingsViewTest {

    private final ReadingSettings settings = new ReadingSettings();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new ReadingSettingsView(settings), 420, 320));
        stage.show();
    }

    @Test
    void theStudyDaysHourSaysWhatItIsFor(FxRobot robot) {
        assertThat(robot.lookup(".settings-hint").queryAs(Label.class).getText())
                .contains("before this hour", "day before");
        assertThat(robot.lookup(".spinner").queryAs(Spinner.class).getValue()).isEqualTo(settings.dayStartsAtProperty().get());
    }
}
