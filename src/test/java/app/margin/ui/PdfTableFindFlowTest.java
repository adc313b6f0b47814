package app.margin.ui;

import static app.margin.article.pdf.PdfMaker.HEIGHT;
import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PdfMaker;
import app.margin.ui.find.Hit;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Find on a word in a PDF table's cells goes to the table's picture, brings it into view and marks it. */
class PdfTableFindFlowTest {
    static final String TEXT = PdfCaptionAboveFlowTest.TEXT;
    static final String CAPTION = "Table 1: Times of the runs.";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    /** Two pages of text, then a page with a ruled table under its caption. */
    private Path document() throws Exception {
        Path file = files.resolve("runs.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            for (int p = 0; p < 2; p++) {
                PdfMaker.Page page = pdf.page();
                for (int i = 0; i < 12; i++) {
                    page.paragraph(72, 80 + i * 55, 451, TIMES, 10, 12, 0, TEXT);
                }
            }
            PdfMaker.Page page = pdf.page();
            page.paragraph(72, 100, 451, TIMES, 10, 12, 0, TEXT);
            page.line(180, 150, TIMES, 9, CAPTION);
            rule(page, 158, 0.8f);
            page.line(190, 172, TIMES, 9, "Run");
            page.line(300, 172, TIMES, 9, "Seconds");
            rule(page, 177, 0.5f);
            page.line(190, 190, TIMES, 9, "Run 11");
            page.line(300, 190, TIMES, 9, "12.5");
            page.line(190, 202, TIMES, 9, "Run 12");
            page.line(300, 202, TIMES, 9, "9.75");
            rule(page, 208, 0.8f);
            page.paragraph(72, 240, 451, TIMES, 10, 12, 0, TEXT);
            pdf.save(file);
        }
        return file;
    }

    private static void rule(PdfMaker.Page page, float top, float thick) throws Exception {
        page.out.addRect(180, HEIGHT - top - thick, 220, thick);
        page.out.fill();
    }

    @Test
    void findingACellGoesToTheTablesPictureAndMarksIt() throws Exception {
        MainView v = margin.start(dataDir, "--article", document().toString());
        ReadingArea area = v.readerView().area();
        int caption = v.viewModel().reader().getLayout().blocks().stream().map(b -> b.text()).toList()
                .indexOf(CAPTION);
        assertThat(caption).isPositive();

        robot.interact(area::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Run 11");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.find().viewModel().currentProperty().get() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !area.lookupAll(".picture-frame.picture-find-current").isEmpty());

        Hit hit = v.find().viewModel().currentProperty().get();
        assertThat(hit.blockIndex()).isEqualTo(caption);
        assertThat(hit.inPicture()).isTrue();
        assertThat(v.find().viewModel().countTextProperty().get()).isEqualTo("1 of 1 · in a picture");
        Object[] seen = WaitForAsyncUtils.asyncFx(() -> {
            Node frame = area.lookupAll(".picture-frame.picture-find-current").iterator().next();
            Bounds pane = area.localToScreen(area.getLayoutBounds());
            Bounds box = frame.localToScreen(frame.getBoundsInLocal());
            boolean shows = box.getMinY() >= pane.getMinY() - 8 && box.getMaxY() <= pane.getMaxY() + 8;
            Tooltip tip = (Tooltip) frame.getProperties().get("javafx.scene.control.Tooltip");
            return new Object[] {shows, frame.getAccessibleText(), tip == null ? "" : tip.getText(),
                    area.getSelectedText()};
        }).get(5, TimeUnit.SECONDS);
        assertThat(seen[0]).as("the table's picture is in the pane").isEqualTo(true);
        assertThat((String) seen[1]).contains("Run 11, 12.5");
        assertThat((String) seen[2]).contains("Run 11  ·  12.5");
        assertThat((String) seen[3]).as("no words of the caption selected for it").isEmpty();
    }
}
