package app.margin.ui;

import static app.margin.article.pdf.PdfMaker.HEIGHT;
import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PdfMaker;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A table under its caption, as papers set them: the page shows the caption first and the table's picture after. */
class PdfCaptionAboveFlowTest {
    static final String TEXT = "Reading a paper on a laptop screen is slow when the page is set for print, and the"
            + " reader pans from column to column to follow the argument of the authors.";
    static final String CAPTION = "Table 1: Two boxes, one inside the other.";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    @Test
    void theTablesPictureIsDrawnBelowItsCaption() throws Exception {
        Path file = files.resolve("table.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.paragraph(72, 100, 451, TIMES, 10, 12, 0, TEXT);
            page.line(150, 186, TIMES, 9, CAPTION);
            page.out.setNonStrokingColor(0.6f, 0.6f, 0.6f);
            page.out.addRect(150, HEIGHT - 320, 200, 120);
            page.out.fill();
            page.paragraph(72, 350, 451, TIMES, 10, 12, 0, TEXT);
            pdf.save(file);
        }
        MainView v = margin.start(dataDir, "--article", file.toString());
        ReadingArea area = v.readerView().area();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.from(area).lookup(".picture-frame").queryAll()
                .isEmpty());
        int block = v.viewModel().reader().getLayout().blocks().stream().map(b -> b.text()).toList().indexOf(CAPTION);
        assertThat(block).isPositive();

        Bounds[] at = WaitForAsyncUtils.asyncFx(() -> {
            Node frame = area.lookupAll(".picture-frame").iterator().next();
            Bounds caption = area.getCharacterBoundsOnScreen(area.getAbsolutePosition(block, 0),
                    area.getAbsolutePosition(block, CAPTION.length())).orElseThrow();
            Bounds next = area.getCharacterBoundsOnScreen(area.getAbsolutePosition(block + 1, 0),
                    area.getAbsolutePosition(block + 1, 4)).orElseThrow();
            return new Bounds[] {caption, frame.localToScreen(frame.getBoundsInLocal()), next};
        }).get(5, TimeUnit.SECONDS);
        assertThat(at[1].getMinY()).as("the picture starts below the caption").isGreaterThan(at[0].getMaxY());
        assertThat(at[1].getHeight()).as("the table's height at 96 dpi").isGreaterThan(150);
        assertThat(at[2].getMinY()).as("the next paragraph follows the picture").isGreaterThan(at[1].getMaxY());
    }
}
