package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout analysis on small PDFs made here: reading order, paragraphs, headings, heads and footers. */
class PdfLayoutTest {
    static final String ONE = "Reading a paper on a laptop screen is slow when the page is set for print, and the reader"
            + " pans from column to column to follow the argument of the authors.";
    static final String TWO = "A reflowing reader sets the same words in one column at the size the reader chose, so"
            + " that notes can be anchored to the words and survive a new version of the paper.";
    static final String THREE = "The layout analysis finds the lines, the columns and the paragraphs of each page, and"
            + " it leaves out the running heads, the footers and the page numbers.";

    @TempDir
    Path dir;

    private static List<String> texts(PdfText text) {
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }

    private static String plain(String text) {
        return text.replace("~", "");
    }

    @Test
    void oneColumnParagraphsAreRebuiltFromIndentsAndHeadingsFromNumberingAndSize() throws Exception {
        Path file = dir.resolve("one.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.line(72, 90, TIMES_BOLD, 18, "Reading Papers Reflowed");
            page.line(72, 130, TIMES_BOLD, 12, "1 Introduction");
            float y = page.paragraph(72, 150, 451, TIMES, 10, 12, 0, ONE);
            y = page.paragraph(72, y, 451, TIMES, 10, 12, 15, TWO);
            page.line(72, y + 12, TIMES_BOLD, 12, "2 Method");
            y = page.paragraph(72, y + 32, 451, TIMES, 10, 12, 0, THREE);
            page.line(72, y + 12, TIMES_BOLD, 10, "2.1 Materials");
            page.paragraph(72, y + 30, 451, TIMES, 10, 12, 0, ONE);
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(text.title()).isEqualTo("Reading Papers Reflowed");
        assertThat(texts(text)).containsExactly("1 Introduction", ONE, TWO, "2 Method", THREE, "2.1 Materials", ONE);
        assertThat(text.paragraphs()).extracting(PdfParagraph::kind, PdfParagraph::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PdfParagraph.Kind.HEADING, 1),
                org.assertj.core.groups.Tuple.tuple(PdfParagraph.Kind.TEXT, 0),
                org.assertj.core.groups.Tuple.tuple(PdfParagraph.Kind.TEXT, 0),
                org.assertj.core.groups.Tuple.tuple(PdfParagraph.Kind.HEADING, 1),
                org.assertj.core.groups.Tuple.tuple(PdfParagraph.Kind.TEXT, 0),
                org.assertj.core.groups.Tuple.tuple(PdfParagraph.Kind.HEADING, 2),
                org.assertj.core.groups.Tuple.tuple(PdfParagraph.Kind.TEXT, 0));
    }

    @Test
    void twoColumnPagesReadColumnByColumnWithoutHeadsFootersAndPageNumbers() throws Exception {
        Path file = dir.resolve("two.pdf");
        String left = ONE + " " + TWO + " " + THREE;
        String right = THREE + " " + ONE;
        try (PdfMaker pdf = new PdfMaker()) {
            for (int n = 1; n <= 3; n++) {
                PdfMaker.Page page = pdf.page();
                page.line(72, 50, TIMES, 8, "Journal of Reflowed Reading, vol. 3 (2026)");
                page.line(450, 50, TIMES, 8, "Margin et al.");
                page.paragraph(72, 90, 215, TIMES, 10, 12, 0, left);
                page.paragraph(308, 90, 215, TIMES, 10, 12, 0, right);
                page.line(290, 800, TIMES, 9, Integer.toString(n));
            }
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(texts(text)).containsExactly(left, right, left, right, left, right);
        assertThat(text.pageLabels()).containsExactly("1", "2", "3");
        assertThat(text.paragraphs()).extracting(PdfParagraph::page).containsExactly(0, 0, 1, 1, 2, 2);
    }

    @Test
    void aParagraphGoesOnFromOneColumnToTheNext() throws Exception {
        Path file = dir.resolve("flow.pdf");
        String whole = (ONE + " " + TWO + " " + THREE + " ").repeat(3).strip();
        List<String> lines = PdfMaker.Page.wrap(TIMES, 10, 215, 0, whole);
        int half = lines.size() / 2;
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            for (int i = 0; i < lines.size(); i++) {
                page.line(i < half ? 72 : 308, 90 + 12 * (i < half ? i : i - half), TIMES, 10, lines.get(i));
            }
            pdf.save(file);
        }

        assertThat(texts(PdfLayout.DEFAULTS.read(file))).containsExactly(whole);
    }

    @Test
    void hyphenatedLineEndsAreJoined() throws Exception {
        Path file = dir.resolve("hyphens.pdf");
        String words = "Mar~gin joins the words that type~set~ting di~vided at the end of a line: the in~for~ma~tion,"
                + " the re~flow~ing, the para~graphs and the under~stand~ing of the rea~der, and a well-known com~pound"
                + " keeps its own hy~phen when it stands in~side a line.";
        List<String> lines = PdfMaker.Page.wrap(TIMES, 10, 120, 0, words);
        assertThat(lines.stream().filter(l -> l.endsWith("-")).count()).as("hyphenated line ends").isPositive();
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().paragraph(72, 90, 120, TIMES, 10, 12, 0, words);
            pdf.save(file);
        }

        assertThat(texts(PdfLayout.DEFAULTS.read(file))).containsExactly(plain(words));
    }

    @Test
    void ligatureGlyphsBecomeLetters() throws Exception {
        Path file = dir.resolve("ligatures.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().line(72, 90, pdf.sans(), 11, "The \uFB01rst \uFB02oor of the of\uFB01ce is \uFB02at.");
            pdf.save(file);
        }

        assertThat(texts(PdfLayout.DEFAULTS.read(file))).containsExactly("The first floor of the office is flat.");
    }

    @Test
    void captionsAreParagraphsOfTheirOwnAndTableCellsStayOutOfTheText() throws Exception {
        Path file = dir.resolve("table.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            float y = page.paragraph(72, 90, 451, TIMES, 10, 12, 0, ONE);
            page.line(72, y + 10, TIMES, 9, "Table 2: Reading times in seconds.");
            String[][] rows = {{"Format", "Median", "Worst"}, {"PDF", "1.2", "3.4"}, {"EPUB", "0.8", "1.9"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    page.line(100 + 120 * c, y + 30 + 12 * r, TIMES, 9, rows[r][c]);
                }
            }
            page.paragraph(72, y + 90, 451, TIMES, 10, 12, 0, TWO);
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(texts(text)).containsExactly(ONE, "Table 2: Reading times in seconds.", TWO);
        assertThat(text.paragraphs().get(1).kind()).isEqualTo(PdfParagraph.Kind.CAPTION);
    }

    @Test
    void smallTypeBesideAColumnWithTighterLeadingDoesNotInterleave() throws Exception {
        Path file = dir.resolve("footnote.pdf");
        String note = "Permission to make digital or hard copies of all or part of this work for personal or"
                + " classroom use is granted without fee provided that copies are not made or distributed.";
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.paragraph(72, 90, 215, TIMES, 7, 8, 0, note); // a footnote: 7 pt type on 8 pt lines
            page.paragraph(308, 94.5f, 215, TIMES, 9, 11, 0, TWO); // the other column, 9 on 11, offset
            pdf.save(file);
        }

        assertThat(texts(PdfLayout.DEFAULTS.read(file))).containsExactly(note, TWO);
    }

    @Test
    void aHeadingWrappedOverTwoLinesIsOneHeadingAndItsNumberStaysWithIt() throws Exception {
        Path file = dir.resolve("wrapped.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.line(72, 90, TIMES_BOLD, 10, "2.2");
            page.line(100, 90, TIMES_BOLD, 10, "Different approaches for multilingual");
            page.line(100, 102, TIMES_BOLD, 10, "bibliographies");
            page.paragraph(72, 120, 215, TIMES, 10, 12, 0, ONE);
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(texts(text)).containsExactly("2.2 Different approaches for multilingual bibliographies", ONE);
        assertThat(text.paragraphs().get(0).kind()).isEqualTo(PdfParagraph.Kind.HEADING);
        assertThat(text.paragraphs().get(0).level()).isEqualTo(2);
    }

    @Test
    void aListItemWithAHangingIndentIsOneParagraph() throws Exception {
        Path file = dir.resolve("list.pdf");
        String item = "Removed options: compat2 and twosideshift. Version 5 is no longer com~pat~ible with the versions"
                + " before it, and both were removed to make the package simpler.";
        List<String> lines = PdfMaker.Page.wrap(TIMES, 10, 300, 0, item);
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.line(72, 90, TIMES, 10, "\u2022");
            for (int i = 0; i < lines.size(); i++) {
                page.line(82, 90 + 12 * i, TIMES, 10, lines.get(i));
            }
            page.line(72, 90 + 12 * lines.size(), TIMES, 10, "\u2022");
            page.line(82, 90 + 12 * lines.size(), TIMES, 10, "Another item.");
            pdf.save(file);
        }

        assertThat(texts(PdfLayout.DEFAULTS.read(file))).containsExactly("\u2022 " + plain(item), "\u2022 Another item.");
    }

    @Test
    void aParagraphGoesOnPastTheFootnotesAtTheFootOfItsColumn() throws Exception {
        Path file = dir.resolve("footnotes.pdf");
        String whole = (ONE + " " + TWO + " " + THREE + " ").repeat(2).strip();
        List<String> lines = PdfMaker.Page.wrap(TIMES, 10, 215, 0, whole);
        int half = lines.size() / 2;
        String note = "1 A footnote in smaller type at the foot of the first column.";
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            for (int i = 0; i < lines.size(); i++) {
                page.line(i < half ? 72 : 308, 90 + 12 * (i < half ? i : i - half), TIMES, 10, lines.get(i));
            }
            page.line(72, 90 + 12 * half + 20, TIMES, 7, note);
            pdf.save(file);
        }

        assertThat(texts(PdfLayout.DEFAULTS.read(file))).containsExactly(whole, note);
    }

    @Test
    void romanNumberedSectionsHaveLettersBelowThem() throws Exception {
        Path file = dir.resolve("revtex.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.line(72, 90, TIMES_BOLD, 9, "I. INTRODUCTION");
            float y = page.paragraph(72, 110, 451, TIMES, 10, 12, 0, ONE);
            page.line(72, y + 10, TIMES_BOLD, 9, "A. Earlier readers");
            y = page.paragraph(72, y + 30, 451, TIMES, 10, 12, 0, TWO);
            page.line(72, y + 10, TIMES_BOLD, 9, "II. METHOD");
            page.paragraph(72, y + 30, 451, TIMES, 10, 12, 0, THREE);
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(text.paragraphs()).filteredOn(p -> p.kind() == PdfParagraph.Kind.HEADING)
                .extracting(PdfParagraph::text, PdfParagraph::level).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("I. INTRODUCTION", 1),
                        org.assertj.core.groups.Tuple.tuple("A. Earlier readers", 2),
                        org.assertj.core.groups.Tuple.tuple("II. METHOD", 1));
    }

    @Test
    void aTableOfContentsReadsOneEntryAParagraph() throws Exception {
        Path file = dir.resolve("contents.pdf");
        String[][] entries = {{"1 Introduction", "2"}, {"1.1 Writing classes", "2"}, {"1.2 Overview", "3"},
                {"2 Writing packages", "4"}};
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            for (int i = 0; i < entries.length; i++) {
                page.line(72, 90 + 12 * i, TIMES, 10, entries[i][0] + " " + ". ".repeat(20));
                page.line(500, 90 + 12 * i, TIMES, 10, entries[i][1]);
            }
            pdf.save(file);
        }

        assertThat(texts(PdfLayout.DEFAULTS.read(file))).containsExactly("1 Introduction … 2",
                "1.1 Writing classes … 2", "1.2 Overview … 3", "2 Writing packages … 4");
    }
}
