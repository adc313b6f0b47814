package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing is typed into the page: it takes no input method, so focusing it (as Margin does at start) does not open
 * the system's input method. A note's text field still takes one.
 */
class ReadingAreaInputTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void thePageTakesNoInputMethodButANotesFieldDoes() throws Exception {
        Object[] seen = WaitForAsyncUtils.asyncFx(() -> {
            ReadingArea area = new ReadingArea();
            TextArea note = new TextArea();
            new javafx.scene.Scene(new javafx.scene.layout.VBox(area, note));
            area.applyCss();
            note.applyCss(); // a text field's input method comes with its skin
            return new Object[] {area.getInputMethodRequests(), area.getOnInputMethodTextChanged(),
                    note.getInputMethodRequests(), note.getOnInputMethodTextChanged()};
        }).get(10, TimeUnit.SECONDS);

        assertThat(seen[0]).isNull();
        assertThat(seen[1]).isNull();
        assertThat(seen[2]).isNotNull();
        assertThat(seen[3]).isNotNull();
    }
}
