package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Span;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole lines set in a monospaced face, several in a row, are a code listing: its lines and indents kept. */
class PdfListingsTest {
    static final PDFont COURIER = new PDType1Font(Standard14Fonts.FontName.COURIER);
    /** Courier's characters are 0.6 em wide: 6 points at 10 points. */
    static final float COLUMN = 6f;

    @TempDir
    Path dir;

    /** A line of Courier at {@code column} characters from the listing's left edge (x = 90). */
    private static void code(PdfMaker.Page page, float y, int column, String text) {
        page.line(90 + column * COLUMN, y, COURIER, 10, text);
    }

    /** Forty lines of running text down to a page's foot, where a listing then starts. */
    private static void fillAboveTheFoot(PdfMaker.Page page) {
        for (int i = 0; i < 40; i++) {
            page.line(72, 100 + i * 14, TIMES, 10, "Line " + i + " of the running text that fills the page before"
                    + " the listing at its foot.");
        }
    }

    @Test
    void monospacedLinesInARowAreOneListingWithTheirLineBreaksAndIndents() throws Exception {
        PdfText text = PdfMaker.read(dir, "listing.pdf", page -> {
            page.line(72, 100, TIMES, 10, "The function below greets whoever it is given, or the world when it is");
            page.line(72, 112, TIMES, 10, "given nobody at all:");
            code(page, 130, 0, "function greet(name)");
            code(page, 142, 4, "local n = 0");
            code(page, 142, 24, "-- a counter");
            code(page, 154, 4, "if name == nil then");
            code(page, 166, 8, "return \"hello, world\"");
            code(page, 178, 4, "end");
            code(page, 190, 0, "end");
            page.line(72, 208, TIMES, 10, "It is called once for every reader, when the reader opens the book.");
        });

        assertThat(text.paragraphs()).extracting(PdfParagraph::kind).containsExactly(PdfParagraph.Kind.TEXT,
                PdfParagraph.Kind.CODE, PdfParagraph.Kind.TEXT);
        assertThat(text.paragraphs().get(1).text()).isEqualTo("""
                function greet(name)
                    local n = 0         -- a counter
                    if name == nil then
                        return "hello, world"
                    end
                end""");
        assertThat(text.paragraphs().get(2).text())
                .isEqualTo("It is called once for every reader, when the reader opens the book.");
    }

    @Test
    void aSentenceGoingOnAtTheTopOfTheNextColumnWithAFileNameBeforeASmallerListingIsNoListing() throws Exception {
        PdfText text = PdfMaker.read(dir, "column.pdf", page -> {
            for (int i = 0; i < 20; i++) { // a full column whose sentence goes on in the next
                page.line(72, 100 + 12 * i, TIMES, 10, i < 19 ? "the dialects defined in the file, which are the"
                        : "British, Canadian, English and US English for");
            }
            float x = 308; // "english.bdf):", the file's name in a monospaced face, at the same size as the text
            page.line(x, 100, COURIER, 10, "english.bdf");
            page.line(x + PdfMaker.Page.width(COURIER, 10, "english.bdf"), 100, TIMES, 10, "):");
            page.line(308, 111, COURIER, 9, "\\AtBeginDocument{%");
            page.line(308 + 2 * 5.4f, 121, COURIER, 9, "\\ifbbbbfixlanguage");
            page.line(308, 131, COURIER, 9, "}");
            page.line(308, 149, TIMES, 10, "The commands typeset the names of the languages in the keyword language.");
        });

        assertThat(text.paragraphs()).extracting(PdfParagraph::kind).containsExactly(PdfParagraph.Kind.TEXT,
                PdfParagraph.Kind.CODE, PdfParagraph.Kind.TEXT);
        assertThat(text.paragraphs().get(0).text()).endsWith("US English for english.bdf):");
        assertThat(text.paragraphs().get(1).text()).startsWith("\\AtBeginDocument{%");
    }

    @Test
    void aMarkInTheMarginBesideCodeLinesLeavesThemOneListing() throws Exception {
        PdfText text = PdfMaker.read(dir, "marked.pdf", page -> {
            page.line(72, 100, TIMES, 10, "As described in section 4.1, bst files print titles twice, with changed"
                    + " case and with preserved case, in order to enable");
            page.line(72, 112, TIMES, 10, "This is done by the function that changes the case:");
            String[] lines = {"FUNCTION {language.change.case}", "{", "  't :=", "}"};
            for (int i = 0; i < lines.length; i++) {
                code(page, 124 + 12 * i, 0, lines[i]); // as close as TUGboat sets them: no band between
                page.line(400, 124 + 12 * i, TIMES, 10, "*"); // a changed line's mark, at the column's right
            }
            page.line(72, 174, TIMES, 10, "In order for this to work, the string variables have to be defined"
                    + " beforehand, so the line that declares them is changed to");
        });

        assertThat(text.paragraphs()).extracting(PdfParagraph::kind).containsExactly(PdfParagraph.Kind.TEXT,
                PdfParagraph.Kind.CODE, PdfParagraph.Kind.TEXT);
        assertThat(text.paragraphs().get(1).text()).startsWith("FUNCTION {language.change.case}").contains("\n{")
                .contains("'t :=");
    }

    @Test
    void aListingBrokenByAPageIsOneListingEachPartIndentedFromItsOwnEdge() throws Exception {
        Path file = dir.resolve("broken.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page one = pdf.page();
            fillAboveTheFoot(one);
            code(one, 680, 0, "function greet(name)");
            code(one, 692, 4, "if name == nil then");
            PdfMaker.Page two = pdf.page();
            two.line(110, 100, COURIER, 10, "return \"hello, world\""); // its own page's edge: 20 points further in
            two.line(86, 112, COURIER, 10, "end");
            two.line(62, 124, COURIER, 10, "end");
            two.line(72, 148, TIMES, 10, "It is called once for every reader, when the reader opens the book.");
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        List<PdfParagraph> code = text.paragraphs().stream().filter(p -> p.kind() == PdfParagraph.Kind.CODE).toList();
        assertThat(code).as("one listing, not two").hasSize(1);
        assertThat(code.get(0).text()).isEqualTo("""
                function greet(name)
                    if name == nil then
                        return "hello, world"
                    end
                end""");
        assertThat(code.get(0).page()).isZero();
    }

    @Test
    void aListingBrokenByAColumnIsOneListingWhenItEndsTheColumnAndStartsTheNext() throws Exception {
        PdfText text = PdfMaker.read(dir, "columns.pdf", page -> {
            page.line(160, 60, TIMES, 16, "A Paper Set in Two Columns");
            for (int i = 0; i < 30; i++) {
                page.line(56, 100 + i * 12, TIMES, 10, "Line " + i + " of the left column, before");
            }
            page.line(56, 470, COURIER, 10, "function greet(name)");
            page.line(56 + 4 * COLUMN, 482, COURIER, 10, "if name == nil then");
            page.line(310 + 8 * COLUMN, 100, COURIER, 10, "return \"hello, world\""); // the right column's top
            page.line(310 + 4 * COLUMN, 112, COURIER, 10, "end");
            page.line(310, 124, COURIER, 10, "end");
            for (int i = 0; i < 30; i++) {
                page.line(310, 142 + i * 12, TIMES, 10, "Line " + i + " of the right column, after");
            }
        });

        List<PdfParagraph> code = text.paragraphs().stream().filter(p -> p.kind() == PdfParagraph.Kind.CODE).toList();
        assertThat(code).as("one listing, not two").hasSize(1);
        assertThat(code.get(0).text()).isEqualTo("""
                function greet(name)
                    if name == nil then
                        return "hello, world"
                    end
                end""");
    }

    @Test
    void listingsSideBySideWithTextUnderThemStayTwo() throws Exception {
        PdfText text = PdfMaker.read(dir, "table.pdf", page -> {
            page.paragraph(56, 100, 480, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
            String[] names = {"a", "bb", "cccc"}; // lines of different lengths, as code has
            for (int i = 0; i < 3; i++) {
                page.line(56, 140 + i * 12, COURIER, 10, "\\edef\\" + names[i] + "{" + i + "}");
                page.line(310, 140 + i * 12, COURIER, 10, names[i] + " = " + i);
            }
            page.paragraph(56, 190, 480, TIMES, 10, 12, 0, PdfLayoutTest.TWO);
        });

        assertThat(text.paragraphs().stream().filter(p -> p.kind() == PdfParagraph.Kind.CODE)).hasSize(2);
    }

    @Test
    void aListingBrokenInsideANestedBlockKeepsTheBlocksIndentOnTheNextPage() throws Exception {
        Path broken = dir.resolve("broken-nested.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page one = pdf.page();
            fillAboveTheFoot(one);
            code(one, 680, 0, "def f():");
            code(one, 692, 4, "a = 1");
            PdfMaker.Page two = pdf.page();
            two.line(90 + 4 * COLUMN, 100, COURIER, 10, "b = 2"); // still inside f
            two.line(90 + 4 * COLUMN, 112, COURIER, 10, "return b");
            two.line(72, 140, TIMES, 10, "It is called once for every reader, when the reader opens the book.");
            pdf.save(broken);
        }

        PdfText text = PdfLayout.DEFAULTS.read(broken);

        List<PdfParagraph> code = text.paragraphs().stream().filter(p -> p.kind() == PdfParagraph.Kind.CODE).toList();
        assertThat(code).hasSize(1);
        assertThat(code.get(0).text()).isEqualTo("""
                def f():
                    a = 1
                    b = 2
                    return b""");
    }

    @Test
    void aMonospacedWordInProseStaysACodeSpanAndOneSetApartLineIsAListing() throws Exception {
        PdfText text = PdfMaker.read(dir, "inline.pdf", page -> {
            PdfFacesTest.pieces(page, 72, 100, "Call ", TIMES, "greet()", COURIER,
                    " to greet the reader; the class is loaded by the line", TIMES);
            code(page, 124, 2, "\\documentclass{article}");
            page.line(72, 148, TIMES, 10, "at the top of the file, before anything else is written there.");
        });

        List<PdfParagraph> paragraphs = text.paragraphs();
        assertThat(paragraphs).extracting(PdfParagraph::kind).containsExactly(PdfParagraph.Kind.TEXT,
                PdfParagraph.Kind.CODE, PdfParagraph.Kind.TEXT);
        PdfParagraph prose = paragraphs.get(0);
        assertThat(prose.spans()).filteredOn(s -> s.style() == Span.Style.CODE)
                .extracting(s -> prose.text().substring(s.start(), s.end())).containsExactly("greet()");
        assertThat(paragraphs.get(1).text()).isEqualTo("\\documentclass{article}");
    }

    @Test
    void runningTextSetInAMonospacedFaceStaysText() throws Exception {
        PdfText text = PdfMaker.read(dir, "names.pdf", page -> {
            code(page, 100, 0, "above abovedisplayshortskip abovedisplayskip abovewith-");
            code(page, 112, 0, "delims accent adjdemerits advance afterassignment after-");
            code(page, 124, 0, "group atop atopwithdelims badness baselineskip batch-");
            code(page, 136, 0, "mode begingroup belowdisplayshortskip");
        });

        assertThat(text.paragraphs()).extracting(PdfParagraph::kind).containsExactly(PdfParagraph.Kind.TEXT);
        assertThat(text.paragraphs().get(0).text()).startsWith("above abovedisplayshortskip abovedisplayskip"
                + " abovewithdelims accent");
    }

    @Test
    void aCodeLineDisplayedWithALittleRoomAboveAndBelowStaysApartFromTheParagraphAfterIt() throws Exception {
        // sample-sigconf.pdf p. 4: 9-point type on 11 points, the displayed line 13.5 points from its neighbours and
        // set in a little less than an em, the next paragraph's first line indented as far.
        PdfText text = PdfMaker.read(dir, "displayed.pdf", page -> {
            page.line(318, 100, TIMES, 9, "the 'author year' style; for these exceptions, please include this com-");
            page.line(318, 111, TIMES, 9, "mand in the preamble (before the command '\\begin{document}')");
            page.line(318, 122, TIMES, 9, "of your LaTeX source:");
            page.line(326.9f, 135.5f, COURIER, 9, "\\citestyle{acmauthoryear}");
            page.line(327.9f, 149, TIMES, 9, "Some examples. A paginated journal article [2], an enumerated");
            page.line(318, 160, TIMES, 9, "journal article [10], a reference to an entire issue [9], a monograph");
            page.line(318, 171, TIMES, 9, "(whole book) [23], and a monograph in a series, with its volume.");
        });

        assertThat(text.paragraphs()).extracting(PdfParagraph::kind).containsExactly(PdfParagraph.Kind.TEXT,
                PdfParagraph.Kind.CODE, PdfParagraph.Kind.TEXT);
        assertThat(text.paragraphs().get(1).text()).isEqualTo("\\citestyle{acmauthoryear}");
        assertThat(text.paragraphs().get(2).text()).startsWith("Some examples.");
    }
}
