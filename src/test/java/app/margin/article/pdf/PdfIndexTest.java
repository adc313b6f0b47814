package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A back-of-book index reads one entry a paragraph, in column order, each sub-entry a level deeper, page numbers with
 * their entry; lines that only look so stay text.
 */
class PdfIndexTest {
    @TempDir
    Path dir;

    private static List<String> texts(PdfText text) {
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }

    private static List<String> entries(PdfText text) {
        return text.paragraphs().stream().filter(p -> p.kind() == PdfParagraph.Kind.ITEM)
                .map(p -> p.level() + " " + p.text()).toList();
    }

    /** Lines one under the other from {@code top}, 12 points apart; a line starting with spaces is set in that much. */
    private static void column(PdfMaker.Page page, float x, float top, String... lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int spaces = line.length() - line.stripLeading().length();
            page.line(x + 5 * spaces, top + 12 * i, TIMES, 10, line.strip());
        }
    }

    @Test
    void anIndexReadsOneEntryAParagraphInColumnOrderWithItsSubEntries() throws Exception {
        PdfText text = PdfMaker.read(dir, "index.pdf", page -> {
            page.line(72, 80, TIMES_BOLD, 14, "Index");
            column(page, 72, 110,
                    "accents package, 15",
                    "align environment, 4, 6, 7, 9, 26,",
                    "        31–33",
                    "alignat environment, 8, 9",
                    "arrows",
                    "    extensible, 15",
                    "    in commutative diagrams, 23",
                    "\\atop, 17, 32",
                    "binomials, 16",
                    "bm package, 2, 25, 33",
                    "CTAN (Comprehensive TeX",
                    "        Archive Network), 34");
            column(page, 320, 110,
                    "delimiters, 12, 13, 16–19",
                    "    fixed size, 18, 29",
                    "    null, 30",
                    "dots, see ellipsis dots",
                    "ellipsis dots",
                    "    in matrices, 13",
                    "equation environment, 1, 4",
                    "\\frac, 16, 17",
                    "gather environment, 6, 7");
        });

        assertThat(entries(text)).containsExactly(
                "1 accents package, 15", "1 align environment, 4, 6, 7, 9, 26, 31–33", "1 alignat environment, 8, 9",
                "1 arrows", "2 extensible, 15", "2 in commutative diagrams, 23", "1 \\atop, 17, 32",
                "1 binomials, 16", "1 bm package, 2, 25, 33", "1 CTAN (Comprehensive TeX Archive Network), 34",
                "1 delimiters, 12, 13, 16–19", "2 fixed size, 18, 29", "2 null, 30", "1 dots, see ellipsis dots",
                "1 ellipsis dots", "2 in matrices, 13", "1 equation environment, 1, 4", "1 \\frac, 16, 17",
                "1 gather environment, 6, 7");
    }

    @Test
    void anIndexSetWithLeadersKeepsAWrappedEntrysNumbersWithItAndItsGroupsLettersApart() throws Exception {
        PdfText text = PdfMaker.read(dir, "leaders.pdf", page -> {
            column(page, 72, 110,
                    "\\scshape . . . . . . . . . 32, 33",
                    "\\section . . . . . . . . 279,",
                    "      2257, 2259, 2263",
                    "\\setbox . . . . . . . . . . 514",
                    "\\setcitestyle . . . . . . . .",
                    "      . . . . . 25, 283, 357",
                    "\\setcounter . . 2089, 2176",
                    "\\sffamily . . . . . . . . . . 2360",
                    "\\small . . . . . . . . . . . . . 2233",
                    "                T",
                    "\\teaserfigure . . . . . . 2048",
                    "\\textbf . . 1756, 1768, 2848",
                    "\\thanks . . . . . . . . . . 1577");
        });

        assertThat(texts(text)).containsExactly("\\scshape … 32, 33", "\\section … 279, 2257, 2259, 2263",
                "\\setbox … 514", "\\setcitestyle … 25, 283, 357", "\\setcounter … 2089, 2176", "\\sffamily … 2360",
                "\\small … 2233", "T", "\\teaserfigure … 2048", "\\textbf … 1756, 1768, 2848",
                "\\thanks … 1577");
        assertThat(text.paragraphs().get(7).kind()).as("a group's letter is no entry").isNotEqualTo(
                PdfParagraph.Kind.ITEM);
    }

    @Test
    void aColumnsRowsOfEntriesAreNoTablesCells() throws Exception {
        String[][] rows = {
            {"\\@chapapp, 369", "\\clearpage, 27, 35", "\\fancyhf, 12"},
            {"\\@leftmark, 529", "concordance, 20", "\\fancyhfinit, 297"},
            {"\\@makecol, 474", "continued, 36", "\\fancyhfoffset, 25"},
            {"\\@markboth, 525", "dictionary, 20", "\\fancypagestyle, 14"},
            {"\\@mkboth, 524", "\\extramarks, 36", "\\fancyplain, 46"},
            {"\\afterpage, 35, 43", "\\f@nch@def, 18", "float, 41, 43"},
            {"bible, 39", "\\f@nch@foot, 349", "\\footrule, 385"}};
        PdfText text = PdfMaker.read(dir, "three.pdf", page -> {
            for (int i = 0; i < rows.length; i++) {
                for (int c = 0; c < 3; c++) {
                    page.line(72 + 160 * c, 110 + 12 * i, TIMES, 10, rows[i][c]);
                }
            }
        });

        assertThat(texts(text)).hasSize(21).contains("\\@chapapp, 369", "concordance, 20", "\\footrule, 385");
    }

    @Test
    void linesEndingInNumbersOutOfAlphabeticalOrderStayText() throws Exception {
        PdfText text = PdfMaker.read(dir, "contents.pdf", page -> column(page, 72, 110,
                "Preface 3", "Getting started 5", "Reading a paper 9", "Notes and highlights 14",
                "Cards for review 21", "Exports 27", "Keys 30", "A long manual 35", "Libraries 40"));

        assertThat(entries(text)).isEmpty();
    }

    @Test
    void aTableOfContentsOfDatedEntriesIsNoIndex() throws Exception {
        PdfText text = PdfMaker.read(dir, "history.pdf", page -> column(page, 72, 110,
                "[2011/11/22 v0.22] . . . . . . . . 9", "[2012/03/07 v0.23] . . . . . . . . 9",
                "[2012/03/21 v0.24] . . . . . . . . 9", "[2016/05/16 v0.25] . . . . . . . . 9",
                "[2016/05/17 v0.27] . . . . . . . . 9", "[2019/07/27 v0.28] . . . . . . . . 10",
                "[2019/11/12 v0.29] . . . . . . . . 10", "[2019/12/09 v0.30] . . . . . . . . 10"));

        assertThat(entries(text)).isEmpty();
        assertThat(texts(text)).hasSize(8).first().isEqualTo("[2011/11/22 v0.22] … 9");
    }
}
