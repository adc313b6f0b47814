package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ArticleLayout;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A manual in several pages, as Sphinx writes Debian Policy: a click on "See also: other chapter" opens that page as
 * File → Open would (the library keeps it), at the section the link names; Alt+Left goes back to the first page.
 */
class FileLinksFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path manual;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private static String filler(String page) {
        return filler(page, 40);
    }

    private static String filler(String page, int count) {
        StringBuilder filler = new StringBuilder();
        for (int i = 0; i < count; i++) {
            filler.append("<p>").append(page).append(" filler paragraph ").append(i).append(" keeps what follows ")
                    .append("below the first screen.</p>");
        }
        return filler.toString();
    }

    private Path manual() throws Exception {
        Files.writeString(manual.resolve("ch-docs.html"), "<html><head><title>Documentation</title></head><body>"
                + "<h1>Documentation</h1>" + filler("Docs") + "<span id='s-changelogs'></span><section id='changelogs'>"
                + "<h2>4.4. Changelogs</h2><p>Packages that are not Debian-native must contain a changelog.</p>"
                + "</section></body></html>");
        return Files.writeString(manual.resolve("ch-source.html"), "<html><head><title>Source packages</title></head>"
                + "<body><h1>Source packages</h1>" + filler("Early", 6)
                + "<p>See also: <a href='ch-docs.html#s-changelogs'>the changelog "
                + "section</a> of the documentation chapter.</p>" + filler("Source") + "</body></html>");
    }

    private static Bounds boundsOf(ReadingArea area, int block, int from, int to) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            int start = area.getAbsolutePosition(block, from);
            return area.getCharacterBoundsOnScreen(start, area.getAbsolutePosition(block, to)).orElseThrow();
        }).get(5, TimeUnit.SECONDS);
    }

    private static String title(MainView v) {
        ArticleLayout layout = v.viewModel().reader().getLayout();
        return layout == null ? "" : layout.article().title();
    }

    @Test
    void clickingALinkToAnotherPageOpensItAtItsSectionAndAltLeftComesBack() throws Exception {
        MainView v = margin.start(dataDir, "--article", manual().toString());
        ReadingArea area = v.readerView().area();
        ArticleLayout source = v.viewModel().reader().getLayout();
        int see = RunningMargin.blockStarting(source, "See also");
        int link = source.blocks().get(see).text().indexOf("the changelog");
        robot.interact(() -> { // the reader has read on: the paragraph before the link is at the top
            area.showParagraphAtTop(see - 1);
            area.layout();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.viewModel().reader().topBlockProperty().get()
                == see - 1);

        Bounds b = boundsOf(area, see, link + 2, link + 6);
        robot.moveTo(b.getCenterX(), b.getCenterY());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.viewModel().reader().links().hoveredProperty().get()).as("the status bar says where it goes")
                .isEqualTo("Opens ch-docs.html#s-changelogs");
        robot.clickOn(b.getCenterX(), b.getCenterY());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title(v).equals("Documentation"));
        ArticleLayout docs = v.viewModel().reader().getLayout();
        int changelog = RunningMargin.blockStarting(docs, "Packages that are not Debian-native");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.viewModel().reader().topBlockProperty().get()
                >= changelog - 3);
        assertThat(v.viewModel().reader().links().canGoBackProperty().get()).isTrue();
        String id = docs.article().id();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.isRegularFile(dataDir.resolve("library")
                .resolve(id + ".json")));

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title(v).equals("Source packages"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.viewModel().reader().topBlockProperty().get()
                == see - 1);
        assertThat(v.viewModel().reader().links().canGoBackProperty().get()).isFalse();
    }

    @Test
    void aLinkToAFileThatIsNotThereSaysSoAndOpensNothing() throws Exception {
        Path page = Files.writeString(manual.resolve("notes.html"), "<html><head><title>Notes</title></head><body>"
                + "<h1>Notes</h1><p>Read <a href='missing.html'>the missing page</a> next.</p>" + filler("Notes")
                + "</body></html>");
        MainView v = margin.start(dataDir, "--article", page.toString());
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int read = RunningMargin.blockStarting(layout, "Read");
        int link = layout.blocks().get(read).text().indexOf("the missing");

        Bounds b = boundsOf(v.readerView().area(), read, link + 2, link + 6);
        robot.clickOn(b.getCenterX(), b.getCenterY());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> v.viewModel().noticeProperty().get() != null);
        assertThat(v.viewModel().noticeProperty().get().text()).contains("missing.html").contains("no such file");
        assertThat(title(v)).isEqualTo("Notes");
    }
}
