package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ArticleLayout;
import app.margin.model.Bookmark;
import app.margin.model.Placement;
import app.margin.ui.annotations.AnnotationItem;
import app.margin.ui.reader.ReaderViewModel;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In a paragraph longer than the screen, the reading position and a bookmark both name a line, and come back to
 * that same line at the top: after a restart, a text-size change and reopening the article from the library.
 */
class BookmarkLineFlowTest {

    /** One line of the long paragraph holds fewer characters than this at any text size the tests use. */
    private static final int LINE = 90;

    @TempDir
    Path dataDir;

    @TempDir
    Path articles;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private Path longParagraphArticle() throws Exception {
        StringBuilder text = new StringBuilder("A long paragraph\n\nThe opening lines come first.\n\n");
        for (int i = 0; i < 900; i++) {
            text.append("Sentence number ").append(i).append(" of the very long paragraph goes on. ");
        }
        text.append("\n\nThe closing words.\n");
        Path file = articles.resolve("long.txt");
        Files.writeString(file, text.toString());
        return file;
    }

    private MainView startInTheLongParagraph() throws Exception {
        MainView v = margin.start(dataDir, "--article", longParagraphArticle().toString());
        robot.clickOn(v.readerView().area());
        for (int i = 0; i < 25; i++) {
            robot.type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.viewModel().reader().topOffsetProperty().get()).as("inside the long paragraph").isGreaterThan(200);
        return v;
    }

    private Bookmark bookmarkHere(MainView v) {
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.viewModel().annotations().bookmarks()).hasSize(1);
        return v.viewModel().annotations().bookmarks().get(0);
    }

    private void jumpToTheBookmark(MainView v) {
        AnnotationItem item = v.viewModel().panel().allItems().stream()
                .filter(i -> i.kind() == AnnotationItem.Kind.BOOKMARK).findFirst().orElseThrow();
        robot.interact(() -> v.viewModel().panel().jumpTo(item));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void goHome(MainView v) {
        robot.clickOn(v.readerView().area());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.viewModel().reader().progressProperty().get()).isZero();
    }

    /** The vertical middle, on screen, of the line holding {@code offset}. */
    private static double lineTopOnScreen(MainView v, int block, int offset) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var area = v.readerView().area();
            int at = area.getAbsolutePosition(block, offset);
            return area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow().getCenterY();
        }).get();
    }

    /** The line at the top of the pane is the one that holds {@code offset} of {@code block}. */
    private void assertTopLineHolds(MainView v, int block, int offset) throws Exception {
        ReaderViewModel reader = v.viewModel().reader();
        assertThat(reader.topBlockProperty().get()).isEqualTo(block);
        int top = reader.topOffsetProperty().get();
        assertThat(top).isBetween(offset - 3 * LINE, offset);
        assertThat(lineTopOnScreen(v, block, offset)).as("offset %d is on the top line, which starts at %d", offset, top)
                .isCloseTo(lineTopOnScreen(v, block, top), Offset.offset(2.0));
        double paneTop = WaitForAsyncUtils.asyncFx(() -> v.readerView().area()
                .localToScreen(v.readerView().area().getLayoutBounds()).getMinY()).get();
        assertThat(lineTopOnScreen(v, block, top) - paneTop).as("that line is at the very top")
                .isBetween(0.0, 40.0);
    }

    @Test
    void ctrlDInTheMiddleOfALongParagraphMarksTheTopLineAndJumpsBackToIt() throws Exception {
        MainView v = startInTheLongParagraph();
        ReaderViewModel reader = v.viewModel().reader();
        int block = reader.topBlockProperty().get();

        Bookmark b = bookmarkHere(v);

        Placement p = v.viewModel().annotations().placementOf(b.anchor()).orElseThrow();
        assertThat(p.blockIndex()).isEqualTo(block);
        assertThat(p.start()).as("the line at the top, not the paragraph's start").isGreaterThan(200)
                .isCloseTo(reader.topOffsetProperty().get(), Offset.offset(LINE));
        assertThat(v.viewModel().noticeProperty().get().text()).startsWith("Bookmarked");
        assertThat(v.viewModel().noticeProperty().get().actionLabel()).isEqualTo("Undo");
        Node marker = robot.lookup(".bookmark-line-marker").query();
        assertThat(marker.isVisible()).isTrue();
        Bounds m = WaitForAsyncUtils.asyncFx(() -> marker.localToScreen(marker.getBoundsInLocal())).get();
        assertThat(m.getCenterY()).as("the marker is beside the bookmarked line")
                .isCloseTo(lineTopOnScreen(v, block, p.start()), Offset.offset(12.0));

        goHome(v);
        jumpToTheBookmark(v);

        assertTopLineHolds(v, block, p.start());
    }

    @Test
    void ctrlDWithTheTopLineHalfScrolledAwayMarksTheFirstWholeLine() throws Exception {
        MainView v = startInTheLongParagraph();
        var area = v.readerView().area();
        int block = v.viewModel().reader().topBlockProperty().get();
        double paneTop = WaitForAsyncUtils.asyncFx(() -> area.localToScreen(area.getLayoutBounds()).getMinY()).get();
        int topNow = v.viewModel().reader().topOffsetProperty().get();
        // As Page Down can leave it: the top line's upper part scrolled away above the pane, its lower part showing.
        double lineTop = WaitForAsyncUtils.asyncFx(() -> {
            int at = area.getAbsolutePosition(block, topNow);
            return area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow().getMinY();
        }).get();
        double shift = lineTop - paneTop + 4;
        robot.interact(() -> area.scrollYBy(shift));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        Bookmark b = bookmarkHere(v);

        Placement p = v.viewModel().annotations().placementOf(b.anchor()).orElseThrow();
        double markedTop = WaitForAsyncUtils.asyncFx(() -> {
            int at = area.getAbsolutePosition(p.blockIndex(), p.start());
            return area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow().getMinY();
        }).get();
        assertThat(markedTop).as("the marked line shows whole, below the pane's top edge at %s", paneTop)
                .isGreaterThanOrEqualTo(paneTop - 1).isLessThan(paneTop + 40);
    }

    @Test
    void theConfirmationsUndoTakesTheBookmarkBack() throws Exception {
        MainView v = startInTheLongParagraph();
        bookmarkHere(v);

        robot.interact(() -> v.viewModel().noticeProperty().get().action().run());

        assertThat(v.viewModel().annotations().bookmarks()).isEmpty();
    }

    @Test
    void positionAndBookmarkComeBackToTheSameLineAfterARestart() throws Exception {
        MainView v = startInTheLongParagraph();
        int block = v.viewModel().reader().topBlockProperty().get();
        int top = v.viewModel().reader().topOffsetProperty().get();
        Bookmark b = bookmarkHere(v);
        int marked = v.viewModel().annotations().placementOf(b.anchor()).orElseThrow().start();

        MainView again = margin.restart();
        WaitForAsyncUtils.waitForFxEvents();

        assertTopLineHolds(again, block, top);
        goHome(again);
        jumpToTheBookmark(again);
        assertTopLineHolds(again, block, marked);
    }

    @Test
    void positionAndBookmarkKeepTheirLineWhenTheTextSizeChanges() throws Exception {
        MainView v = startInTheLongParagraph();
        int block = v.viewModel().reader().topBlockProperty().get();
        Bookmark b = bookmarkHere(v);
        int marked = v.viewModel().annotations().placementOf(b.anchor()).orElseThrow().start();
        int top = v.viewModel().reader().topOffsetProperty().get();

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTopLineHolds(v, block, top);

        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.MINUS).type(KeyCode.MINUS)
                .release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTopLineHolds(v, block, top);

        goHome(v);
        jumpToTheBookmark(v);
        assertTopLineHolds(v, block, marked);
    }

    @Test
    void positionAndBookmarkComeBackToTheSameLineWhenReopenedFromTheLibrary() throws Exception {
        MainView v = startInTheLongParagraph();
        String longId = v.viewModel().reader().getLayout().article().id();
        int block = v.viewModel().reader().topBlockProperty().get();
        int top = v.viewModel().reader().topOffsetProperty().get();
        Bookmark b = bookmarkHere(v);
        int marked = v.viewModel().annotations().placementOf(b.anchor()).orElseThrow().start();
        Path other = articles.resolve("other.md");
        Files.writeString(other, "# Another article\n\nSomething else to read.\n");

        robot.interact(() -> v.library().openFile(other));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !v.viewModel().reader().getLayout().article().id().equals(longId));
        robot.interact(() -> v.library().refresh());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> v.library().entries().stream().anyMatch(e -> e.id().equals(longId)));
        var entry = v.library().entries().stream().filter(e -> e.id().equals(longId)).findFirst().orElseThrow();
        robot.interact(() -> v.library().open(entry));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> v.viewModel().reader().getLayout().article().id().equals(longId)
                        && v.viewModel().annotations().loadedProperty().get()
                        && v.viewModel().reader().topBlockProperty().get() == block);
        WaitForAsyncUtils.waitForFxEvents();

        assertTopLineHolds(v, block, top);
        goHome(v);
        jumpToTheBookmark(v);
        assertTopLineHolds(v, block, marked);
    }

    @Test
    void aFindMatchFarDownIsShownWithTwoLinesOfContextAboveIt() throws Exception {
        MainView v = margin.start(dataDir, "--article", longParagraphArticle().toString());
        int block = 2;
        String text = v.viewModel().reader().getLayout().blocks().get(block).text();
        int start = text.indexOf("Sentence number 60 ");

        robot.interact(() -> v.readerView().reveal(block, start, start + 18));
        WaitForAsyncUtils.waitForFxEvents();

        double paneTop = WaitForAsyncUtils.asyncFx(() -> v.readerView().area()
                .localToScreen(v.readerView().area().getLayoutBounds()).getMinY()).get();
        double below = lineTopOnScreen(v, block, start) - paneTop;
        double line = lineTopOnScreen(v, block, text.indexOf("Sentence number 61 ")) - lineTopOnScreen(v, block, start);
        assertThat(below).as("the match's line, not the first one").isGreaterThan(1.5 * Math.max(line, 20));
        assertThat(below).as("but near the top").isLessThan(200);
    }

    @Test
    void aFindMatchFarDownSetsTheReadingPlaceAndItsPercentage() throws Exception {
        MainView v = margin.start(dataDir);
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int block = layout.blockOf("de-escalation-efforts-and-stability", 0);
        String text = layout.blocks().get(block).text();

        robot.interact(() -> v.readerView().reveal(block, 0, Math.min(8, text.length())));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        ReaderViewModel reader = v.viewModel().reader();
        assertThat(reader.topBlockProperty().get()).as("the place is the match's, not the start's")
                .isBetween(block - 2, block);
        // The percentage is the place's: the line at the top, by characters (the match itself when the page could
        // bring it to the top; in a window where the article's last sections fit below, the line above it).
        var area = v.readerView().area();
        java.util.function.DoubleSupplier byPlace = () -> (double) area.getAbsolutePosition(
                reader.topBlockProperty().get(), reader.topOffsetProperty().get()) / area.getLength();
        try { // reported once the pane has laid the jump out (a pulse later on a busy machine)
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> Math.abs(reader.progressProperty().get() - byPlace.getAsDouble()) <= 0.05
                            || reader.progressProperty().get() >= 0.999).get());
        } catch (java.util.concurrent.TimeoutException e) {
            // said by the assertion below
        }
        double expected = reader.progressProperty().get() >= 0.999 ? 1 // the article's end on screen: 100 %
                : WaitForAsyncUtils.asyncFx(byPlace::getAsDouble).get();
        assertThat(reader.progressProperty().get()).as("the percentage follows the place")
                .isCloseTo(expected, Offset.offset(0.05));
        assertThat(expected).as("far down").isGreaterThan(0.5);
    }

    @Test
    void openingTheAnnotationsPanelKeepsTheLineAtTheTop() throws Exception {
        MainView v = startInTheLongParagraph();
        margin.resize(v, 1400); // wide enough that the panel docks beside the page (narrower, it floats over it)
        ReaderViewModel reader = v.viewModel().reader();
        int block = reader.topBlockProperty().get();
        int offset = reader.topOffsetProperty().get();
        double widthBefore = v.readerView().area().getWidth();

        robot.interact(() -> v.setPanelShown(true));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(v.readerView().area().getWidth()).as("the panel narrows the page").isLessThan(widthBefore - 100);
        assertTopLineHolds(v, block, offset);
    }
}
