package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.OutlineEntry;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A section with a note, a highlight and a bookmark keeps its outline row to one or two lines: the badges stay
 * compact at the right, the title ellipsises (its whole text in a tooltip), and a long identifier never breaks
 * mid-word.
 */
class OutlineRowFlowTest {

    static final String CPU = "process.cpuUsage([previousValue]) returns the user and system CPU time";
    static final String FLAGS = "process.allowedNodeEnvironmentFlags";
    static final String EXIT = "Exit codes, signals and what the process reports when it ends before its work is done";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    /** A Markdown page whose headings are long identifiers, as API documentation has. */
    static Path apiPage(Path folder) throws Exception {
        Path page = folder.resolve("process.md");
        Files.writeString(page, """
                # Process

                The process object provides information about, and control over, the current process.

                ## %s

                The method returns an object with user and system properties, in microseconds.

                ## %s

                A read-only Set of flags allowed within the NODE_OPTIONS environment variable.

                ## %s

                The process exits with code 0 when no more async operations are pending.
                """.formatted(CPU, FLAGS, EXIT));
        return page;
    }

    /** A note, a highlight and a bookmark in each section whose title is one of {@code titles}. */
    static void markSections(FxRobot robot, MainView v, String... titles) {
        ArticleLayout layout = v.viewModel().reader().getLayout();
        robot.interact(() -> {
            for (OutlineEntry entry : entries(layout.outline())) {
                if (!List.of(titles).contains(entry.title())) {
                    continue;
                }
                int block = layout.blockOf(entry.sectionId(), 0);
                v.viewModel().annotations().addHighlight(block, 0, 8, HighlightColor.YELLOW);
                Note note = v.viewModel().annotations().addSectionNote(entry.sectionId());
                v.viewModel().annotations().editNote(note.id(), "Check the units", List.of());
                v.viewModel().annotations().toggleBookmark(block);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<OutlineEntry> entries(List<OutlineEntry> top) {
        List<OutlineEntry> all = new java.util.ArrayList<>();
        for (OutlineEntry e : top) {
            all.add(e);
            all.addAll(entries(e.children()));
        }
        return all;
    }

    private TreeCell<?> cell(String title) {
        return (TreeCell<?>) robot.lookup(".outline .tree-cell")
                .match(n -> title.equals(((TreeCell<?>) n).getText())).query();
    }

    /** The height of one line of the outline's text. */
    private static double lineHeight(TreeCell<?> cell) {
        Text line = new Text("Process");
        line.setFont(cell.getFont());
        return line.getLayoutBounds().getHeight();
    }

    private static double rows(TreeCell<?> cell) {
        double insets = cell.snappedTopInset() + cell.snappedBottomInset();
        return (cell.getHeight() - insets) / lineHeight(cell);
    }

    @Test
    void aRowWithAllThreeBadgesKeepsToTwoLinesAndALongIdentifierToOne() throws Exception {
        MainView v = margin.start(dataDir, "--article", apiPage(files).toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> v.viewModel().reader().getLayout().article().title().equals("Process"));

        markSections(robot, v, CPU, FLAGS, EXIT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.from(cell(CPU)).lookup(".outline-badge")
                .queryAll().size() == 3 && robot.from(cell(FLAGS)).lookup(".outline-badge").queryAll().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();

        TreeCell<?> cpu = cell(CPU);
        TreeCell<?> flags = cell(FLAGS);
        assertThat(rows(cpu)).as("a long title with badges: at most two lines").isLessThanOrEqualTo(2.2);
        assertThat(rows(flags)).as("one identifier never breaks mid-word: one line").isLessThanOrEqualTo(1.2);
        assertThat(rows(cell(EXIT))).as("words wrap to two lines, then ellipsise").isBetween(1.8, 2.2);

        Node badges = robot.from(cpu).lookup(".outline-badges").query();
        Label title = robot.from(cpu).lookup(".outline-title").queryAs(Label.class);
        double right = cpu.localToScene(cpu.getLayoutBounds()).getMaxX();
        assertThat(badges.localToScene(badges.getLayoutBounds()).getMaxX()).as("badges at the row's right")
                .isGreaterThan(right - 24);
        assertThat(badges.getLayoutBounds().getWidth()).as("badges compact").isLessThan(cpu.getWidth() / 2);
        robot.interact(() -> Pointer.enter(title));
        assertThat(title.getTooltip().getText()).as("the whole title as its tooltip").isEqualTo(CPU);
    }

    @Test
    void everyRowIsAsTallAsTheLinesItsTitleShowsAtEveryLevel() throws Exception {
        StringBuilder md = new StringBuilder("# Lengths\n\nA page of headings of every length.\n\n");
        String words = "Writing classes and packages for the standard distribution of the system";
        int n = 0;
        for (int level = 2; level <= 4; level++) {
            for (int len = 12; len <= words.length(); len += 2) {
                md.append("#".repeat(level)).append(' ').append(n++).append(' ').append(words, 0, len).append("\n\n")
                        .append("Text.\n\n");
            }
        }
        Path page = Files.writeString(files.resolve("lengths.md"), md.toString());
        MainView v = margin.start(dataDir, "--article", page.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> v.viewModel().reader().getLayout().article().title().equals("Lengths"));
        robot.interact(() -> v.outlineView().requestFocus());
        int checked = 0;
        for (int step = 0; step < 12; step++) {
            WaitForAsyncUtils.waitForFxEvents();
            for (Node node : robot.lookup(".outline .tree-cell").queryAll()) {
                TreeCell<?> cell = (TreeCell<?>) node;
                Label title = (Label) cell.lookup(".outline-title");
                if (cell.isEmpty() || title == null || !cell.isVisible()) {
                    continue;
                }
                javafx.scene.layout.Region row = (javafx.scene.layout.Region) cell.getGraphic();
                double room = cell.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset()
                        - row.snappedTopInset() - row.snappedBottomInset();
                assertThat(room).as("the row of \"%s\" (title %.0f px wide)", title.getText(), title.getWidth())
                        .isCloseTo(title.getHeight(), org.assertj.core.data.Offset.offset(1.5));
                checked++;
            }
            robot.press(javafx.scene.input.KeyCode.PAGE_DOWN).release(javafx.scene.input.KeyCode.PAGE_DOWN);
        }
        assertThat(checked).isGreaterThan(60);
    }
}
