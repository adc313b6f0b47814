package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Span;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Citations by author and year link to the entry of the list of references that they name, and only to it. */
class AuthorYearTest {
    static final String[] ENTRIES = {
        "Brown, A. (1999). On the first of two books by authors of the same name, published in the same year by the"
            + " same press, which no citation can tell apart.",
        "Brown, B. (1999). On the second of two books by authors of the same name, published in the same year by"
            + " the same press, which no citation can tell apart.",
        "Knuth, D. E. (1984). The TeXbook, volume A of Computers and Typesetting. Addison-Wesley, Reading,"
            + " Massachusetts, with many exercises and their answers.",
        "Knuth, D. E. (1986a). TeX: The Program, volume B of Computers and Typesetting. Addison-Wesley, Reading,"
            + " Massachusetts, the program itself.",
        "Knuth, D. E. (1986b). The METAFONTbook, volume C of Computers and Typesetting. Addison-Wesley, Reading,"
            + " Massachusetts, the book of the fonts.",
        "Lamport, L. (1994). LaTeX: A Document Preparation System. User's Guide and Reference Manual. Second"
            + " edition, Addison-Wesley, Reading, Massachusetts.",
        "Lamport, L., Mittelbach, F., and Goossens, M. (1994). The LaTeX Companion, the first edition of the book"
            + " that tells what the packages do and how.",
        "Smith, J. (2001). A book by one author that shares a surname and a year with the book by two authors"
            + " below it, so that the second author tells them apart.",
        "Smith, J. and Jones, K. (2001). A book by two authors that shares the first surname and the year with"
            + " the book above it, which has only one author.",
    };

    @TempDir
    Path dir;

    /** Entries set with a hanging indent: the first line at {@code x}, the lines after it 12 points in. */
    static float references(PdfMaker.Page page, float x, float top) {
        float y = top;
        for (String entry : ENTRIES) {
            List<String> lines = PdfMaker.Page.wrap(TIMES, 9, 439, -12, entry);
            for (int i = 0; i < lines.size(); i++) {
                page.line(i == 0 ? x : x + 12, y, TIMES, 9, lines.get(i));
                y += 11;
            }
        }
        return y;
    }

    private PdfText read(String cites) throws Exception {
        return PdfMaker.read(dir, "cites.pdf", page -> {
            page.line(72, 90, TIMES_BOLD, 12, "1 Introduction");
            float y = page.paragraph(72, 110, 451, TIMES, 10, 12, 0, cites);
            page.line(72, y + 20, TIMES_BOLD, 12, "References");
            references(page, 72, y + 40);
        });
    }

    /** Each linked run of the paragraph that cites, and the entry it links to. */
    private static Map<String, String> links(PdfText text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (PdfParagraph p : text.paragraphs()) {
            for (Span s : p.spans()) {
                if (s.style() == Span.Style.LINK) {
                    out.put(p.text().substring(s.start(), s.end()), s.target());
                }
            }
        }
        return out;
    }

    @Test
    void entriesSetWithAHangingIndentAreOneItemEachWithAnIdOfTheirAuthorAndYear() throws Exception {
        PdfText text = read("A paragraph that cites nothing at all, and goes on for long enough to be a paragraph.");

        List<PdfParagraph> items = text.paragraphs().stream().filter(p -> p.kind() == PdfParagraph.Kind.ITEM)
                .toList();
        assertThat(items).extracting(PdfParagraph::text).containsExactly(ENTRIES);
        assertThat(items).extracting(PdfParagraph::id).containsExactly("ref-brown-1999", "ref-brown-1999-2",
                "ref-knuth-1984", "ref-knuth-1986a", "ref-knuth-1986b", "ref-lamport-1994", "ref-lamport-1994-2",
                "ref-smith-2001", "ref-smith-2001-2");
        assertThat(items).extracting(PdfParagraph::marker).containsOnlyNulls();
    }

    @Test
    void citationsInParenthesesAndBracketsLinkToTheEntryTheyName() throws Exception {
        PdfText text = read("The book (Knuth, 1984) and its program (Knuth 1986a; Lamport 1994) were followed by"
                + " Knuth [1986b], and Lamport et al. (1994) say how, as Smith and Jones, 2001 and Smith (2001) did.");

        assertThat(links(text)).containsExactly(
                Map.entry("Knuth, 1984", "#ref-knuth-1984"),
                Map.entry("Knuth 1986a", "#ref-knuth-1986a"),
                Map.entry("Lamport 1994", "#ref-lamport-1994"),
                Map.entry("Knuth [1986b]", "#ref-knuth-1986b"),
                Map.entry("Lamport et al. (1994)", "#ref-lamport-1994-2"),
                Map.entry("Smith and Jones, 2001", "#ref-smith-2001-2"),
                Map.entry("Smith (2001)", "#ref-smith-2001"));
    }

    @Test
    void aCitationThatFitsTwoEntriesOrNoneLinksNowhere() throws Exception {
        PdfText text = read("Two books (Brown, 1999) cannot be told apart, a year no entry has (Knuth, 1990) and a"
                + " name no entry has (Wirth, 1984) link nowhere, nor does In 1984 or March 1994.");

        assertThat(links(text)).isEmpty();
    }

    @Test
    void yearsAfterOneNameEachLinkToTheirEntry() throws Exception {
        PdfText text = read("Both volumes (Knuth 1986a, 1986b) and both again (Knuth 1986a,b) are cited here.");

        assertThat(text.paragraphs().get(1).spans()).extracting(Span::target).containsExactly("#ref-knuth-1986a",
                "#ref-knuth-1986b", "#ref-knuth-1986a", "#ref-knuth-1986b");
    }
}
