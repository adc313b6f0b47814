package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.ArticleLayout;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A table of the page opened as a grid: its cells in place, scrolling sideways, copying, and back to the page. */
class TableGridFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path pages;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    @AfterEach
    void closeGrids() {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> grid(w) != null)
                .forEach(Window::hide));
    }

    private static TableView<?> grid(Window w) {
        return w.getScene() == null ? null : (TableView<?>) w.getScene().getRoot().lookup(".table-grid");
    }

    private static String filler(int n) {
        StringBuilder filler = new StringBuilder();
        for (int i = 0; i < n; i++) {
            filler.append("<p>Filler paragraph ").append(i).append(" is here so the page has somewhere to scroll.</p>");
        }
        return filler.toString();
    }

    private Path page(String table) throws Exception {
        return page(6, table);
    }

    private Path page(int before, String table) throws Exception {
        return Files.writeString(pages.resolve("table.html"), "<html><head><title>Tables</title></head><body><article>"
                + "<h1>Tables</h1>" + filler(before) + table + filler(30) + "</article></body></html>");
    }

    /** A header row, a body row with a long cell, a ragged row, a header row in the middle, and more rows. */
    private static final String SMALL = "<table><caption>Sizes</caption><thead><tr><th>Name</th><th>Size</th>"
            + "<th>Note</th></tr></thead><tbody><tr><td>zlib</td><td>1</td><td>A compression library that is used"
            + " by a great many other programs, so its note is long enough to wrap inside its column.</td></tr>"
            + "<tr><td>gzip</td><td>2</td></tr><tr><th>Later</th><th>Sum</th><th>Total</th></tr>"
            + "<tr><td>bzip2</td><td>3</td><td>Blocks <em>sorted</em></td></tr></tbody></table>";

    private static String wide(int columns, int rows) {
        StringBuilder t = new StringBuilder("<table><tr>");
        for (int c = 0; c < columns; c++) {
            t.append("<th>Column ").append(c).append("</th>");
        }
        t.append("</tr>");
        for (int r = 0; r < rows; r++) {
            t.append("<tr>");
            for (int c = 0; c < columns; c++) {
                t.append("<td>r").append(r).append(" c").append(c).append(" value</td>");
            }
            t.append("</tr>");
        }
        return t.append("</table>").toString();
    }


    /** Found by a new user in Node's platform table: "kernel >= 4.18[^1]" read "kernel >= 4.181" in the grid. */
    @Test
    void aSuperscriptInAGridCellIsRaisedAsOnThePage() throws Exception {
        MainView v = margin.start(dataDir, "--article", page("<table><tr><th>OS</th><th>Versions</th></tr><tr>"
                + "<td>GNU/Linux</td><td>kernel &gt;= 4.18<sup>1</sup>, glibc</td></tr></table>").toString());
        Stage stage = openWithKeys(v, RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "GNU/Linux"));
        javafx.scene.text.Text mark = stage.getScene().getRoot().lookupAll(".table-grid-text").stream()
                .map(javafx.scene.text.Text.class::cast).filter(t -> t.getText().equals("1")).findFirst().orElseThrow();
        javafx.scene.text.Text before = stage.getScene().getRoot().lookupAll(".table-grid-text").stream()
                .map(javafx.scene.text.Text.class::cast).filter(t -> t.getText().endsWith("4.18")).findFirst()
                .orElseThrow();

        assertThat(mark.getStyleClass()).contains("sup");
        assertThat(mark.getTranslateY()).as("raised").isLessThan(-2);
        assertThat(mark.getFont().getSize()).isLessThan(before.getFont().getSize());
    }

    /** Puts the caret in paragraph {@code block} and presses Ctrl+T; returns the grid's window. */
    private Stage openWithKeys(MainView v, int block) throws Exception {
        ReadingArea area = v.readerView().area();
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(block, 0);
        });
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        return waitForGrid();
    }

    private Stage waitForGrid() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && grid(w) != null));
        WaitForAsyncUtils.waitForFxEvents();
        return (Stage) Window.getWindows().stream().filter(w -> w.isShowing() && grid(w) != null).findFirst()
                .orElseThrow();
    }

    @Test
    void theGridShowsEveryCellInItsRowAndColumnWithTheHeaderSetApart() throws Exception {
        MainView v = margin.start(dataDir, "--article", page(SMALL).toString());
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int head = RunningMargin.blockStarting(layout, "Name\tSize");
        robot.interact(() -> v.readerView().area().showParagraphAtTop(head - 1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".table-grid-opener");
        Stage stage = waitForGrid();
        @SuppressWarnings("unchecked")
        TableView<Integer> grid = (TableView<Integer>) grid(stage);

        assertThat(grid.getColumns()).hasSize(3);
        Label caption = robot.from(stage.getScene().getRoot()).lookup(".table-grid-caption").queryAs(Label.class);
        assertThat(caption.getText()).as("the caption above the grid, not only in a title bar").isEqualTo("Sizes");
        assertThat(stage.getTitle()).startsWith("Sizes (");
        javafx.scene.layout.HBox bar = robot.from(stage.getScene().getRoot()).lookup(".table-grid-bar")
                .queryAs(javafx.scene.layout.HBox.class);
        assertThat(bar.getWidth()).as("the hint and both buttons fit the window").isGreaterThanOrEqualTo(
                WaitForAsyncUtils.asyncFx(() -> bar.prefWidth(-1)).get(5, TimeUnit.SECONDS) - 1);
        List<String> heads = grid.getColumns().stream().map(c -> ((Label) c.getGraphic()).getText()).toList();
        assertThat(heads).containsExactly("Name", "Size", "Note");
        Label name = (Label) grid.getColumns().get(0).getGraphic();
        assertThat(name.getFont().getStyle()).as("the header is bold").containsIgnoringCase("bold");
        String[][] body = {
            {"zlib", "1", "A compression library that is used by a great many other programs, so its note is long"
                    + " enough to wrap inside its column."},
            {"gzip", "2", ""}, {"Later", "Sum", "Total"}, {"bzip2", "3", "Blocks sorted"}};
        assertThat(grid.getItems()).hasSize(body.length);
        for (int r = 0; r < body.length; r++) {
            for (int c = 0; c < 3; c++) {
                assertThat(grid.getColumns().get(c).getCellData(r)).as("row %d column %d", r, c).isEqualTo(body[r][c]);
            }
        }
        // As drawn: each cell's text in its row and column, the long note wrapped, the middle header row bold.
        List<javafx.scene.control.TableCell<?, ?>> cells = grid.lookupAll(".table-grid-cell").stream()
                .<javafx.scene.control.TableCell<?, ?>>map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> !c.isEmpty()).toList();
        for (var cell : cells) {
            int r = cell.getIndex();
            int c = grid.getColumns().indexOf(cell.getTableColumn());
            javafx.scene.text.TextFlow flow = (javafx.scene.text.TextFlow) cell.getGraphic();
            String drawn = flow.getChildren().stream().map(n -> ((Text) n).getText())
                    .collect(java.util.stream.Collectors.joining());
            assertThat(drawn).as("drawn row %d column %d", r, c).isEqualTo(body[r][c]);
            Text text = (Text) flow.getChildren().get(0);
            if (r == 2) {
                assertThat(text.getFont().getStyle()).containsIgnoringCase("bold");
            }
            if (r == 0 && c == 2) {
                assertThat(flow.getHeight()).as("the long note wraps inside its column")
                        .isGreaterThan(2.5 * text.getFont().getSize());
                assertThat(flow.getWidth()).isLessThanOrEqualTo(cell.getWidth());
            }
            if (r == 3 && c == 2) {
                assertThat(flow.getChildren()).as("emphasis keeps its run").hasSize(2);
                assertThat(((Text) flow.getChildren().get(1)).getFont().getStyle()).containsIgnoringCase("italic");
            }
        }
        assertThat(cells).hasSize(body.length * 3);
        assertThat(grid.getColumns().get(1).getStyle()).as("a column of numbers is set to the end")
                .contains("right");
    }

    @Test
    void aWideTableScrollsSidewaysInItsWindowAndThePageStays() throws Exception {
        MainView v = margin.start(dataDir, "--article", page(wide(40, 8)).toString());
        ReadingArea area = v.readerView().area();
        int head = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "Column 0");
        robot.interact(() -> area.showParagraphAtTop(head - 2));
        WaitForAsyncUtils.waitForFxEvents();
        double pageY = area.estimatedScrollYProperty().getValue();
        double pageX = area.estimatedScrollXProperty().getValue();
        Stage stage = openWithKeys(v, head + 3);
        TableView<?> grid = grid(stage);
        assertThat(grid.getColumns()).hasSize(40);
        assertThat(stage.getWidth()).as("the window fits the screen, not the table").isLessThan(1200);
        ScrollBar sideways = grid.lookupAll(".scroll-bar").stream().map(n -> (ScrollBar) n)
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()).findFirst().orElseThrow();
        assertThat(sideways.getMax()).isGreaterThan(0);
        robot.interact(() -> grid.scrollToColumnIndex(39));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sideways.getValue()).as("the grid scrolled sideways").isGreaterThan(0);
        TableColumn<?, ?> last = grid.getColumns().get(39);
        assertThat(grid.lookupAll(".table-grid-cell").stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .anyMatch(c -> c.getTableColumn() == last && c.isVisible() && !c.isEmpty()
                        && c.localToScene(c.getBoundsInLocal()).getMaxX() <= stage.getScene().getWidth() + 1))
                .as("the last column shows in the window").isTrue();
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(v.readerView().isPageMoving()).as("the page did not start gliding").isFalse();
        assertThat(area.estimatedScrollYProperty().getValue()).as("the page did not move").isEqualTo(pageY);
        assertThat(area.estimatedScrollXProperty().getValue()).isEqualTo(pageX);
    }

    @Test
    void theContextMenuOfATableRowOpensItsGrid() throws Exception {
        MainView v = margin.start(dataDir, "--article", page(SMALL).toString());
        ReadingArea area = v.readerView().area();
        int row = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "bzip2");
        robot.interact(() -> area.showParagraphAtTop(row - 2));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds b = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(
                area.getAbsolutePosition(row, 1), area.getAbsolutePosition(row, 3)).orElseThrow())
                .get(5, TimeUnit.SECONDS);
        requestContextMenu(area, b);
        robot.clickOn("Open Table as Grid");
        Stage stage = waitForGrid();
        assertThat(grid(stage).getItems()).hasSize(4);

        robot.interact(stage::hide);
        assertThat(Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()))
                .as("the menu closed with its choice").isEmpty();
        int body = row + 1; // the paragraph after the table
        b = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(area.getAbsolutePosition(body, 1),
                area.getAbsolutePosition(body, 3)).orElseThrow()).get(5, TimeUnit.SECONDS);
        requestContextMenu(area, b);
        assertThat(robot.lookup("Open Table as Grid").tryQuery()).as("no table here, no menu").isEmpty();
    }

    /** A right click at {@code b} on screen (Monocle's robot raises no context-menu event; see Pointer). */
    private void requestContextMenu(ReadingArea area, javafx.geometry.Bounds b) {
        robot.interact(() -> {
            // An event's x and y are taken as the scene's and made the target's own as it is delivered.
            javafx.geometry.Point2D local = area.localToScene(area.screenToLocal(b.getCenterX(), b.getCenterY()));
            area.fireEvent(new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    b.getCenterX(), b.getCenterY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlTOpensTheTableInViewWhenTheCaretIsElsewhere() throws Exception {
        MainView v = margin.start(dataDir, "--article", page(40, SMALL).toString());
        ReadingArea area = v.readerView().area();
        int head = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "Name\tSize");
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(0);
        });
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows().stream().filter(w -> w.isShowing() && grid(w) != null))
                .as("no table in view, none opened").isEmpty();
        assertThat(v.viewModel().noticeProperty().get().text()).as("and it says so")
                .startsWith("No table here to open as a grid");

        robot.interact(() -> area.showParagraphAtTop(head - 2)); // scrolled to it, the caret still at the start
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        assertThat(grid(waitForGrid()).getColumns()).hasSize(3);
    }

    @Test
    void escClosesTheGridAndTheFocusGoesBackToThePage() throws Exception {
        MainView v = margin.start(dataDir, "--article", page(SMALL).toString());
        Stage stage = openWithKeys(v, RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "gzip"));
        assertThat(stage.getScene().getFocusOwner()).isInstanceOf(TableView.class);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.readerView().area().isFocused());
    }

    @Test
    void showInPageLandsOnThePickedRow() throws Exception {
        MainView v = margin.start(dataDir, "--article", page(wide(5, 60)).toString());
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int head = RunningMargin.blockStarting(layout, "Column 0");
        int picked = RunningMargin.blockStarting(layout, "r47 c0");
        Stage stage = openWithKeys(v, head);
        @SuppressWarnings("unchecked")
        TableView<Integer> grid = (TableView<Integer>) grid(stage);
        robot.interact(() -> {
            grid.scrollTo(47);
            grid.getSelectionModel().clearAndSelect(47, grid.getColumns().get(2));
        });
        robot.clickOn("Show in Page");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        ReadingArea area = v.readerView().area();
        assertThat(area.getCurrentParagraph()).isEqualTo(picked);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> area.getVisibleParagraphs().stream()
                .anyMatch(p -> p.getText().startsWith("r47 c0")));
    }

    @Test
    void copyGivesTabSeparatedText() throws Exception {
        MainView v = margin.start(dataDir, "--article", page(SMALL).toString());
        Stage stage = openWithKeys(v, RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "zlib"));
        robot.clickOn("Copy Table");
        String expected = "Name\tSize\tNote\nzlib\t1\tA compression library that is used by a great many other "
                + "programs, so its note is long enough to wrap inside its column.\ngzip\t2\t\nLater\tSum\tTotal\n"
                + "bzip2\t3\tBlocks sorted\n";
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS))
                .isEqualTo(expected);
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getHtml()).get(5, TimeUnit.SECONDS))
                .startsWith("<table><tr><th>Name</th>");

        @SuppressWarnings("unchecked")
        TableView<Integer> grid = (TableView<Integer>) grid(stage);
        robot.interact(() -> {
            grid.requestFocus();
            grid.getSelectionModel().clearSelection();
            grid.getSelectionModel().selectRange(1, grid.getColumns().get(0), 3, grid.getColumns().get(1));
        });
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS))
                .as("the selected cells").isEqualTo("gzip\t2\nLater\tSum\nbzip2\t3\n");
    }

    @Test
    void aCellSpanningColumnsIsDrawnAcrossThemAndCellsKeepTheirOwnAlignment() throws Exception {
        String table = "<table><tr><th colspan='2'>Measured in the field over two summers</th><th>Count</th></tr>"
                + "<tr><td>Oak</td><td style='text-align:center'>tall</td><td>12</td></tr>"
                + "<tr><td>Hazel</td><td>short</td><td align='left'>3</td></tr></table>";
        MainView v = margin.start(dataDir, "--article", page(table).toString());
        Stage stage = openWithKeys(v, RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "Oak"));
        @SuppressWarnings("unchecked")
        TableView<Integer> grid = (TableView<Integer>) grid(stage);

        assertThat(grid.getColumns()).hasSize(3);
        assertThat(grid.getStyleClass()).as("a spanning head is shown as a header row, not one column's head")
                .contains("no-heads");
        List<javafx.scene.control.TableCell<?, ?>> cells = grid.lookupAll(".table-grid-cell").stream()
                .<javafx.scene.control.TableCell<?, ?>>map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> !c.isEmpty()).toList();
        javafx.scene.control.TableCell<?, ?> both = cells.stream().filter(c -> c.getIndex() == 0
                && grid.getColumns().indexOf(c.getTableColumn()) == 0).findFirst().orElseThrow();
        javafx.scene.text.TextFlow flow = (javafx.scene.text.TextFlow) both.getGraphic();
        double twoColumns = grid.getColumns().get(0).getWidth() + grid.getColumns().get(1).getWidth();
        assertThat(flow.getWidth()).as("the spanning cell's text is laid out across both columns")
                .isGreaterThan(grid.getColumns().get(0).getWidth()).isLessThanOrEqualTo(twoColumns);
        assertThat(both.getClip().getLayoutBounds().getWidth()).as("and shown across them")
                .isCloseTo(twoColumns, org.assertj.core.data.Offset.offset(1.0));
        assertThat(both.getPseudoClassStates()).extracting(Object::toString).contains("joined");
        javafx.scene.control.TableCell<?, ?> tall = cells.stream().filter(c -> c.getIndex() == 1
                && grid.getColumns().indexOf(c.getTableColumn()) == 1).findFirst().orElseThrow();
        assertThat(((javafx.scene.text.TextFlow) tall.getGraphic()).getTextAlignment())
                .isEqualTo(javafx.scene.text.TextAlignment.CENTER);
        javafx.scene.control.TableCell<?, ?> twelve = cells.stream().filter(c -> c.getIndex() == 1
                && grid.getColumns().indexOf(c.getTableColumn()) == 2).findFirst().orElseThrow();
        assertThat(((javafx.scene.text.TextFlow) twelve.getGraphic()).getTextAlignment()).as("a column of numbers")
                .isEqualTo(javafx.scene.text.TextAlignment.RIGHT);
    }

    @Test
    void aCellSpanningRowsIsOneBoxAcrossThemAndItsCoveredSlotDrawsNothing() throws Exception {
        String table = "<table><tr><th>Kind</th><th>Name</th></tr>"
                + "<tr><td rowspan='2'>Trees</td><td>Oak</td></tr><tr><td>Hazel</td></tr>"
                + "<tr><td>Herbs</td><td>Sage</td></tr></table>";
        MainView v = margin.start(dataDir, "--article", page(table).toString());
        Stage stage = openWithKeys(v, RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "Trees"));
        @SuppressWarnings("unchecked")
        TableView<Integer> grid = (TableView<Integer>) grid(stage);
        robot.interact(() -> Shots.save(stage.getScene(), "table-grid-rowspan-light"));

        List<javafx.scene.control.TableCell<?, ?>> cells = grid.lookupAll(".table-grid-cell").stream()
                .<javafx.scene.control.TableCell<?, ?>>map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> !c.isEmpty()).toList();
        java.util.function.BiFunction<Integer, Integer, javafx.scene.control.TableCell<?, ?>> at = (row, column) ->
                cells.stream().filter(c -> c.getIndex() == row
                        && grid.getColumns().indexOf(c.getTableColumn()) == column).findFirst().orElseThrow();
        var trees = at.apply(0, 0);
        var covered = at.apply(1, 0);
        assertThat(((Text) ((javafx.scene.text.TextFlow) trees.getGraphic()).getChildren().get(0)).getText())
                .isEqualTo("Trees");
        assertThat(trees.getPseudoClassStates()).extracting(Object::toString).contains("joined-below");
        assertThat(covered.getGraphic()).as("the covered slot draws no cell of its own").isNull();
        assertThat(covered.getPseudoClassStates()).extracting(Object::toString).doesNotContain("joined-below");
        assertThat(((Text) ((javafx.scene.text.TextFlow) at.apply(1, 1).getGraphic()).getChildren().get(0)).getText())
                .as("the second row's own cell stays in its column").isEqualTo("Hazel");
        assertThat(grid.getColumns().get(0).getCellData(1)).as("its text is the row's, unchanged").isEqualTo("");

        // As drawn: no rule between the spanning cell's rows, while the next column keeps its rule there.
        javafx.scene.image.WritableImage shot = WaitForAsyncUtils.asyncFx(() -> grid.snapshot(null, null))
                .get(5, TimeUnit.SECONDS);
        javafx.geometry.Bounds first = grid.sceneToLocal(trees.localToScene(trees.getLayoutBounds()));
        javafx.geometry.Bounds oak = grid.sceneToLocal(at.apply(0, 1).localToScene(at.apply(0, 1).getLayoutBounds()));
        javafx.geometry.Bounds under = grid.sceneToLocal(covered.localToScene(covered.getLayoutBounds()));
        int ruleY = (int) Math.floor(first.getMaxY() - 0.5);
        javafx.scene.paint.Color inside = shot.getPixelReader().getColor((int) first.getMinX() + 3, ruleY);
        javafx.scene.paint.Color rule = shot.getPixelReader().getColor((int) oak.getMinX() + 3, ruleY);
        javafx.scene.paint.Color blank = shot.getPixelReader().getColor((int) under.getMinX() + 3,
                (int) under.getCenterY());
        assertThat(rule).as("the next column's rule between the rows").isNotEqualTo(blank);
        assertThat(inside).as("none inside the spanning cell").isEqualTo(blank);
        int lastY = (int) Math.floor(under.getMaxY() - 0.5);
        assertThat(shot.getPixelReader().getColor((int) under.getMinX() + 3, lastY)).as("its last row's rule stays")
                .isEqualTo(rule);
        assertThat(shot.getPixelReader().getColor((int) Math.floor(under.getMaxX() - 0.5), (int) under.getCenterY()))
                .as("and its column's rule on its right, beside the covered slot too").isEqualTo(rule);
    }

    @Test
    void aCellSpanningRowsAndColumnsKeepsItsTextAcrossTheColumnsItCovers() throws Exception {
        String table = "<table><tr><th>Kind</th><th>A</th><th>B</th></tr>"
                + "<tr><td>Trees</td><td colspan='2' rowspan='2'>Wide words running across both columns</td></tr>"
                + "<tr><td>Herbs</td></tr></table>";
        MainView v = margin.start(dataDir, "--article", page(table).toString());
        Stage stage = openWithKeys(v, RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "Trees"));
        @SuppressWarnings("unchecked")
        TableView<Integer> grid = (TableView<Integer>) grid(stage);
        robot.interact(() -> Shots.save(stage.getScene(), "table-grid-rowspan-colspan-light"));

        javafx.scene.control.TableCell<?, ?> b = grid.lookupAll(".table-grid-cell").stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> !c.isEmpty() && c.getIndex() == 0 && grid.getColumns().indexOf(c.getTableColumn()) == 2)
                .findFirst().orElseThrow();
        assertThat(b.getPseudoClassStates()).extracting(Object::toString).contains("joined-below");
        javafx.scene.image.WritableImage shot = WaitForAsyncUtils.asyncFx(() -> grid.snapshot(null, null))
                .get(5, TimeUnit.SECONDS);
        javafx.geometry.Bounds area = grid.sceneToLocal(b.localToScene(b.getLayoutBounds()));
        javafx.scene.paint.Color background = shot.getPixelReader().getColor((int) area.getMaxX() - 3,
                (int) area.getMaxY() - 3);
        int ink = 0;
        for (int x = (int) area.getMinX(); x < (int) area.getMaxX() - 1; x++) {
            for (int y = (int) area.getMinY(); y < (int) area.getMaxY() - 1; y++) {
                ink += shot.getPixelReader().getColor(x, y).equals(background) ? 0 : 1;
            }
        }
        assertThat(ink).as("the spanning cell's words in column B, over the slot's background").isPositive();
    }

    @Test
    void twoHeaderRowsWhoseFirstGroupsTheSecondAreGroupedColumnHeads() throws Exception {
        String table = "<table><thead><tr><th rowspan='2'>Station</th><th colspan='2'>2019</th>"
                + "<th colspan='2'>2020</th></tr><tr><th>Spring</th><th>Autumn</th><th>Spring</th><th>Autumn</th>"
                + "</tr></thead><tbody><tr><td>North Point</td><td>11</td><td>12</td><td>21</td><td>22</td></tr>"
                + "<tr><td>Harbour Light</td><td>13</td><td>14</td><td>23</td><td>24</td></tr></tbody></table>";
        MainView v = margin.start(dataDir, "--article", page(table).toString());
        Stage stage = openWithKeys(v, RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "North"));
        @SuppressWarnings("unchecked")
        TableView<Integer> grid = (TableView<Integer>) grid(stage);

        assertThat(grid.getStyleClass()).doesNotContain("no-heads");
        assertThat(grid.getColumns()).as("Station, and a group a year").hasSize(3);
        assertThat(((Label) grid.getColumns().get(0).getGraphic()).getText()).isEqualTo("Station");
        assertThat(((Label) grid.getColumns().get(1).getGraphic()).getText()).isEqualTo("2019");
        assertThat(grid.getColumns().get(1).getColumns()).extracting(c -> ((Label) c.getGraphic()).getText())
                .containsExactly("Spring", "Autumn");
        assertThat(grid.getVisibleLeafColumns()).hasSize(5);
        assertThat(grid.getItems()).as("the body only: both head rows are heads").hasSize(2);
        assertThat(grid.getVisibleLeafColumns().get(3).getCellData(1)).as("2020 spring at Harbour Light")
                .isEqualTo("23");
        robot.interact(() -> Shots.save(stage.getScene(), "table-grid-grouped-light"));
    }

    @Test
    void aTableOfTenThousandColumnsOpensWithoutHanging() throws Exception {
        StringBuilder t = new StringBuilder("<table><tr>");
        for (int c = 0; c < 10_000; c++) {
            t.append("<td>").append(c).append("</td>");
        }
        t.append("</tr><tr><td>short</td><td>row</td></tr></table>");
        MainView v = margin.start(dataDir, "--article", page(t.toString()).toString());
        long start = System.nanoTime();
        Stage stage = openWithKeys(v, RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "short"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        TableView<?> grid = grid(stage);
        assertThat(grid.getColumns().size()).as("the importer keeps 64 columns apart").isEqualTo(64);
        assertThat(grid.getColumns().get(63).getCellData(0).toString()).startsWith("63 64 65");
        assertThat(grid.getColumns().get(2).getCellData(1)).as("the short row's missing cells").isEqualTo("");
        assertThat(millis).as("opened in %d ms", millis).isLessThan(5000);
    }

    @Test
    void theFirstRowKeepsItsColumnsBesideTheOpener() throws Exception {
        MainView v = margin.start(dataDir, "--article", page(SMALL).toString());
        ReadingArea area = v.readerView().area();
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int head = RunningMargin.blockStarting(layout, "Name\tSize");
        robot.interact(() -> area.showParagraphAtTop(head - 1));
        WaitForAsyncUtils.waitForFxEvents();
        double x0 = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(area.getAbsolutePosition(head, 0),
                area.getAbsolutePosition(head, 1)).orElseThrow().getMinX()).get(5, TimeUnit.SECONDS);
        double x1 = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(area.getAbsolutePosition(head + 1, 0),
                area.getAbsolutePosition(head + 1, 1)).orElseThrow().getMinX()).get(5, TimeUnit.SECONDS);
        assertThat(x0).as("the header row starts where the rows below it do").isEqualTo(x1);
        assertThat(FontWeight.findByName("BOLD")).isNotNull();
    }

    /** A table like a book's: a header row, words, numbers and a long note, wider than the window. */
    private static final String LIBRARIES = "<table><caption>Compression libraries</caption><thead><tr><th>Name</th>"
            + "<th>First release</th><th>Licence</th><th>Language</th><th>Format</th><th>Ratio</th>"
            + "<th>Speed (MB/s)</th><th>Used by</th><th>Notes</th></tr></thead><tbody>"
            + "<tr><td>zlib</td><td>1995</td><td>zlib</td><td>C</td><td><code>deflate</code></td><td>2.7</td><td>95</td>"
            + "<td>PNG, HTTP, git</td><td>The reference implementation of deflate; nearly everything links it.</td></tr>"
            + "<tr><td>bzip2</td><td>1996</td><td>BSD-style</td><td>C</td><td>bzip2</td><td>3.4</td><td>14</td>"
            + "<td>tar archives</td><td>Slower than deflate, and smaller.</td></tr>"
            + "<tr><td>xz-utils</td><td>2009</td><td>public domain</td><td>C</td><td><em>LZMA2</em></td><td>4.1</td><td>6</td>"
            + "<td>Linux distributions</td><td>Best ratio here; compression is slow, decompression fast.</td></tr>"
            + "<tr><td>zstd</td><td>2016</td><td>BSD or GPLv2</td><td>C</td><td>Zstandard</td><td>3.3</td><td>510</td>"
            + "<td>kernels, databases</td><td>Tunable from fast to small; dictionaries for small data.</td></tr>"
            + "<tr><td>brotli</td><td>2013</td><td>MIT</td><td>C</td><td>Brotli</td><td>3.6</td><td>60</td>"
            + "<td>web fonts, HTTP</td><td>A built-in dictionary of web text.</td></tr></tbody></table>";

    @Test
    void theGridReachesAaInEveryTheme() throws Exception {
        MainView v = margin.start(dataDir, "--article", page(LIBRARIES).toString());
        margin.resize(v, 1180);
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int head = RunningMargin.blockStarting(layout, "Name\tFirst");
        Stage stage = openWithKeys(v, head + 2);
        if (Shots.on()) { // the page's table, with its ⊞, above the grid
            robot.interact(() -> {
                v.readerView().area().showParagraphAtTop(head - 1);
                stage.setY(v.getScene().getWindow().getY() + 262);
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        @SuppressWarnings("unchecked")
        TableView<Integer> grid = (TableView<Integer>) grid(stage);
        robot.interact(() -> grid.getSelectionModel().clearAndSelect(1, grid.getColumns().get(2)));
        List<String> problems = new java.util.ArrayList<>();
        for (app.margin.ui.reader.ReadingSettings.Theme theme : app.margin.ui.reader.ReadingSettings.Theme.values()) {
            robot.interact(() -> v.viewModel().settings().themeProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.paint.Color fill = (javafx.scene.paint.Color) stage.getScene().getFill();
            problems.addAll(WaitForAsyncUtils.asyncFx(() -> Contrast.problems(theme.label(), "table grid",
                    stage.getScene().getRoot(), fill == null ? javafx.scene.paint.Color.WHITE : fill))
                    .get(5, TimeUnit.SECONDS));
            if (theme != app.margin.ui.reader.ReadingSettings.Theme.SEPIA) {
                String name = "fidelity-table-grid-" + theme.name().toLowerCase(java.util.Locale.ROOT);
                WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Shots.saveWith(v.getScene(), stage, name));
            }
        }
        assertThat(problems).isEmpty();
    }
}
