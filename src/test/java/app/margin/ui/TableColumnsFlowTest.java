package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table in the page is set in columns of their own widths: each cell starts at its column whatever the cells
 * before it, a narrow column is narrow beside a wide one, a cell the source aligns right and a column of numbers
 * end at their column's end, and the row's text (its tabs) is what the reader selects, highlights and copies.
 */
class TableColumnsFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path pages;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    private static final String[][] ROWS = {
        {"Library", "Year", "Size", "Notes"},
        {"zlib compression library", "1995", "85", "the deflate format"},
        {"xz", "2009–2024", "1,204", "LZMA2 in a container"},
        {"bzip2", "1996", "7", "Burrows and Wheeler"},
        {"lz4", "", "12", "an empty cell before"},
    };

    private MainView open() throws Exception {
        StringBuilder table = new StringBuilder("<table><thead><tr>");
        for (String h : ROWS[0]) {
            table.append("<th>").append(h).append("</th>");
        }
        table.append("</tr></thead><tbody>");
        for (int r = 1; r < ROWS.length; r++) {
            table.append("<tr><td>").append(r == 3 ? "<em>" + ROWS[r][0] + "</em>" : ROWS[r][0])
                    .append("</td><td style='text-align: right'>")
                    .append(ROWS[r][1]).append("</td><td>").append(ROWS[r][2]).append("</td><td>")
                    .append(ROWS[r][3]).append("</td></tr>");
        }
        table.append("</tbody></table>");
        Path page = Files.writeString(pages.resolve("table.html"), "<html><head><title>Tables</title></head><body>"
                + "<article><h1>Tables</h1><p>Compressors compared, by the year of their first release.</p>"
                + table + "<p>After the table.</p></article></body></html>");
        return margin.start(dataDir, "--article", page.toString());
    }

    /**
     * The screen bounds of cell {@code cell}'s first and last characters in the row of block {@code block}, as one
     * box: a cell that wraps (the row's last may) spans lines, and only its ends say where it starts and ends.
     */
    private static Bounds cell(ReadingArea area, int block, int cell) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            String text = area.getText(block);
            int from = 0;
            for (int c = 0; c < cell; c++) {
                from = text.indexOf('\t', from) + 1;
            }
            int to = text.indexOf('\t', from);
            to = to < 0 ? text.length() : to;
            int last = Math.max(from + 1, to);
            Bounds first = area.getCharacterBoundsOnScreen(area.getAbsolutePosition(block, from),
                    area.getAbsolutePosition(block, from + 1)).orElseThrow();
            Bounds end = area.getCharacterBoundsOnScreen(area.getAbsolutePosition(block, last - 1),
                    area.getAbsolutePosition(block, last)).orElseThrow();
            return new javafx.geometry.BoundingBox(first.getMinX(), first.getMinY(), end.getMaxX() - first.getMinX(),
                    end.getMaxY() - first.getMinY());
        }).get(5, TimeUnit.SECONDS);
    }

    private void assertColumns(ReadingArea area, int header) throws Exception {
        for (int r = 0; r < ROWS.length; r++) {
            assertThat(area.getText(header + r)).as("the row's text keeps its cells and tabs")
                    .isEqualTo(String.join("\t", ROWS[r]));
        }
        for (int c : new int[] {3}) {
            double x = cell(area, header, c).getMinX();
            for (int r = 1; r < ROWS.length; r++) {
                if (!ROWS[r][c].isEmpty()) {
                    assertThat(cell(area, header + r, c).getMinX()).as("row %d, column %d starts at its column", r, c)
                            .isCloseTo(x, within(1.0));
                }
            }
        }
        for (int c : new int[] {1, 2}) {
            double right = cell(area, header + 1, c).getMaxX();
            for (int r = c == 2 ? 0 : 2; r < ROWS.length; r++) { // a column of numbers has its head set over them
                if (!ROWS[r][c].isEmpty()) {
                    assertThat(cell(area, header + r, c).getMaxX()).as("row %d, column %d, aligned right", r, c)
                            .isCloseTo(right, within(1.0));
                }
            }
        }
        double first = cell(area, header, 1).getMinX() - cell(area, header, 0).getMinX();
        double year = cell(area, header, 3).getMinX() - cell(area, header, 1).getMinX();
        // At the columns' measured widths (1.1 em apart; set smaller to fit the line, or at the reader's size) the
        // two are 0.80 of it; set closer (0.6 em apart), less.
        assertThat(year).as("the year and size columns together are narrower than the library column")
                .isLessThan(first * 0.85);
    }

    @Test
    void cellsStartAtTheirColumnsWhicheverFontSize() throws Exception {
        MainView v = open();
        ReadingArea area = v.readerView().area();
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int header = RunningMargin.blockStarting(layout, "Library");
        WaitForAsyncUtils.waitForFxEvents();
        assertColumns(area, header);

        double before = cell(area, header + 1, 3).getMinX() - cell(area, header + 1, 0).getMinX();
        robot.interact(() -> v.viewModel().settings().fontSizeProperty().set(
                v.viewModel().settings().fontSizeProperty().get() + 6));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents(); // a table set smaller to fit its line is fitted again at the new size
        assertColumns(area, header);
        assertThat(cell(area, header + 1, 3).getMinX() - cell(area, header + 1, 0).getMinX())
                .as("the columns grow with the type").isGreaterThan(before * 1.15);
        if (Shots.on()) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Shots.save(v.getScene(), "table-columns-light"));
        }
    }

    @Test
    void aTableOfThousandsOfColumnsAndRowsOpensAndScrollsToItsEnd() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>Huge</title></head><body><article><h1>Huge</h1>"
                + "<table><tr>");
        // A row of 10,000 cells (kept as 64, the rest in the last) is a table too wide for any line: it runs on.
        html.append("<td>c</td>".repeat(10_000)).append("</tr></table><p>Between the tables.</p><table>");
        for (int r = 0; r < 2_000; r++) {
            html.append("<tr>");
            for (int c = 0; c < 6; c++) {
                html.append("<td>").append("w".repeat((r + c) % 5 + 1)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table><p>The end of the huge page.</p></article></body></html>");
        Path page = Files.writeString(pages.resolve("huge.html"), html);
        long start = System.nanoTime();
        MainView v = margin.start(dataDir, "--article", page.toString());
        ReadingArea area = v.readerView().area();
        int end = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "The end of the huge page");
        robot.clickOn(area);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.END)
                .release(javafx.scene.input.KeyCode.END, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> v.viewModel().reader().topBlockProperty().get() >= end - 40);
        assertThat(System.nanoTime() - start).as("opened and scrolled within 20 s").isLessThan(20_000_000_000L);
        for (int c = 1; c < 6; c++) {
            Bounds last = cell(area, end - 1, c);
            Bounds before = cell(area, end - 2, c);
            assertThat(last.getMinX()).as("the last rows' cells of different widths in their columns")
                    .isCloseTo(before.getMinX(), within(1.0));
        }
    }

    @Test
    void aNarrowerWindowSetsTheColumnsCloserAndNoRowOverlapsTheNext() throws Exception {
        MainView v = open();
        ReadingArea area = v.readerView().area();
        int header = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "Library");
        javafx.stage.Window window = v.getScene().getWindow();
        double wide = window.getWidth();
        double before = cell(area, header + 3, 3).getMinX() - cell(area, header + 3, 0).getMinX();
        try {
            robot.interact(() -> window.setWidth(820));
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            double narrow = cell(area, header + 3, 3).getMinX() - cell(area, header + 3, 0).getMinX();
            assertThat(narrow).as("the notes column comes closer").isLessThan(before - 5);
            for (int r = 1; r < ROWS.length; r++) {
                int row = header + r;
                double top = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(
                        area.getAbsolutePosition(row, 0), area.getAbsolutePosition(row, 1)).orElseThrow().getMinY())
                        .get(5, TimeUnit.SECONDS);
                double above = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(
                        area.getAbsolutePosition(row - 1, area.getParagraphLength(row - 1) - 1),
                        area.getAbsolutePosition(row - 1, area.getParagraphLength(row - 1))).orElseThrow().getMaxY())
                        .get(5, TimeUnit.SECONDS);
                assertThat(top).as("row %d starts below the last line of the row above", r).isGreaterThan(above);
            }
            // Set closer, or narrowed to share the line, a row whose cells are longer than their columns (the
            // header's bold "Library", "zlib compression library", "2009–2024") is pushed along; the rows whose cells
            // fit any column of three ems or more keep the columns, whatever width the window had before.
            double x = cell(area, header + 3, 3).getMinX();
            assertThat(cell(area, header + 4, 3).getMinX()).as("row 4's notes under row 3's").isCloseTo(x, within(1.0));
        } finally {
            robot.interact(() -> window.setWidth(wide));
        }
    }

    @Test
    void aHighlightAcrossCellsKeepsTheColumnsAndCopiesTheCells() throws Exception {
        MainView v = open();
        ReadingArea area = v.readerView().area();
        ArticleLayout layout = v.viewModel().reader().getLayout();
        int header = RunningMargin.blockStarting(layout, "Library");
        int row = header + 2;
        String text = ROWS[2][0] + "\t" + ROWS[2][1] + "\t" + ROWS[2][2];
        robot.interact(() -> v.viewModel().annotations().addHighlight(row, 0, text.length(), HighlightColor.YELLOW));
        WaitForAsyncUtils.waitForFxEvents();
        assertColumns(area, header);

        robot.interact(() -> {
            area.selectRange(area.getAbsolutePosition(row, 0), area.getAbsolutePosition(row, text.length()));
        });
        assertThat(area.getSelectedText()).isEqualTo(text);
        Bounds year = cell(area, row + 1, 1);
        robot.doubleClickOn(year.getCenterX(), year.getCenterY());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).as("a double click on an unmarked cell picks its word").isEqualTo("1996");
    }
}
