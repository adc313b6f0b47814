package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's list of references as a list, its numbers as markers. */
class ReferencesTest {
    static final String MORE = FootnotesTest.MORE;

    @TempDir
    Path dir;

    private PdfText read(String name, java.util.function.Consumer<PdfMaker.Page> draw) throws Exception {
        return PdfMaker.read(dir, name, draw);
    }

    private static List<PdfParagraph> items(PdfText text) {
        return text.paragraphs().stream().filter(p -> p.kind() == PdfParagraph.Kind.ITEM).toList();
    }

    @Test
    void entriesUnderAReferencesHeadingAreAListWithTheirNumbersAsMarkers() throws Exception {
        PdfText text = read("references.pdf", page -> {
            page.line(72, 90, TIMES_BOLD, 12, "1 Introduction");
            page.paragraph(72, 110, 451, TIMES, 10, 12, 0, MORE);
            page.line(72, 160, TIMES_BOLD, 12, "References");
            page.line(72, 180, TIMES, 9, "[1] Donald E. Knuth. The TeXbook. Addison-Wesley, Reading, Massachusetts,");
            page.line(84, 191, TIMES, 9, "1986.");
            page.line(72, 202, TIMES, 9, "[2] Leslie Lamport. LaTeX: A Document Preparation System. Addison-Wesley,");
            page.line(84, 213, TIMES, 9, "17. edition, 1994.");
        });

        assertThat(items(text)).extracting(PdfParagraph::marker, PdfParagraph::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("[1]",
                        "Donald E. Knuth. The TeXbook. Addison-Wesley, Reading, Massachusetts, 1986."),
                org.assertj.core.groups.Tuple.tuple("[2]",
                        "Leslie Lamport. LaTeX: A Document Preparation System. Addison-Wesley, 17. edition, 1994."));
        assertThat(text.paragraphs()).extracting(PdfParagraph::kind).doesNotContain(PdfParagraph.Kind.NOTE);
    }

    @Test
    void anEntryGoesOnAtTheNextColumnsTopButAParagraphSetBelowTheLastEntryIsNotPartOfIt() throws Exception {
        String after = "The second approach uses the main language of the document for the whole bibliography.";
        PdfText text = read("columns.pdf", page -> {
            page.paragraph(72, 100, 215, TIMES, 10, 12, 14, MORE);
            page.line(72, 640, TIMES_BOLD, 10, "References");
            page.line(72, 660, TIMES, 10, "[1] Donald E. Knuth. The TeXbook. Addison-");
            page.line(86, 672, TIMES, 10, "Wesley, Reading, Massachusetts, 1986.");
            page.line(72, 684, TIMES, 10, "[2] Leslie Lamport. LaTeX: A Document Prepa-");
            page.line(86, 696, TIMES, 10, "ration System. A user's guide.");
            page.line(322, 100, TIMES, 10, "Addison-Wesley, Reading, Massachusetts, 1994.");
            page.line(308, 112, TIMES, 10, "[3] Michel Goossens. The LaTeX Companion.");
            page.line(322, 124, TIMES, 10, "Addison-Wesley, 1994.");
            page.line(308, 136, TIMES, 10, "[4] Nicholas J. Higham. Handbook of Writing. 2nd ed.");
            page.line(322, 148, TIMES, 10, "Philadelphia: SIAM, 1998.");
            page.paragraph(308, 166, 215, TIMES, 10, 12, 0, after);
        });

        assertThat(items(text)).extracting(PdfParagraph::marker).containsExactly("[1]", "[2]", "[3]", "[4]");
        assertThat(items(text).get(1).text()).as("broken by the column, it goes on at the next one's top")
                .endsWith("A user's guide. Addison-Wesley, Reading, Massachusetts, 1994.");
        assertThat(items(text).get(2).text()).isEqualTo("Michel Goossens. The LaTeX Companion. Addison-Wesley, 1994.");
        assertThat(items(text).get(3).text()).as("a short line's sentence ended, the next at the hanging indent")
                .isEqualTo("Nicholas J. Higham. Handbook of Writing. 2nd ed. Philadelphia: SIAM, 1998.");
        assertThat(text.paragraphs().get(text.paragraphs().size() - 1).text()).isEqualTo(after);
    }

    @Test
    void citationsLinkToThePapersOwnListNotToASampleListPrintedBeforeIt() throws Exception {
        PdfText text = read("sample.pdf", page -> {
            page.line(72, 90, TIMES_BOLD, 12, "1 Introduction");
            page.line(72, 110, TIMES, 10, "The package works with babel [1], ngerman [3] and bibgerm [4].");
            page.line(72, 122, TIMES, 10, "It was written for babelbib [2]. A bibliography looks like this:");
            page.line(72, 150, TIMES_BOLD, 10, "References");
            page.line(72, 166, TIMES, 10, "[1] W. Beitz. Dubbel. Springer-Verlag, Berlin, 1990.");
            page.line(72, 178, TIMES, 10, "[2] G. Dieter. Materials Selection and Design. ASM, 1997.");
            page.line(72, 210, TIMES_BOLD, 12, "2 Conclusions");
            page.line(72, 230, TIMES, 10, "The package is useful for bibliographies in many languages.");
            page.line(72, 260, TIMES_BOLD, 12, "References");
            page.line(72, 280, TIMES, 10, "[1] J. Braams. Babel, a multilingual package, 2002.");
            page.line(72, 292, TIMES, 10, "[2] H. Harders. The babelbib package, 2003.");
            page.line(72, 304, TIMES, 10, "[3] B. Raichle. Kurzbeschreibung german.sty, 1998.");
            page.line(72, 316, TIMES, 10, "[4] M. Wallmeier. Macros for german BibTeXing, 2000.");
        });

        List<String> targets = text.paragraphs().stream().filter(p -> p.text().contains("babel"))
                .filter(p -> p.kind() == PdfParagraph.Kind.TEXT)
                .flatMap(p -> p.spans().stream()).filter(s -> s.style() == app.margin.model.Span.Style.LINK)
                .map(app.margin.model.Span::target).toList();
        assertThat(targets).containsExactly("#ref2-1", "#ref2-3", "#ref2-4", "#ref2-2");
    }

    @Test
    void aSampleListInsideTheTextOpensNoSectionButThePapersOwnDoes() throws Exception {
        PdfText text = read("sample-heading.pdf", page -> {
            page.line(72, 90, TIMES_BOLD, 12, "1 Introduction");
            page.line(72, 110, TIMES, 10, "The package sets a bibliography in the language of each entry, like this:");
            page.line(72, 130, TIMES_BOLD, 10, "References");
            page.line(86, 146, TIMES, 10, "[1] W. Beitz. Dubbel. Springer-Verlag, Berlin, 1990."); // set in, as TUGboat
            page.line(86, 158, TIMES, 10, "[2] G. Dieter. Materials Selection and Design. ASM, 1997.");
            page.line(82, 176, TIMES, 10, "The second approach uses the main language of the document throughout.");
            page.line(72, 210, TIMES_BOLD, 12, "References");
            page.line(72, 230, TIMES, 10, "[1] J. Braams. Babel, a multilingual package, 2002.");
            page.line(72, 242, TIMES, 10, "[2] H. Harders. The babelbib package, 2003.");
        });

        List<PdfParagraph> references = text.paragraphs().stream().filter(p -> p.text().equals("References"))
                .toList();
        assertThat(references).extracting(PdfParagraph::kind).containsExactly(PdfParagraph.Kind.TEXT,
                PdfParagraph.Kind.HEADING);
        assertThat(items(text)).hasSize(4);
    }

    @Test
    void aRunOfNumberedEntriesUnderNoHeadingIsAListAndTheTextAfterItIsNot() throws Exception {
        String after = "A paragraph after the list that does not start with a number.";
        PdfText text = read("bare.pdf", page -> {
            page.paragraph(72, 100, 451, TIMES, 10, 12, 0, MORE);
            page.line(72, 140, TIMES, 9, "[1] E. Witten, (2001), hep-th/0106109, and references therein.");
            page.line(72, 151, TIMES, 9, "[2] J. S. Smith and G. W. Johnson, Philos. Trans. R. Soc.");
            page.line(72, 162, TIMES, 9, "London, Ser. B 777, 1395 (2005).");
            page.line(72, 173, TIMES, 9, "[3] A. G. Agarwal, Semiconductors 66, 1238 (2001).");
            page.line(72, 200, TIMES, 10, after);
        });

        assertThat(items(text)).extracting(PdfParagraph::marker).containsExactly("[1]", "[2]", "[3]");
        assertThat(items(text).get(1).text()).isEqualTo("J. S. Smith and G. W. Johnson, Philos. Trans. R. Soc."
                + " London, Ser. B 777, 1395 (2005).");
        assertThat(text.paragraphs()).extracting(PdfParagraph::text).contains(after);
    }

    @Test
    void twoParagraphsStartingWithACitationAreNoList() throws Exception {
        PdfText text = read("cites.pdf", page -> {
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, "[4] showed that the method works on small"
                    + " pages, and the reader may try it.");
            page.paragraph(72, y + 12, 451, TIMES, 10, 12, 0, "[5] showed the opposite on large ones.");
        });

        assertThat(items(text)).isEmpty();
    }

    @Test
    void aRunInBoldHeadingBelowTheLastEntryStartsAParagraphOfItsOwn() throws Exception {
        PdfText text = read("acknowledgments.pdf", page -> {
            page.paragraph(72, 100, 451, TIMES, 10, 12, 0, MORE);
            page.line(72, 160, TIMES_BOLD, 12, "References");
            page.line(72, 180, TIMES, 10, "[1] Itô, K.: Multiple Wiener integral. J. Math. Soc. Japan 3, (1951), 157-169.");
            page.line(72, 192, TIMES, 10, "[2] Smirnov, S.: On the scaling limits of planar percolation, arXiv:1101.5820");
            PdfFacesTest.pieces(page, 72, 214, "Acknowledgments.", TIMES_BOLD,
                    " We are grateful to Martin Hairer who provided a nice macro.", TIMES);
        });

        assertThat(items(text)).extracting(PdfParagraph::text).containsExactly(
                "Itô, K.: Multiple Wiener integral. J. Math. Soc. Japan 3, (1951), 157-169.",
                "Smirnov, S.: On the scaling limits of planar percolation, arXiv:1101.5820");
        assertThat(text.paragraphs().get(text.paragraphs().size() - 1).text())
                .isEqualTo("Acknowledgments. We are grateful to Martin Hairer who provided a nice macro.");
    }

    @Test
    void aRunInItalicHeadingBelowTheLastEntryStartsAParagraphOfItsOwnButAnItalicTitleGoesOn() throws Exception {
        PdfText text = read("italic-heading.pdf", page -> {
            page.paragraph(72, 100, 451, TIMES, 10, 12, 0, MORE);
            page.line(72, 160, TIMES_BOLD, 12, "References");
            page.line(72, 180, TIMES, 10, "[1] Lévy, P.: Sur certains processus stochastiques homogènes,");
            PdfFacesTest.pieces(page, 84, 192, "Compositio Math.", PdfFacesTest.ITALIC, " 7, (1939), 283-339.", TIMES);
            page.line(72, 204, TIMES, 10, "[2] Smirnov, S.: On the scaling limits of planar percolation, arXiv:1101.5820");
            PdfFacesTest.pieces(page, 72, 226, "Acknowledgments.", PdfFacesTest.ITALIC,
                    " We are grateful to Martin Hairer who provided a nice macro.", TIMES);
        });

        assertThat(items(text)).extracting(PdfParagraph::text).containsExactly(
                "Lévy, P.: Sur certains processus stochastiques homogènes, Compositio Math. 7, (1939), 283-339.",
                "Smirnov, S.: On the scaling limits of planar percolation, arXiv:1101.5820");
        assertThat(text.paragraphs().get(text.paragraphs().size() - 1).text())
                .isEqualTo("Acknowledgments. We are grateful to Martin Hairer who provided a nice macro.");
    }

    @Test
    void ejpecpSamplesAcknowledgmentsAreNoPartOfItsLastReference() throws Exception {
        Path file = Path.of("/usr/share/doc/texlive-doc/latex/ejpecp/sample.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(file));
        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(items(text)).hasSize(6);
        assertThat(items(text).get(5).text()).endsWith("arXiv:1101.5820");
        assertThat(text.paragraphs()).extracting(PdfParagraph::text)
                .anyMatch(t -> t.startsWith("Acknowledgments. We are grateful to Martin Hairer"));
    }
}
