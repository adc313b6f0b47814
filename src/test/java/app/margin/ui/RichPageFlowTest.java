package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ArticleLayout;
import app.margin.model.ParagraphForm;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.reader.ReadingSettings;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A page with links, a note reference, a list, a table and a figure, read and followed as a reader would. */
class RichPageFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path pages;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private Path page() throws Exception {
        StringBuilder filler = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            filler.append("<p>Filler paragraph ").append(i).append(" keeps the target below the first screen, so a")
                    .append(" jump to it moves the page.</p>");
        }
        Files.write(pages.resolve("fig.png"), TestPictures.png(320, 160));
        return Files.writeString(pages.resolve("rich.html"), "<html><head><title>Rich</title></head><body><article>"
                + "<h1>Rich</h1><p>Start with <a href='#far'>the far section</a> and a claim<a epub:type='noteref' "
                + "href='#n1'>1</a>; also <em>emphasis</em> and <code>code()</code>.</p>"
                + "<ul><li>An item</li></ul><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"
                + "<figure><img src='fig.png' alt='A wide picture' width='320' height='160'><figcaption>The figure."
                + "</figcaption></figure>" + filler
                + "<p id='far'>The far paragraph, where the link lands.</p>"
                + "<aside epub:type='footnote' id='n1'><p>The note says where the claim comes from.</p>"
                + "<p>Its second paragraph has <em>emphasis</em> and <code>code()</code>.</p></aside>"
                + "</article></body></html>");
    }

    /** The screen bounds of characters of a block's text. */
    private static Bounds boundsOf(ReadingArea area, int block, int from, int to) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            int start = area.getAbsolutePosition(block, from);
            return area.getCharacterBoundsOnScreen(start, area.getAbsolutePosition(block, to)).orElseThrow();
        }).get(5, TimeUnit.SECONDS);
    }


    @Test
    void anInternalLinkJumpsAndAltLeftComesBack() throws Exception {
        MainView v = margin.start(dataDir, "--article", page().toString());
        ReadingArea area = v.readerView().area();
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int start = RunningMargin.blockStarting(layout, "Start with");
        int far = RunningMargin.blockStarting(layout, "The far paragraph");
        String text = layout.blocks().get(start).text();
        int link = text.indexOf("the far section");

        Bounds b = boundsOf(area, start, link + 2, link + 6);
        robot.moveTo(b.getCenterX(), b.getCenterY());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.viewModel().reader().links().hoveredProperty().get()).as("the status bar says where it goes")
                .startsWith("Go to:");
        robot.clickOn(b.getCenterX(), b.getCenterY());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.viewModel().reader().topBlockProperty().get() >= far - 3);
        assertThat(area.getSelectedText()).isEmpty();
        assertThat(v.viewModel().reader().links().hoveredProperty().get())
                .as("the page moved under the still pointer: the link's target left the status bar").isEmpty();

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.viewModel().reader().topBlockProperty().get() <= start);
        assertThat(v.viewModel().reader().links().canGoBackProperty().get()).isFalse();
    }

    @Test
    void backPutsTheLineThatWasAtTheTopBackAtTheTop() throws Exception {
        String words = "The keeper climbed the stair at dusk, counted the steps and lit the lamp; the harbour lay "
                + "quiet below while the boats came in, one by one, under a sky the colour of slate. ";
        StringBuilder html = new StringBuilder("<html><head><title>Back</title></head><body><article><h1>Back</h1>");
        for (int i = 0; i < 6; i++) {
            html.append("<p>Long ").append(i).append(". ").append(words.repeat(4)).append("</p>");
        }
        html.append("<p>Read on in <a href='#far'>the far paragraph</a>.</p>");
        // Text enough below the link for its paragraph to come to the top in a window of any height: no room is
        // left below the last paragraph unless a jump asks for it.
        for (int i = 0; i < 90; i++) {
            html.append("<p>Filler ").append(i).append(". ").append(words).append("</p>");
        }
        html.append("<p id='far'>The far paragraph, where the link lands.</p></article></body></html>");
        Path page = Files.writeString(pages.resolve("back.html"), html.toString());
        MainView v = margin.start(dataDir, "--article", page.toString());
        ReadingArea area = v.readerView().area();
        var reader = v.viewModel().reader();
        int linkBlock = RunningMargin.blockStarting(reader.getLayout(), "Read on in");
        int far = RunningMargin.blockStarting(reader.getLayout(), "The far paragraph");
        // The reader scrolled to a line in the middle of the long paragraph before the link.
        robot.interact(() -> {
            area.showParagraphAtTop(linkBlock - 1);
            area.layout();
            area.scrollYBy(100);
            area.layout(); // the scroll is applied in the pane's layout, and the place reported after it
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> reader.topOffsetProperty().get() > 0);
        } catch (java.util.concurrent.TimeoutException e) {
            // said by the assertion below
        }
        int block = reader.topBlockProperty().get();
        int offset = reader.topOffsetProperty().get();
        assertThat(offset).as("a line inside its paragraph is at the top").isPositive();
        double lineTop = topOf(area, block, offset);

        String text = reader.getLayout().blocks().get(linkBlock).text();
        int link = text.indexOf("the far paragraph");
        Bounds b = boundsOf(area, linkBlock, link + 2, link + 6);
        robot.clickOn(b.getCenterX(), b.getCenterY());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> reader.topBlockProperty().get() >= far - 3);
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> reader.topBlockProperty().get() <= linkBlock);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(reader.topBlockProperty().get()).isEqualTo(block);
        assertThat(reader.topOffsetProperty().get()).as("the same line").isEqualTo(offset);
        assertThat(topOf(area, block, offset)).as("at the top, below the pane's 16 px margin, as it was at %.1f",
                lineTop).isCloseTo(16, org.assertj.core.data.Offset.offset(2.0));
    }

    /** How far below the pane's top the line holding {@code offset} of {@code block} starts. */
    private static double topOf(ReadingArea area, int block, int offset) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            int at = area.getAbsolutePosition(block, offset);
            return area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow().getMinY()
                    - area.localToScreen(area.getLayoutBounds()).getMinY();
        }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aSectionTitleShowsItsCodeAndEmphasisInItsHeadingWhileTheOutlineAndItsTextStayPlain() throws Exception {
        String words = "<p>The process object provides information about, and control over, the current Node.js "
                + "process, and this paragraph is long enough for the page to be read as an article.</p>";
        String title = "process.cpuUsage([previousValue]) and the old way";
        Path page = Files.writeString(pages.resolve("process.html"), "<html><head><title>Process</title></head>"
                + "<body><article><h1>Process</h1>" + words + "<h2><code>process.cpuUsage([previousValue])</code>"
                + " and the <em>old</em> way</h2>" + words + "</article></body></html>");
        MainView v = margin.start(dataDir, "--article", page.toString());
        ReadingArea area = v.readerView().area();
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int heading = RunningMargin.blockStarting(layout, "process.cpuUsage");

        assertThat(layout.blocks().get(heading).kind()).isEqualTo(app.margin.model.Block.Kind.HEADING);
        assertThat(layout.outline().get(1).title()).isEqualTo(title);
        String shown = WaitForAsyncUtils.asyncFx(() -> area.getText(heading)).get(5, TimeUnit.SECONDS);
        assertThat(shown).isEqualTo(title);
        var look = WaitForAsyncUtils.asyncFx(() -> area.getParagraph(heading).getParagraphStyle())
                .get(5, TimeUnit.SECONDS);
        assertThat(look.classes()).as("still set as a heading").contains("heading-1");
        assertThat(area.getStyleOfChar(heading, 3)).contains("code");
        assertThat(area.getStyleOfChar(heading, title.indexOf("old") + 1)).contains("em").doesNotContain("code");
        assertThat(area.getStyleOfChar(heading, title.indexOf(" and ") + 2)).doesNotContain("code", "em");

        javafx.scene.text.Text code = robot.lookup(".paragraph-text .text").queryAllAs(javafx.scene.text.Text.class)
                .stream().filter(t -> t.getText().equals("process.cpuUsage([previousValue])")).findFirst()
                .orElseThrow(() -> new AssertionError("the title's code is not a run of its own"));
        javafx.scene.text.Text plain = robot.lookup(".paragraph-text .text").queryAllAs(javafx.scene.text.Text.class)
                .stream().filter(t -> t.getText().equals(" and the ")).findFirst().orElseThrow();
        assertThat(code.getFont().getFamily()).containsIgnoringCase("mono");
        assertThat(code.getFont().getSize()).as("at the heading's size, a little smaller")
                .isLessThan(plain.getFont().getSize()).isGreaterThan(plain.getFont().getSize() * 0.8);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".outline .outline-title")
                .queryAllAs(Label.class).stream().anyMatch(l -> title.equals(l.getText())));
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Shots.save(v.getScene(), "section-title-code-light"));

        robot.interact(area::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("cpuUsage");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.find().viewModel().currentProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.find().viewModel().currentProperty().get().blockIndex()).as("find reads the plain title")
                .isEqualTo(heading);
        assertThat(area.getStyleOfChar(heading, title.indexOf("cpuUsage") + 1)).as("the hit is drawn over the code")
                .contains("find-current", "code");
    }

    @Test
    void aNoteReferenceOpensItsNoteBesideIt() throws Exception {
        MainView v = margin.start(dataDir, "--article", page().toString());
        ReadingArea area = v.readerView().area();
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int start = RunningMargin.blockStarting(layout, "Start with");
        int ref = layout.blocks().get(start).text().indexOf("1;");

        Bounds b = boundsOf(area, start, ref, ref + 1);
        robot.clickOn(b.getCenterX(), b.getCenterY());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".note-popover").tryQuery().isPresent());

        List<TextFlow> note = List.copyOf(robot.lookup(".note-popover .note-text").queryAllAs(TextFlow.class));
        assertThat(note).extracting(RichPageFlowTest::textOf).as("the whole note, each paragraph its own")
                .containsExactly("The note says where the claim comes from.",
                        "Its second paragraph has emphasis and code().");
        assertThat(note.get(1).getChildren()).filteredOn(n -> ((Text) n).getText().equals("emphasis"))
                .as("its marks kept").singleElement().satisfies(n -> assertThat(n.getStyleClass()).contains("em"));
        Text code = (Text) note.get(1).getChildren().stream().filter(n -> ((Text) n).getText().equals("code()"))
                .findFirst().orElseThrow();
        assertThat(code.getFont().getFamily()).isEqualTo("Monospaced");
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Shots.save(v.getScene(), "fidelity-footnote-light"));
        if (Shots.on()) {
            robot.interact(() -> v.viewModel().settings().themeProperty()
                    .set(app.margin.ui.reader.ReadingSettings.Theme.DARK));
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Shots.save(v.getScene(), "fidelity-footnote-dark"));
            robot.interact(() -> v.viewModel().settings().themeProperty()
                    .set(app.margin.ui.reader.ReadingSettings.Theme.LIGHT));
        }
        robot.clickOn("Go to Note");
        int noteBlock = RunningMargin.blockStarting(layout, "The note says");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> v.viewModel().reader().topBlockProperty().get() >= noteBlock - 3);
    }

    private static String textOf(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        flow.getChildren().forEach(n -> text.append(((Text) n).getText()));
        return text.toString();
    }

    @Test
    void theFigureHasItsRoomBeforeItsPictureArrivesAndTheListItsMarker() throws Exception {
        MainView v = margin.start(dataDir, "--article", page().toString());
        margin.resize(v, 1180); // the stage is shared between tests: the column's width is this window's
        ReadingArea area = v.readerView().area();
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int figure = RunningMargin.blockStarting(layout, "The figure.");
        assertThat(layout.blocks().get(figure).form().role()).isEqualTo(ParagraphForm.Role.FIGURE);
        assertThat(layout.blocks().get(RunningMargin.blockStarting(layout, "An item")).form().marker()).isEqualTo("•");

        robot.interact(() -> area.showParagraphAtTop(Math.max(0, figure - 1)));
        WaitForAsyncUtils.waitForFxEvents();
        TextFlow flow = paragraphFlow(area, "The figure.");
        double room = flow.getPadding().getTop();
        assertThat(room).as("room above the caption: the picture's height at the column's width, and a gap")
                .isGreaterThan(150);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> flow.lookup(".image-view") != null
                || flow.getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof StackPane s
                && s.getChildren().stream().anyMatch(c -> c instanceof javafx.scene.image.ImageView)));
        assertThat(flow.getPadding().getTop()).as("the page did not move when the picture came").isEqualTo(room);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Shots.save(v.getScene(), "fidelity-figure-light"));
        robot.interact(() -> v.viewModel().settings().themeProperty().set(ReadingSettings.Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Shots.save(v.getScene(), "fidelity-figure-dark"));
    }

    @Test
    void clickingAPictureOpensItLargeSayingWhatItIsAndHowToMoveAndCloseIt() throws Exception {
        MainView v = margin.start(dataDir, "--article", page().toString());
        ReadingArea area = v.readerView().area();
        int figure = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "The figure.");
        robot.interact(() -> area.showParagraphAtTop(Math.max(0, figure - 1)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".picture-frame").tryQuery().isPresent());
        robot.clickOn(".picture-frame");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene() != null
                        && w.getScene().getRoot().lookup(".picture-viewer-hint") != null));
        javafx.stage.Window viewer = javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene().getRoot().lookup(".picture-viewer-hint") != null)
                .findFirst().orElseThrow();
        Label hint = (Label) viewer.getScene().getRoot().lookup(".picture-viewer-hint");
        assertThat(hint.getText()).startsWith("A wide picture").contains("zoom", "Esc closes");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> viewer.getScene().getRoot().lookup(".image-view") != null);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.ImageView picture = (javafx.scene.image.ImageView) viewer.getScene().getRoot()
                .lookup(".image-view");
        ScrollPane scroll = (ScrollPane) viewer.getScene().getRoot().lookup(".scroll-pane");
        // Found by a new user: a small picture opened "large" stayed its size in an empty window.
        assertThat(picture.getFitWidth()).as("320 px wide, fitted to the window").isGreaterThan(600);
        assertThat(centreOffset(picture, scroll)).as("in the middle").isLessThan(2);

        robot.interact(viewer::requestFocus);
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.MINUS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picture.getFitWidth()).isLessThan(320);
        assertThat(centreOffset(picture, scroll)).as("zoomed out, still in the middle, not in a corner").isLessThan(2);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !viewer.isShowing());
    }

    /** How far the picture's centre is from the middle of what the scroll pane shows, in pixels. */
    private static double centreOffset(javafx.scene.image.ImageView picture, ScrollPane scroll) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.geometry.Bounds p = picture.localToScreen(picture.getBoundsInLocal());
            javafx.geometry.Bounds s = scroll.localToScreen(scroll.getBoundsInLocal());
            return Math.hypot(p.getCenterX() - s.getCenterX(), p.getCenterY() - s.getCenterY());
        }).get(5, TimeUnit.SECONDS);
    }

    /** The text flow of the visible paragraph whose text starts with {@code start}. */
    private TextFlow paragraphFlow(ReadingArea area, String start) {
        return robot.lookup(".paragraph-text").queryAllAs(TextFlow.class).stream()
                .filter(f -> f.getChildrenUnmodifiable().stream().anyMatch(n ->
                        n instanceof javafx.scene.text.Text t && t.getText().startsWith(start)))
                .findFirst().orElseThrow(() -> new AssertionError("no visible paragraph starts with " + start));
    }

}
