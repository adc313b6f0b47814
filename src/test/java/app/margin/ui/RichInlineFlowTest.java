package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Inline marks where the body's rules do not reach: a chapter's own heading. */
class RichInlineFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path pages;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    /** A run of text shown on the page, by its words. */
    private Text run(String words) {
        return robot.lookup(".paragraph-text .text").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no run \"" + words + "\" shown"));
    }

    @Test
    void aSubheadingShowsItsEmphasisCodeAndLinkAtTheHeadingsSize() throws Exception {
        Path file = Files.writeString(pages.resolve("heads.json"), """
                {
                  "schemaVersion": 2, "id": "heads", "title": "Heads", "lead": [],
                  "sections": [{"id": "one", "title": "One",
                    "paragraphs": ["Body with code() here.", "The quick fold() and the end", "End."],
                    "forms": [
                      {"paragraph": 0, "spans": [[10, 16, "code"]]},
                      {"paragraph": 1, "role": "subheading", "depth": 2,
                       "spans": [[4, 9, "em"], [10, 16, "code"], [21, 28, "link", "#end"]]},
                      {"paragraph": 2, "ids": ["end"]}
                    ]}]
                }
                """);
        MainView v = margin.start(dataDir, "--article", file.toString());

        Text em = run("quick");
        Text code = run("fold()");
        Text link = run("the end");
        Text plain = run("The ");
        Text bodyCode = run("code()");

        assertThat(em.getStyleClass()).contains("em");
        assertThat(em.getFont().getStyle()).containsIgnoringCase("italic");
        assertThat(link.getStyleClass()).contains("link");
        assertThat(link.isUnderline()).isTrue();
        assertThat(code.getStyleClass()).contains("code");
        assertThat(code.getFont().getFamily()).containsIgnoringCase("mono");
        assertThat(plain.getFont().getSize()).as("the heading is larger than the body").isGreaterThan(20);
        assertThat(code.getFont().getSize()).as("its code a little smaller than the heading, larger than the body's")
                .isLessThan(plain.getFont().getSize()).isGreaterThan(bodyCode.getFont().getSize() * 1.2);
    }

    @Test
    void mathIsALineWithRaisedScriptsAndADisplayedFormulaIsCentred() throws Exception {
        Path file = Files.writeString(pages.resolve("math.html"), "<html><head><title>Math</title></head><body>"
                + "<article><h1>Math</h1><p>Einstein wrote <math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi>"
                + "<mn>2</mn></msup></math> in a short paper, which this sentence is long enough to stand for.</p>"
                + "<math display='block'><semantics><mrow><msqrt><mi>x</mi><mo>+</mo><mn>1</mn></msqrt></mrow>"
                + "<annotation encoding='TeX'>\\sqrt{x+1}</annotation></semantics></math>"
                + "<p>And the page goes on after the formula for a while.</p></article></body></html>");
        MainView v = margin.start(dataDir, "--article", file.toString());

        Text square = run("2");
        assertThat(square.getStyleClass()).contains("sup");
        assertThat(square.getTranslateY()).as("raised").isNegative();
        Text root = run("√(x + 1)");
        javafx.scene.text.TextFlow flow = (javafx.scene.text.TextFlow) root.getParent();
        assertThat(flow.getTextAlignment()).isEqualTo(javafx.scene.text.TextAlignment.CENTER);
        assertThat(robot.lookup(".paragraph-text .text").queryAllAs(Text.class))
                .noneMatch(t -> t.getText().contains("sqrt"));
    }
}
