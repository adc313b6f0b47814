package app.margin.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** An outline title is as tall as the lines it shows in its own font: one line when it fits one. */
class OutlineTitleTest {
    private static final String TITLE = "New versions of this document";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void aTitleThatFitsOneLineInItsOwnFontIsOneLineTallAlsoWhenItWouldNotFitInBold() {
        Font regular = Font.font("System", 13);
        Font bold = Font.font("System", FontWeight.BOLD, 13);
        double fits = width(TITLE, regular) + 2;
        assertThat(width(TITLE, bold)).as("the case: wider than the line in bold").isGreaterThan(fits);

        OutlineRow.Title title = new OutlineRow.Title();
        title.setFont(regular);
        title.show(TITLE);
        double oneLine = title.heightAt(10_000);

        assertThat(title.heightAt(fits)).as("one line at a width it fits").isEqualTo(oneLine);
        assertThat(title.heightAt(width(TITLE, regular) * 0.7)).as("two where it wraps").isGreaterThan(oneLine * 1.5);
    }
}
