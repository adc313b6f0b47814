package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PdfMaker;
import app.margin.model.ArticleLayout;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A PDF's footnote mark, clicked in the reflowed text, opens the footnote beside it, as an EPUB's does. */
class PdfFootnoteFlowTest {
    static final String CLAIM = "The claim that needs a source";
    static final String NOTE = "The note says where the claim comes from.";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    /** A page with a raised "1" after {@link #CLAIM} and the footnote "1 NOTE" under a rule at its foot. */
    private Path paper() {
        Path file = files.resolve("paper.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            float y = page.paragraph(72, 100, 451, PdfMaker.TIMES, 12, 15, 0, "A reflowing reader sets the words of"
                    + " a paper in one column at the size the reader chose, whatever the page's own columns were.");
            float w = PdfMaker.TIMES.getStringWidth(CLAIM) / 1000f * 12;
            page.line(72, y + 15, PdfMaker.TIMES, 12, CLAIM);
            page.line(72 + w, y + 11, PdfMaker.TIMES, 8, "1");
            page.line(72 + w + 6, y + 15, PdfMaker.TIMES, 12, "is made here, and the page says where it comes from.");
            page.out.setLineWidth(0.4f);
            page.out.moveTo(72, PdfMaker.HEIGHT - 700);
            page.out.lineTo(192, PdfMaker.HEIGHT - 700);
            page.out.stroke();
            page.line(72, 709, PdfMaker.TIMES, 6, "1");
            page.line(76, 712, PdfMaker.TIMES, 9, NOTE.substring(0));
            pdf.save(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }


    @Test
    void aFootnoteMarkOpensItsNoteBesideIt() throws Exception {
        MainView v = margin.start(dataDir, "--article", paper().toString());
        ReadingArea area = v.readerView().area();
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int block = RunningMargin.blockStarting(layout, CLAIM);
        int mark = CLAIM.length();
        assertThat(layout.blocks().get(block).text().substring(mark, mark + 1)).isEqualTo("1");

        Bounds b = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(
                area.getAbsolutePosition(block, mark), area.getAbsolutePosition(block, mark + 1)).orElseThrow())
                .get(5, TimeUnit.SECONDS);
        robot.clickOn(b.getCenterX(), b.getCenterY());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".note-popover").tryQuery().isPresent());

        TextFlow note = robot.lookup(".note-popover .note-text").queryAs(TextFlow.class);
        assertThat(note.getChildren()).extracting(n -> ((Text) n).getText()).containsExactly("1 " + NOTE);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Shots.save(v.getScene(), "pdf-footnote-popover"));
        robot.clickOn("Go to Note");
        int noteBlock = RunningMargin.blockStarting(layout, "1 " + NOTE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> v.viewModel().reader().topBlockProperty().get() >= noteBlock - 3);
    }
}
