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

    /** Found by a new user: a deep section with marks, in a narrow outline, showed "De…" beside its badges. */
    @Test
    void inANarrowOutlineTheBadgesGoUnderTheTitleInsteadOfSqueezingIt() throws Exception {
        String long_ = "Dependencies between the library and other packages";
        double[] out = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            OutlineRow row = new OutlineRow((node, id) -> { });
            row.show(long_, "deps", new SectionMarks(1, 1, 1));
            javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.layout.Pane(row));
            row.applyCss();
            javafx.scene.Node title = row.getChildrenUnmodifiable().get(0);
            javafx.scene.Node badges = row.getChildrenUnmodifiable().get(1);
            // Three ems beside the badges: as deep in a narrow outline as the new user's row.
            double narrow = badges.prefWidth(-1) + 3 * ((javafx.scene.control.Label) title).getFont().getSize();
            row.resize(narrow, row.heightAt(narrow));
            row.layout();
            double wide = 600;
            boolean stackedWide = row.stacked(wide);
            return new double[] {title.getLayoutBounds().getWidth() - narrow, badges.getLayoutY(),
                    title.getLayoutY() + title.getLayoutBounds().getHeight(), stackedWide ? 1 : 0,
                    row.heightAt(narrow), row.heightAt(wide)};
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(out[0]).as("the title has the row's width").isGreaterThan(-1);
        assertThat(out[1]).as("the badges under the title").isGreaterThanOrEqualTo(out[2] - 0.5);
        assertThat(out[3]).as("side by side where there is room").isZero();
        assertThat(out[4]).as("a taller row when stacked").isGreaterThan(out[5]);
    }
}
