package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.margin.ui.reader.ReadingArea;
import app.margin.ui.reader.ReadingSettings;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Found by a new user in Node.js's url.md: its diagram of a URL's parts, drawn with box-drawing characters 98 columns
 * wide, wrapped in the page's column and could not be read. A code block wider than its column is set smaller, just
 * enough for its longest line, down to a floor; past the floor it wraps.
 */
class CodeFitFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path pages;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    /** The reader's code size, in ems of the text size (margin.css, {@code .code-block .text}). */
    private static final double CODE_EMS = 0.88;
    /** The least a code block is set at to fit, as a share of the code size (CodeFit.FLOOR). */
    private static final double FLOOR = 0.55;

    /** A diagram like Node's: boxes around a URL's parts, 98 columns, box-drawing characters and ASCII. */
    private static String diagram() {
        String rule = "─".repeat(96);
        return String.join("\n",
                "┌" + rule + "┐",
                "│" + centred("href", 96) + "│",
                "├──────────┬──┬─────────────────────┬────────────────────────┬───────────────────────────┬───────┤",
                "│ protocol │  │        auth         │          host          │           path            │ hash  │",
                "│          │  │                     ├─────────────────┬──────┼──────────┬────────────────┤       │",
                "│          │  │                     │    hostname     │ port │ pathname │     search     │       │",
                "\"  https:   //    user   :   pass   @ sub.example.com : 8080   /p/a/t/h  ?  query=string   #hash \"",
                "│   origin    │                     │         origin         │ pathname │     search     │ hash  │",
                "├─────────────┴─────────────────────┴────────────────────────┴──────────┴────────────────┴───────┤",
                "│" + centred("href", 96) + "│",
                "└" + rule + "┘",
                "(Spaces in the \"\" line are for the layout only.)");
    }

    private static String centred(String word, int width) {
        int left = (width - word.length()) / 2;
        return " ".repeat(left) + word + " ".repeat(width - left - word.length());
    }

    private Path page() throws Exception {
        StringBuilder md = new StringBuilder("# URL\n\nThe parts of a URL, as both APIs name them:\n\n```text\n")
                .append(diagram()).append("\n```\n\nA short listing:\n\n```\nrun --fast\n```\n\nA long line:\n\n```\n")
                .append("call(").append("argument, ".repeat(40)).append("last);\nshort\n```\n\n");
        for (int i = 0; i < 40; i++) {
            md.append("Filler paragraph ").append(i).append(" gives the page somewhere to scroll to.\n\n");
        }
        return Files.writeString(pages.resolve("url.md"), md.toString());
    }

    private static TextFlow codeFlow(ReadingArea area, String start) {
        return area.lookupAll(".paragraph-text.code-block").stream().map(TextFlow.class::cast)
                .filter(f -> firstText(f) != null && firstText(f).getText().startsWith(start))
                .findFirst().orElseThrow();
    }

    /** A flow's first run (the selection and the caret are children of the flow too). */
    private static Text firstText(TextFlow flow) {
        return flow.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).findFirst()
                .orElse(null);
    }

    private static double fontOf(TextFlow flow) {
        return firstText(flow).getFont().getSize();
    }

    /** The text's widest line set in the monospaced face at {@code size} pixels. */
    private static double widestAt(String text, double size) {
        double widest = 0;
        for (String line : text.split("\n")) {
            Text probe = new Text(line);
            probe.setFont(Font.font("Monospaced", size));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private static double textWidth(TextFlow flow) {
        return flow.getWidth() - flow.snappedLeftInset() - flow.snappedRightInset();
    }

    private void showAtTop(ReadingArea area, int block) throws Exception {
        robot.interact(() -> area.showParagraphAtTop(block));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            area.showParagraphAtTop(block); // a re-wrap keeps the line that was at the top: once it has
            return area.firstVisibleParToAllParIndex() == block;
        }).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDiagramWiderThanTheColumnIsSetSmallerSoEachOfItsLinesIsOneLine() throws Exception {
        MainView v = margin.start(dataDir, "--article", page().toString());
        margin.resize(v, 1400);
        ReadingArea area = v.readerView().area();
        int block = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "┌");
        showAtTop(area, block);
        double size = v.viewModel().settings().fontSizeProperty().get();
        int lines = diagram().split("\n").length;

        double[] seen = WaitForAsyncUtils.asyncFx(() -> {
            TextFlow flow = codeFlow(area, "┌");
            return new double[] {fontOf(flow), textWidth(flow), area.getParagraphLinesCount(block),
                    widestAt(diagram(), CODE_EMS * size)};
        }).get(5, TimeUnit.SECONDS);
        assertThat(seen[3]).as("at the code size the diagram is wider than the column").isGreaterThan(seen[1] * 1.4);
        assertThat(seen[2]).as("each of its lines on one line").isEqualTo(lines);
        assertThat(seen[0]).as("smaller than code, not below the floor").isLessThan(CODE_EMS * size * 0.7)
                .isGreaterThanOrEqualTo(CODE_EMS * size * FLOOR - 0.1);
        double[] around = WaitForAsyncUtils.asyncFx(() -> new double[] {widestAt(diagram(), seen[0]),
                widestAt(diagram(), seen[0] + 0.2)}).get(5, TimeUnit.SECONDS);
        assertThat(around[0]).as("it fits").isLessThanOrEqualTo(seen[1]);
        assertThat(around[1]).as("just enough: two tenths of a pixel more would not fit").isGreaterThan(seen[1]);

        // A short listing keeps the code size; a line too long even at the floor wraps at the floor.
        int longBlock = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "call(");
        showAtTop(area, longBlock - 2);
        double[] others = WaitForAsyncUtils.asyncFx(() -> new double[] {fontOf(codeFlow(area, "run --fast")),
                fontOf(codeFlow(area, "call(")), area.getParagraphLinesCount(longBlock)}).get(5, TimeUnit.SECONDS);
        assertThat(others[0]).isCloseTo(CODE_EMS * size, within(0.11));
        assertThat(others[1]).isCloseTo(CODE_EMS * size * FLOOR, within(0.11));
        assertThat(others[2]).as("the long line wraps; 'short' is a line of its own").isGreaterThan(2);
    }

    @Test
    void theDiagramIsFittedAgainWhenTheColumnOrTheTextSizeChanges() throws Exception {
        MainView v = margin.start(dataDir, "--article", page().toString());
        margin.resize(v, 1400);
        ReadingArea area = v.readerView().area();
        int block = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "┌");
        int lines = diagram().split("\n").length;
        showAtTop(area, block);
        double medium = WaitForAsyncUtils.asyncFx(() -> fontOf(codeFlow(area, "┌"))).get(5, TimeUnit.SECONDS);

        robot.interact(() -> v.viewModel().settings().columnProperty().set(ReadingSettings.Column.WIDE));
        showAtTop(area, block);
        double[] wide = WaitForAsyncUtils.asyncFx(() -> new double[] {fontOf(codeFlow(area, "┌")),
                area.getParagraphLinesCount(block)}).get(5, TimeUnit.SECONDS);
        assertThat(wide[0]).as("a wider column: larger").isGreaterThan(medium * 1.15);
        assertThat(wide[1]).isEqualTo(lines);

        double size = v.viewModel().settings().fontSizeProperty().get();
        robot.interact(() -> v.viewModel().settings().fontSizeProperty().set(size + 4));
        showAtTop(area, block);
        double[] larger = WaitForAsyncUtils.asyncFx(() -> new double[] {fontOf(codeFlow(area, "┌")),
                area.getParagraphLinesCount(block)}).get(5, TimeUnit.SECONDS);
        assertThat(larger[0]).as("a larger text size: larger, as the column is in ems").isGreaterThan(wide[0]);
        assertThat(larger[1]).isEqualTo(lines);
    }

    @Test
    void aLineInsideTheFittedDiagramIsTheTopLineAfterAJumpToIt() throws Exception {
        MainView v = margin.start(dataDir, "--article", page().toString());
        margin.resize(v, 1400);
        ReadingArea area = v.readerView().area();
        int block = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "┌");
        String text = diagram();
        int sixth = 0;
        for (int i = 0; i < 6; i++) {
            sixth = text.indexOf('\n', sixth) + 1;
        }
        int offset = sixth;

        robot.interact(() -> v.viewModel().reader().jumpToLine(block, offset));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(v.viewModel().reader().topBlockProperty().get()).isEqualTo(block);
        assertThat(v.viewModel().reader().topOffsetProperty().get()).as("the sixth line's start").isEqualTo(offset);
        double[] y = WaitForAsyncUtils.asyncFx(() -> {
            int at = area.getAbsolutePosition(block, offset);
            return new double[] {area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow().getMinY(),
                    area.localToScreen(area.getLayoutBounds()).getMinY()};
        }).get(5, TimeUnit.SECONDS);
        assertThat(y[0] - y[1]).as("at the top of the pane").isBetween(0.0, 40.0);
    }
}
