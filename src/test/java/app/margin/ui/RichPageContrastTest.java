package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.ui.reader.ReadingArea;
import app.margin.ui.reader.ReadingSettings;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.controlsfx.control.PopOver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every theme reaches every element of the rich page: links, code, note references, list markers, quotes, table
 * header and rows, captions, notes, a picture's placeholder, and the footnote popover reach WCAG AA.
 */
class RichPageContrastTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path pages;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    @Test
    void everyElementOfARichPageReachesAaInEveryTheme() throws Exception {
        Path page = Files.writeString(pages.resolve("rich.epub.html"), "<html><head><title>Rich</title></head><body>"
                + "<p>Text with <a href='https://zlib.net/'>a link</a>, <code>code()</code>, <em>emphasis</em>, "
                + "<strong>strong</strong>, a note<a epub:type='noteref' href='#n1'>1</a>, <sub>sub</sub>.</p>"
                + "<ul><li>An item</li><li>Another</li></ul><ol><li>First</li></ol>"
                + "<blockquote><p>A quoted passage.</p></blockquote>"
                + "<table><thead><tr><th>Name</th><th>Size</th></tr></thead><tbody><tr><td>zlib</td><td>1 MB</td>"
                + "</tr></tbody></table><dl><dt>Term</dt><dd>Meaning</dd></dl>"
                + "<figure><img src='missing.png' alt='A missing picture' width='200' height='100'>"
                + "<figcaption>Figure 1. Its caption.</figcaption></figure><hr><p>After the break.</p>"
                + "<aside epub:type='footnote' id='n1'><p>The note's own text.</p>"
                + "<p>Its second paragraph: <em>emphasis</em>, <code>code()</code>.</p></aside></body></html>");
        MainView v = margin.start(dataDir, "--article", page.toString());
        ReadingArea area = v.readerView().area();
        List<String> problems = new ArrayList<>();
        for (ReadingSettings.Theme theme : ReadingSettings.Theme.values()) {
            robot.interact(() -> v.viewModel().settings().themeProperty().set(theme));
            robot.interact(() -> area.showParagraphAtTop(0));
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(300); // the missing picture's placeholder says why
            WaitForAsyncUtils.waitForFxEvents();
            Color fill = (Color) v.getScene().getFill();
            problems.addAll(WaitForAsyncUtils.asyncFx(() -> Contrast.problems(theme.label(), "rich page", area,
                    fill == null ? Color.WHITE : fill)).get(5, TimeUnit.SECONDS));

            Set<Window> before = Set.copyOf(Window.getWindows());
            robot.interact(() -> {
                var layout = v.viewModel().reader().getLayout();
                for (int b = 0; b < layout.blocks().size(); b++) {
                    var span = v.viewModel().reader().links().linkAt(b, layout.blocks().get(b).text().indexOf("1,"));
                    if (span != null) {
                        v.viewModel().reader().links().follow(b, layout.blocks().get(b).text().indexOf("1,"), span);
                        return;
                    }
                }
            });
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream().anyMatch(w ->
                    !before.contains(w) && w instanceof PopOver p && p.isShowing() && p.getSkin() != null
                            && p.getSkin().getNode().getOpacity() == 1));
            for (Window w : List.copyOf(Window.getWindows())) {
                if (!before.contains(w) && w instanceof PopOver p) {
                    problems.addAll(WaitForAsyncUtils.asyncFx(() -> Contrast.problems(theme.label(), "note popover",
                            p.getScene().getRoot(), Color.TRANSPARENT)).get(5, TimeUnit.SECONDS));
                }
            }
            robot.interact(() -> v.viewModel().reader().links().closeNote());
        }
        // The gutter's ✎ is an icon, not text: WCAG asks 3:1 of it (non-text contrast), which every theme gives.
        assertThat(problems.stream().filter(p -> !p.contains("section-note-button")).toList()).isEmpty();
        assertThat(problems).allSatisfy(p -> assertThat(Double.parseDouble(
                p.replaceAll(".*contrast ([0-9.]+):1.*", "$1"))).isGreaterThanOrEqualTo(3.0));
    }
}
