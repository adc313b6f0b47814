package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.LinkMaker;
import app.margin.article.pdf.PdfMaker;
import app.margin.model.ArticleLayout;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A PDF's own link, clicked in the reflowed text, goes where the PDF says; Alt+Left comes back. */
class PdfLinkFlowTest {
    static final String SEE = "The proof is given in the section on page twelve of this paper, after the lemma.";
    static final String PROOF = "The proof goes by induction on the length of the word, as the reader expects.";
    static final String FILLER = "A reflowing reader sets the words of a paper in one column at the size the reader"
            + " chose, whatever the page's own columns were, so that a note stays with its words.";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    /**
     * Page 1: {@link #SEE}, "section on page twelve" linked to {@link #PROOF} on page 12, and "this paper" to the
     * web; pages 2 to 12 filler.
     */
    private Path paper() {
        Path file = files.resolve("linked.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page first = pdf.page();
            first.line(72, 100, PdfMaker.TIMES, 12, SEE);
            PdfMaker.Page last = null;
            for (int i = 2; i <= 12; i++) {
                last = pdf.page();
                float y = 100;
                for (int k = 0; k < 6; k++) {
                    y = last.paragraph(72, y, 451, PdfMaker.TIMES, 12, 15, 0, FILLER) + 20;
                }
            }
            last.line(72, 600, PdfMaker.TIMES, 12, PROOF);
            LinkMaker.link(first, LinkMaker.over(72, 100, PdfMaker.TIMES, 12, SEE, "section on page twelve"),
                    LinkMaker.goTo(LinkMaker.at(pdf.document.getPage(11), 600)));
            PDActionURI web = new PDActionURI();
            web.setURI("https://example.org/paper");
            LinkMaker.link(first, LinkMaker.over(72, 100, PdfMaker.TIMES, 12, SEE, "this paper"), web);
            pdf.save(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Bounds boundsOf(ReadingArea area, int block, int from, int to) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(area.getAbsolutePosition(block, from),
                area.getAbsolutePosition(block, to)).orElseThrow()).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aPdfsLinkLandsOnTheParagraphItPointsAtAndAltLeftComesBack() throws Exception {
        MainView v = margin.start(dataDir, "--article", paper().toString());
        ReadingArea area = v.readerView().area();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            ArticleLayout l = v.viewModel().reader().getLayout();
            return l != null && l.blocks().stream().anyMatch(b -> b.text().equals(PROOF)); // the whole document
        });
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int see = RunningMargin.blockStarting(layout, "The proof is given");
        int proof = RunningMargin.blockStarting(layout, PROOF);
        int link = SEE.indexOf("section on page twelve");

        Bounds b = boundsOf(area, see, link + 2, link + 8);
        robot.moveTo(b.getCenterX(), b.getCenterY());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.viewModel().reader().links().hoveredProperty().get()).as("the status bar says where it goes")
                .startsWith("Go to:");
        robot.clickOn(b.getCenterX(), b.getCenterY());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> v.viewModel().reader().topBlockProperty().get() >= proof - 3);
        assertThat(v.viewModel().reader().topBlockProperty().get()).isLessThanOrEqualTo(proof);

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.viewModel().reader().topBlockProperty().get() <= see);

        int web = SEE.indexOf("this paper");
        Bounds w = boundsOf(area, see, web + 1, web + 4);
        robot.clickOn(w.getCenterX(), w.getCenterY());
        // A web address is only asked to be opened, the window saying where it goes first; nothing goes online.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(ask.getContentText()).startsWith("This link goes to https://example.org/paper");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }
}
