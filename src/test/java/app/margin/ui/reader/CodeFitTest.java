package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;

/** A code block's longest line, measured without laying the block out. */
class CodeFitTest {

    private static double advance(char c) {
        return Tables.Widths.CODE.advance(c);
    }

    @Test
    void theLongestLineIsTheWidestAcrossRunsNotTheLongestRun() {
        TextFlow flow = new TextFlow(new Text("short\nhalf of the"), new Text(" longest line\nend"));

        assertThat(CodeFit.longestLine(flow)).isCloseTo(advance('x') * "half of the longest line".length(),
                within(1e-6));
    }

    @Test
    void aTabReachesTheNextStopOfEightSpaces() {
        TextFlow flow = new TextFlow(new Text("ab\tc\n1234567890"));

        assertThat(CodeFit.longestLine(flow)).as("'ab', a tab to column 8, 'c': 9 columns; the next line 10")
                .isCloseTo(10 * advance('0'), within(1e-6));
        assertThat(CodeFit.longestLine(new TextFlow(new Text("12345678901\tx"))))
                .isCloseTo(17 * advance(' '), within(1e-6));
    }

    @Test
    void boxDrawingIsMeasuredInTheMonospacedFaceAsItIsDrawn() {
        String line = "┌──────┬──┐";
        Text drawn = new Text(line);
        drawn.setFont(javafx.scene.text.Font.font("Monospaced", Tables.Widths.SIZE));

        assertThat(CodeFit.longestLine(new TextFlow(new Text(line))))
                .isCloseTo(drawn.getLayoutBounds().getWidth(), within(0.5));
    }
}
