package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PdfMaker;
import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A PDF read reflowed, its page in the status bar, and its original page one key away with the highlight on it. */
class PdfPageFlowTest {
    static final String[] PAGES = {
        "The first page opens the paper. A reflowing reader sets the same words in one column at the size the"
                + " reader chose, whatever the page's own columns were.",
        "The second page holds the claim worth checking against the printed page. Its words are highlighted in the"
                + " reflowed text and should be marked where the page prints them.",
        "The third page closes the paper with a sentence of its own, so that paging onwards has somewhere to go."};

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private Path paper() {
        Path file = files.resolve("paper.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            for (String text : PAGES) {
                pdf.page().paragraph(72, 100, 451, PdfMaker.TIMES, 12, 15, 0, text);
            }
            pdf.save(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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

    /** The page's point in the middle of the view, as a fraction of the page's height. */
    private static double middleOfView(javafx.scene.control.ScrollPane scroll) {
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        return (scroll.getVvalue() * (content - view) + view / 2) / content;
    }

    private ImageView pageImage(Stage stage) {
        return robot.from(stage.getScene().getRoot()).lookup(".original-page-image").queryAs(ImageView.class);
    }

    @Test
    void theOriginalPageShowsThePageBeingReadWithItsHighlight() throws Exception {
        MainView v = margin.start(dataDir, "--article", paper().toString());
        var vm = v.viewModel();
        ArticleLayout layout = vm.reader().getLayout();
        int second = RunningMargin.blockStarting(layout, "The second page");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.annotations().loadedProperty().get());
        robot.interact(() -> {
            vm.reader().jumpToLine(second, 0);
            // "second page holds the claim worth"
            vm.annotations().addHighlight(second, 4, 37, HighlightColor.YELLOW).orElseThrow();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.statusProgressProperty().get().startsWith("p. 2 "));
        robot.interact(() -> Shots.save(v.getScene(), "pdf-reflowed-light"));
        int reading = vm.reader().readingBlockProperty().get();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> originalPage() != null
                && pageImage(originalPage()).getImage() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = originalPage();
        ImageView page = pageImage(stage);

        assertThat(page.getImage().getWidth()).isEqualTo((int) (PdfMaker.WIDTH * 96 / 72));
        assertThat(page.getImage().getHeight()).isEqualTo((int) (PdfMaker.HEIGHT * 96 / 72));
        assertThat(((javafx.scene.control.Label) robot.from(stage.getScene().getRoot())
                .lookup(".original-page-status").query()).getText()).startsWith("Page 2 (2 of 3)");
        var marks = robot.from(stage.getScene().getRoot()).lookup(".original-page-mark").queryAll();
        assertThat(marks).hasSize(1);
        javafx.scene.shape.Rectangle mark = (javafx.scene.shape.Rectangle) marks.iterator().next();
        assertThat(mark.getY()).as("on the paragraph's first line, 100 pt down").isBetween(110.0, 135.0);
        robot.interact(() -> Shots.save(stage.getScene(), "pdf-original-light"));

        // + zooms: the page drawn again larger, its highlight where its words are; 0 back to the printed size.
        double width = page.getFitWidth();
        double markY = mark.getY();
        javafx.scene.control.ScrollPane scroll = robot.from(stage.getScene().getRoot()).lookup(".scroll-pane")
                .queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(0.5));
        double middle = middleOfView(scroll);
        robot.press(KeyCode.ADD).release(KeyCode.ADD);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> page.getImage().getWidth() > PdfMaker.WIDTH * 96 / 72 * 1.2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(middleOfView(scroll)).as("the middle of the view stays the middle").isCloseTo(middle,
                org.assertj.core.api.Assertions.within(0.02));
        assertThat(page.getFitWidth()).isCloseTo(width * 1.25, org.assertj.core.api.Assertions.within(1.0));
        javafx.scene.shape.Rectangle zoomed = (javafx.scene.shape.Rectangle) robot.from(stage.getScene().getRoot())
                .lookup(".original-page-mark").query();
        assertThat(zoomed.getY()).isCloseTo(markY * 1.25, org.assertj.core.api.Assertions.within(2.0));
        robot.press(KeyCode.DIGIT0).release(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> page.getImage().getWidth() == (int) (PdfMaker.WIDTH * 96 / 72));

        javafx.scene.image.Image shown = page.getImage();
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.getImage() != shown);
        assertThat(((javafx.scene.control.Label) robot.from(stage.getScene().getRoot())
                .lookup(".original-page-status").query()).getText()).startsWith("Page 3 (3 of 3)");
        assertThat(robot.from(stage.getScene().getRoot()).lookup(".original-page-mark").queryAll()).isEmpty();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(vm.reader().readingBlockProperty().get()).as("the reading pane stayed").isEqualTo(reading);

        // The panel's card cites the page, as the study sheet does.
        margin.resize(v, 1400);
        robot.interact(() -> v.setPanelShown(true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".item-kind").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Label) n).getText().equals("Highlight · p. 2")));
        robot.interact(() -> Shots.save(v.getScene(), "pdf-note-page-light"));
    }

    @Test
    void aScannedPdfShowsItsPagesAsPicturesAndSaysWhy() throws Exception {
        Path file = files.resolve("scan.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            for (int i = 0; i < 2; i++) {
                PdfMaker.Page page = pdf.page();
                page.out.addRect(72, 500, 300, 200);
                page.out.fill();
            }
            pdf.save(file);
        }
        MainView v = margin.start(dataDir, "--article", file.toString());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.from(v.readerView())
                .lookup(".picture-frame").queryAll().stream()
                .anyMatch(f -> f instanceof javafx.scene.layout.Pane p && !p.getChildren().isEmpty()
                        && p.getChildren().get(0) instanceof ImageView iv && iv.getImage() != null));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.viewModel().noticeProperty().get() != null);

        assertThat(v.viewModel().noticeProperty().get().text()).contains("This PDF has no text layer");
        assertThat(v.viewModel().statusProgressProperty().get()).startsWith("p. 1 ");
        robot.interact(() -> Shots.save(v.getScene(), "pdf-scanned-light"));
    }
}
