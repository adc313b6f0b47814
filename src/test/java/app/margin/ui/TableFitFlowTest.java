package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.margin.ui.reader.ReadingArea;
import app.margin.ui.shell.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table whose columns are wider than its line is set smaller, one size for the whole table, so that each row is
 * one line with each cell at its column (Node.js's dns.resolve() table, whose cells wrapped and whose rows went on
 * from the left margin); a table that fits keeps the reader's size, and one too wide even at the smallest size
 * allowed keeps the columns' own fitting.
 */
class TableFitFlowTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path pages;

    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final RunningMargin margin = new RunningMargin(robot);

    /** The table of Node.js's dns.md under dns.resolve(), its links made inline. */
    private static final String[][] DNS = {
        {"`rrtype`", "`records` contains", "Result type", "Shorthand method"},
        {"`'A'`", "IPv4 addresses (default)", "{string}", "[`dns.resolve4()`](#a)"},
        {"`'AAAA'`", "IPv6 addresses", "{string}", "[`dns.resolve6()`](#a)"},
        {"`'ANY'`", "any records", "{Object}", "[`dns.resolveAny()`](#a)"},
        {"`'CAA'`", "CA authorization records", "{Object}", "[`dns.resolveCaa()`](#a)"},
        {"`'CNAME'`", "canonical name records", "{string}", "[`dns.resolveCname()`](#a)"},
        {"`'MX'`", "mail exchange records", "{Object}", "[`dns.resolveMx()`](#a)"},
        {"`'NAPTR'`", "name authority pointer records", "{Object}", "[`dns.resolveNaptr()`](#a)"},
        {"`'NS'`", "name server records", "{string}", "[`dns.resolveNs()`](#a)"},
        {"`'PTR'`", "pointer records", "{string}", "[`dns.resolvePtr()`](#a)"},
        {"`'SOA'`", "start of authority records", "{Object}", "[`dns.resolveSoa()`](#a)"},
        {"`'SRV'`", "service records", "{Object}", "[`dns.resolveSrv()`](#a)"},
        {"`'TXT'`", "text records", "{string\\[]}", "[`dns.resolveTxt()`](#a)"},
    };

    private static String markdown(String[][] rows) {
        StringBuilder table = new StringBuilder();
        for (int r = 0; r < rows.length; r++) {
            table.append("| ").append(String.join(" | ", rows[r])).append(" |\n");
            if (r == 0) {
                table.append("|").append(" --- |".repeat(rows[0].length)).append('\n');
            }
        }
        return table.append('\n').toString();
    }

    /** The rows of the DNS table that set its columns: the header, the widest cells, a short row. */
    private static String[][] dnsShort() {
        return new String[][] {DNS[0], DNS[1], DNS[3], DNS[7]};
    }

    private MainView open(String body) throws Exception {
        Path page = Files.writeString(pages.resolve("dns.md"), "# DNS\n\nThe type of the records varies with"
                + " `rrtype`:\n\n" + body + "After the tables.\n");
        MainView v = margin.start(dataDir, "--article", page.toString());
        margin.resize(v, 1280);
        WaitForAsyncUtils.waitForFxEvents();
        return v;
    }

    /** The screen bounds of the first character of cell {@code cell} of the row of block {@code block}. */
    private static Bounds cellStart(ReadingArea area, int block, int cell) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            String text = area.getText(block);
            int from = 0;
            for (int c = 0; c < cell; c++) {
                from = text.indexOf('\t', from) + 1;
            }
            return area.getCharacterBoundsOnScreen(area.getAbsolutePosition(block, from),
                    area.getAbsolutePosition(block, from + 1)).orElseThrow();
        }).get(5, TimeUnit.SECONDS);
    }

    /** The screen bounds of the last character of the row of block {@code block}. */
    private static Bounds rowEnd(ReadingArea area, int block) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            int end = area.getParagraphLength(block);
            return area.getCharacterBoundsOnScreen(area.getAbsolutePosition(block, end - 1),
                    area.getAbsolutePosition(block, end)).orElseThrow();
        }).get(5, TimeUnit.SECONDS);
    }

    /** The sizes of the runs of the row of block {@code block} that are not code, as the page draws them. */
    private static List<Double> textSizes(ReadingArea area, int block) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            String cells = area.getText(block).replace("\t", "");
            for (javafx.scene.Node n : area.lookupAll(".paragraph-text")) {
                if (n instanceof TextFlow flow) {
                    StringBuilder text = new StringBuilder();
                    List<Double> sizes = new ArrayList<>();
                    for (javafx.scene.Node child : flow.getChildren()) {
                        if (child instanceof Text t) {
                            text.append(t.getText());
                            if (!t.getStyleClass().contains("code")) {
                                sizes.add(t.getFont().getSize());
                            }
                        }
                    }
                    if (text.toString().equals(cells)) {
                        return sizes;
                    }
                }
            }
            throw new AssertionError("no row drawn for block " + block);
        }).get(5, TimeUnit.SECONDS);
    }

    private double readerSize(MainView v) {
        return v.viewModel().settings().fontSizeProperty().get();
    }

    @Test
    void aTableWiderThanItsLineIsSetSmallerEachRowOneLineEachCellAtItsColumn() throws Exception {
        MainView v = open(markdown(DNS));
        ReadingArea area = v.readerView().area();
        int header = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "rrtype");
        String headerText = area.getText(header);
        assertThat(headerText).as("the row's text keeps its cells and tabs")
                .isEqualTo("rrtype\trecords contains\tResult type\tShorthand method");
        for (int r = 0; r < DNS.length; r++) {
            int row = header + r;
            assertThat(rowEnd(area, row).getMinY()).as("row %d is one line", r)
                    .isCloseTo(cellStart(area, row, 0).getMinY(), within(1.0));
            for (int c = 1; c < 4; c++) {
                assertThat(cellStart(area, row, c).getMinX()).as("row %d, column %d starts at its column", r, c)
                        .isCloseTo(cellStart(area, header, c).getMinX(), within(1.0));
            }
        }
        double size = readerSize(v);
        assertThat(textSizes(area, header + 7)).as("one size for the table, smaller than the reader's")
                .allSatisfy(s -> assertThat(s).isLessThan(size).isGreaterThanOrEqualTo(size * 0.7 - 0.1))
                .containsOnly(textSizes(area, header).get(0));

        // A larger text size: the table is fitted again, still one line a row, its cells at their columns.
        robot.interact(() -> v.viewModel().settings().fontSizeProperty().set(size + 2));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        for (int r : new int[] {0, 3, 7}) {
            int row = header + r;
            assertThat(rowEnd(area, row).getMinY()).as("row %d is one line at %s px", r, size + 2)
                    .isCloseTo(cellStart(area, row, 0).getMinY(), within(1.0));
            assertThat(cellStart(area, row, 3).getMinX()).as("row %d's last cell at its column", r)
                    .isCloseTo(cellStart(area, header, 3).getMinX(), within(1.0));
        }
        if (Shots.on()) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Shots.save(v.getScene(), "table-fit-light"));
        }
    }

    @Test
    void aTableThatFitsItsLineKeepsTheReadersSizeBesideOneSetSmaller() throws Exception {
        MainView v = open(markdown(new String[][] {{"Type", "Properties"}, {"`'A'`", "`address`, `ttl`"},
            {"`'MX'`", "`priority`, `exchange`"}}) + markdown(dnsShort()));
        ReadingArea area = v.readerView().area();
        int narrow = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "Type");
        int wide = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "rrtype");
        double size = readerSize(v);

        assertThat(textSizes(area, narrow)).as("a table that fits its line").containsOnly(size);
        assertThat(textSizes(area, wide + 1)).as("the table beside it, wider than its line")
                .allSatisfy(s -> assertThat(s).isLessThan(size));
    }

    @Test
    void aTableTooWideEvenAtTheFloorKeepsItsColumnsFittingAtTheReadersSize() throws Exception {
        String[][] tooWide = {
            {"First column", "Second column", "Third column", "Fourth column", "Fifth column", "Last"},
            {"a wide first cell here", "a wide second cell here", "a wide third cell here",
                "a wide fourth cell here", "a wide fifth cell here", "end"},
            {"a", "b", "c", "d", "e", "f"},
        };
        MainView v = open(markdown(tooWide) + markdown(dnsShort()));
        ReadingArea area = v.readerView().area();
        int table = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "First column");
        int dns = RunningMargin.blockStarting(v.viewModel().reader().getLayout(), "rrtype");
        double size = readerSize(v);

        assertThat(textSizes(area, table + 2)).as("a table too wide at 70 % keeps the reader's size").containsOnly(size);
        double wideCell = cellStart(area, table + 1, 1).getMinX() - cellStart(area, table + 1, 0).getMinX();
        double column = cellStart(area, table + 2, 1).getMinX() - cellStart(area, table + 2, 0).getMinX();
        assertThat(column).as("its columns set closer than their widest cells, as before")
                .isLessThan(wideCell * 0.6);
        assertThat(textSizes(area, dns + 1)).as("the table after it, which fits at 70 %, set smaller")
                .allSatisfy(s -> assertThat(s).isLessThan(size));
    }
}
