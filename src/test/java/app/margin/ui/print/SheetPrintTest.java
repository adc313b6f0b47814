package app.margin.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.exchange.StudySheet;
import app.margin.exchange.StudySheet.Sheet;
import app.margin.model.Anchor;
import app.margin.model.ArticleLayout;
import app.margin.model.AnchorResolver;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.TextQuote;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class SheetPrintTest {

    private static final List<String> STYLES = List.of(
            SheetPrintTest.class.getResource("/css/margin.css").toExternalForm());

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    /** A sheet of the bundled article with {@code count} highlights on its first paragraphs. */
    private static Sheet sheet(int count) throws Exception {
        ArticleLayout layout = ArticleLayout.of(TestArticles.synthetic(4, 4));
        List<Note> notes = new ArrayList<>();
        Instant t = Instant.parse("2025-03-03T09:00:00Z");
        int made = 0;
        for (int b = 0; b < layout.blocks().size() && made < count; b++) {
            String text = layout.blocks().get(b).text();
            if (layout.blocks().get(b).kind() != app.margin.model.Block.Kind.PARAGRAPH || text.length() < 40) {
                continue;
            }
            String exact = text.substring(0, 40);
            Anchor anchor = new Anchor(layout.sectionIdAt(b), new TextQuote(exact, "", text.substring(40,
                    Math.min(text.length(), 60))), b, 0, 40);
            notes.add(new Note("n" + made, layout.article().id(), null, NoteKind.HIGHLIGHT, anchor,
                    HighlightColor.values()[made % 5], "Note number " + made + " on this passage.", List.of("t"),
                    t, t));
            made++;
        }
        return StudySheet.of(layout, notes, List.of(), new AnchorResolver(layout)::resolve,
                Clock.fixed(t, ZoneOffset.UTC));
    }

    @Test
    void withNoPrinterTheReaderIsToldSoAndNothingPrints() throws Exception {
        Sheet sheet = sheet(3);
        List<String> problems = new ArrayList<>();
        List<String> infos = new ArrayList<>();
        boolean printed = onFx(() -> new SheetPrint(() -> null, new SheetPages(STYLES), infos::add, problems::add)
                .print(null, sheet, null));
        assertThat(printed).isFalse();
        assertThat(problems).containsExactly(SheetPrint.NO_PRINTER);
        assertThat(infos).isEmpty();
        assertThat(SheetPrint.NO_PRINTER).contains("no printer").contains("Export PDF");
    }

    @Test
    void theSystemsOwnPrinterLookupFindingNoneGivesTheSameMessage() throws Exception {
        Assumptions.assumeTrue(onFx(() -> Printer.getAllPrinters().isEmpty()), "this machine has a printer");
        Sheet sheet = sheet(1);
        List<String> problems = new ArrayList<>();
        boolean printed = onFx(() -> new SheetPrint(Printer::getDefaultPrinter, new SheetPages(STYLES),
                s -> { }, problems::add).print(null, sheet, null));
        assertThat(printed).isFalse();
        assertThat(problems).containsExactly(SheetPrint.NO_PRINTER);
    }

    @Test
    void pagesHoldEveryBlockInOrderAndNoPageOverflows() throws Exception {
        Sheet sheet = sheet(12);
        List<String> expected = SheetPages.text(SheetPages.blocks(sheet, null));
        double width = 451;  // A4's printable area at the default margins, in points
        double height = 300; // short pages, so the sheet needs several
        List<VBox> pages = onFx(() -> new SheetPages(STYLES).pages(sheet, null, width, height));

        assertThat(pages).hasSizeGreaterThan(1);
        List<String> printed = new ArrayList<>();
        for (VBox page : pages) {
            printed.addAll(SheetPages.text(page.getChildren()));
            double used = onFx(() -> {
                double sum = 0;
                for (Node n : page.getChildren()) {
                    sum += ((Label) n).getHeight();
                }
                return sum + page.getSpacing() * (page.getChildren().size() - 1);
            });
            assertThat(used).as("page %d's blocks", pages.indexOf(page) + 1).isLessThanOrEqualTo(height + 0.5);
            assertThat(page.getChildren()).isNotEmpty();
        }
        assertThat(printed).isEqualTo(expected);
        assertThat(expected).contains("Note number 11 on this passage.");
    }

    @Test
    void passagesCarryTheirHighlightColoursStyleClass() throws Exception {
        List<Label> blocks = SheetPages.blocks(sheet(5), null);
        List<String> classes = blocks.stream().filter(l -> l.getStyleClass().contains("print-passage"))
                .map(l -> l.getStyleClass().get(l.getStyleClass().size() - 1)).toList();
        assertThat(classes).containsExactly("hl-yellow", "hl-green", "hl-blue", "hl-pink", "hl-purple");
    }
}
