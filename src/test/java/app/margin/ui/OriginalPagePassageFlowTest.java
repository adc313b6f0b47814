package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PdfMaker;
import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The original page opens at the passage the reader was at, not at the page's top: on a page taller than the window,
 * a paragraph low on it is in view when the window opens, near its top, with a light band behind its line.
 */
class OriginalPagePassageFlowTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    /** Where each paragraph of page 2 starts: its first baseline, in points from the page's top. */
    private final List<Float> baselines = new ArrayList<>();

    private Path paper() throws Exception {
        Path file = files.resolve("long-page.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().paragraph(72, 100, 451, PdfMaker.TIMES, 12, 15, 0, "The first page opens the paper with a"
                    + " sentence of its own, so that the second page is not the first one shown.");
            PdfMaker.Page second = pdf.page();
            String[] counts = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
            for (int i = 0; i < counts.length; i++) {
                // Two lines each, 65 points apart: the eighth starts 545 points down, below a window's first screen.
                baselines.add(90f + 65 * i);
                second.paragraph(72, baselines.get(i), 451, PdfMaker.TIMES, 12, 15, 0, "Paragraph " + counts[i]
                        + " of the second page fills the page with lines, so that the page is taller than the window"
                        + " that shows it and the reader would have to look for the place they were reading.");
            }
            pdf.page().paragraph(72, 100, 451, PdfMaker.TIMES, 12, 15, 0, "The third page closes the paper.");
            pdf.save(file);
        }
        return file;
    }

    private Stage originalPage() {
        for (Window w : robot.listWindows()) {
            if (w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Original Page")) {
                return s;
            }
        }
        return null;
    }

    @Test
    void theOriginalPageOpensWithThePassageBeingReadInViewNearTheTop() throws Exception {
        Path file = paper();
        MainView v = margin.start(dataDir, "--article", file.toString());
        var vm = v.viewModel();
        int eighth = RunningMargin.blockStarting(vm.reader().getLayout(), "Paragraph eight");
        robot.interact(() -> vm.reader().jumpToLine(eighth, 0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.reader().readingBlockProperty().get() == eighth
                && vm.statusProgressProperty().get().startsWith("p. 2 "));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> originalPage() != null && robot
                .from(originalPage().getScene().getRoot()).lookup(".original-page-image").queryAs(ImageView.class)
                .getImage() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = originalPage();
        ImageView page = robot.from(stage.getScene().getRoot()).lookup(".original-page-image").queryAs(ImageView.class);
        ScrollPane scroll = robot.from(stage.getScene().getRoot()).lookup(".scroll-pane").queryAs(ScrollPane.class);

        // The eighth paragraph's first line, in the page as shown: its baseline, in pixels of the view.
        double k = page.getFitWidth() / (PdfMaker.WIDTH * 96 / 72);
        double line = baselines.get(7) * 96 / 72 * k;
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        assertThat(content).as("the page is taller than the window").isGreaterThan(view * 1.2);
        assertThat(line).as("the line is below the first screen of the page").isGreaterThan(view);
        double top = scroll.getVvalue() * (content - view);
        assertThat(line - top).as("the passage's line is in view, in its upper half (view %.0f px)", view)
                .isBetween(view * 0.1, view * 0.5);

        var bands = robot.from(stage.getScene().getRoot()).lookup(".original-page-passage").queryAll();
        assertThat(bands).as("a band behind the passage's line").isNotEmpty();
        javafx.scene.shape.Rectangle band = (javafx.scene.shape.Rectangle) bands.iterator().next();
        assertThat(band.getY()).isBetween(line - 16 * k * 96 / 72, line);
        assertThat(band.getY() + band.getHeight()).isGreaterThan(line);
        javafx.scene.paint.Color tint = (javafx.scene.paint.Color) band.getFill();
        assertThat(tint).as("the stylesheet's tint").isNotEqualTo(javafx.scene.paint.Color.TRANSPARENT)
                .isNotEqualTo(javafx.scene.paint.Color.WHITE);
        assertThat(Contrast.ratio(javafx.scene.paint.Color.BLACK, tint)).as("print stays readable on it")
                .isGreaterThan(15);
        robot.interact(() -> Shots.save(stage.getScene(), "pdf-original-passage-light"));

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(vm.reader().readingBlockProperty().get()).as("back at the same place").isEqualTo(eighth);
    }

    @Test
    void aSelectionInViewIsThePassageRatherThanTheTopLine() throws Exception {
        Path file = paper();
        MainView v = margin.start(dataDir, "--article", file.toString());
        var vm = v.viewModel();
        int sixth = RunningMargin.blockStarting(vm.reader().getLayout(), "Paragraph six");
        int seventh = RunningMargin.blockStarting(vm.reader().getLayout(), "Paragraph seven");
        robot.interact(() -> vm.reader().jumpToLine(sixth, 0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.reader().readingBlockProperty().get() == sixth);
        String words = "seven of the second page";
        int at = vm.reader().getLayout().blocks().get(seventh).text().indexOf(words);
        robot.interact(() -> v.readerView().select(seventh, at, at + words.length()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.reader().readingBlockProperty().get()).as("the top line stays in the sixth").isEqualTo(sixth);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> originalPage() != null && !robot
                .from(originalPage().getScene().getRoot()).lookup(".original-page-passage").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = originalPage();

        // The seventh paragraph's first line holds the words; the band lies on it, not on the sixth's first line.
        javafx.scene.shape.Rectangle band = robot.from(stage.getScene().getRoot()).lookup(".original-page-passage")
                .queryAs(javafx.scene.shape.Rectangle.class);
        ImageView page = robot.from(stage.getScene().getRoot()).lookup(".original-page-image").queryAs(ImageView.class);
        double k = page.getFitWidth() / (PdfMaker.WIDTH * 96 / 72);
        double line = baselines.get(6) * 96 / 72 * k;
        assertThat(band.getY()).isBetween(line - 16 * k * 96 / 72, line);
        assertThat(band.getX()).as("from the selected words, not from the line's start after \"Paragraph\"")
                .isGreaterThan((72 + 40) * 96 / 72.0 * k);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
    }
}
