package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chapter's opening as yathesis sets it: "Chapitre" beside a huge number, the chapter's title under it, and the
 * chapter's own short table of contents; a section's heading run in at its first paragraph's start (asmejour's).
 */
class PdfChapterOpeningsTest {
    private static final Path YATHESIS =
            Path.of("/usr/share/doc/texlive-doc/latex/yathesis/french/documentation/yathesis-fr.pdf");

    private static final Path ASME = Path.of("/usr/share/doc/texlive-doc/latex/asmejour/asmejour-template.pdf");

    @TempDir
    Path dir;

    private static List<String> texts(PdfText text) {
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }

    /** A chapter's opening at the top of the page: "Chapitre" and a huge "3" with no space, its title under it. */
    private static void opening(PdfMaker.Page page) {
        page.line(72, 200, TIMES, 14, "Chapitre");
        page.line(72 + PdfMaker.Page.width(TIMES, 14, "Chapitre") + 1.5f, 200, TIMES, 40, "3");
        page.line(72, 260, TIMES, 25, "Pages de titre");
        page.paragraph(72, 320, 451, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
    }

    @Test
    void aChaptersLabelBesideItsHugeNumberReadsWithASpace() throws Exception {
        PdfText text = PdfMaker.read(dir, "chapter.pdf", PdfChapterOpeningsTest::opening);

        assertThat(texts(text)).contains("Chapitre 3").doesNotContain("Chapitre3");
    }

    @Test
    void theLabelOverABookmarkedChaptersHeadingGoesWithItNotWithTheChapterBefore() throws Exception {
        Path file = dir.resolve("bookmarked.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page first = pdf.page();
            first.line(72, 90, TIMES_BOLD, 17, "2 Caractéristiques");
            first.paragraph(72, 120, 451, TIMES, 10, 12, 0, PdfLayoutTest.TWO);
            opening(pdf.page());
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(bookmark(pdf, 0, 80, "2 Caractéristiques"));
            outline.addLast(bookmark(pdf, 1, 180, "3 Pages de titre"));
            pdf.document.getDocumentCatalog().setDocumentOutline(outline);
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(texts(text)).as("the bookmark stands for the label and the heading").noneMatch(
                t -> t.startsWith("Chapitre")).doesNotContain("Pages de titre");
        PdfText.Bookmark three = text.bookmarks().get(1);
        assertThat(text.paragraphs().get(three.paragraph() - 1).page()).as("the chapter before ends on its page")
                .isZero();
        assertThat(text.paragraphs().get(three.paragraph()).page()).isEqualTo(1);
    }

    private static PDOutlineItem bookmark(PdfMaker pdf, int page, float top, String title) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(pdf.document.getPage(page));
        destination.setTop((int) (PdfMaker.HEIGHT - top));
        item.setDestination(destination);
        return item;
    }

    @Test
    void aBookmarkedRunInHeadingLeavesItsParagraphAndAnEquationNumberIsNoHeadingOfIt() throws Exception {
        Path file = dir.resolve("runin.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.line(72, 90, TIMES_BOLD, 12, "3 Section Headings");
            page.paragraph(72, 110, 451, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
            page.line(500, 200, TIMES, 10, "(3)");
            String head = "3.1 Subsection Headings.";
            page.line(72, 240, TIMES_BOLD, 10, head);
            page.line(76 + PdfMaker.Page.width(TIMES_BOLD, 10, head), 240, TIMES, 10, "Section headings should be in");
            page.line(72, 252, TIMES, 10, "title case, as ASME asks of its authors.");
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(bookmark(pdf, 0, 80, "3 Section Headings"));
            outline.addLast(bookmark(pdf, 0, 230, "3.1 Subsection Headings"));
            pdf.document.getDocumentCatalog().setDocumentOutline(outline);
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        PdfText.Bookmark sub = text.bookmarks().get(1);
        assertThat(text.paragraphs().get(sub.paragraph()).text()).as("asmejour's run-in headings read twice")
                .startsWith("Section headings should be in title case");
        assertThat(texts(text)).contains("(3)");
    }

    @Test
    void aChaptersOwnContentsOfTwoSectionsReadsOneEntryAParagraph() throws Exception {
        PdfText text = PdfMaker.read(dir, "minitoc.pdf", page -> {
            page.line(94, 340, TIMES_BOLD, 12, "Sommaire du présent chapitre");
            page.line(94, 365, TIMES, 10, "3.1 Production des pages de titre");
            page.line(500 - PdfMaker.Page.width(TIMES, 10, "19"), 365, TIMES, 10, "19");
            page.line(94, 380, TIMES, 10, "3.2 Exemple complet de pages de titre");
            page.line(500 - PdfMaker.Page.width(TIMES, 10, "20"), 380, TIMES, 10, "20");
            page.paragraph(72, 420, 451, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
        });

        assertThat(texts(text)).contains("3.1 Production des pages de titre … 19",
                "3.2 Exemple complet de pages de titre … 20");
    }

    @Test
    void twoRowsOfATableAreNoContents() throws Exception {
        PdfText text = PdfMaker.read(dir, "rows.pdf", page -> {
            page.line(94, 365, TIMES, 10, "Apples from the orchard");
            page.line(500 - PdfMaker.Page.width(TIMES, 10, "19"), 365, TIMES, 10, "19");
            page.line(94, 380, TIMES, 10, "Pears from the garden");
            page.line(500 - PdfMaker.Page.width(TIMES, 10, "20"), 380, TIMES, 10, "20");
            page.paragraph(72, 420, 451, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
        });

        assertThat(String.join(" ", texts(text))).doesNotContain("…");
    }

    @Test
    void asmesRunInHeadingsReadOnce() throws Exception {
        assumeThat(Files.isRegularFile(ASME)).as(ASME + " (Debian's texlive-publishers-doc)").isTrue();

        PdfText text = PdfLayout.DEFAULTS.read(ASME);

        assertThat(texts(text)).noneMatch(t -> t.startsWith("3.1 Subsection Headings."))
                .anyMatch(t -> t.startsWith("Section, subsection, and subsubsection headings"));
        assertThat(text.bookmarks()).extracting(PdfText.Bookmark::title).containsSubsequence(
                "5 Reference Formatting with asmejour.bst", "5.1 Capitalization of Titles", "6 More on Math");
    }

    @Test
    void yathesisChaptersOpenWithoutARunTogetherLabelAndTheirContentsReadOneEntryAParagraph() throws Exception {
        assumeThat(Files.isRegularFile(YATHESIS)).as(YATHESIS + " (Debian's texlive-lang-french-doc)").isTrue();

        PdfText text = PdfLayout.DEFAULTS.read(YATHESIS);

        assertThat(texts(text)).noneMatch(t -> t.matches("(Chapitre|Annexe) ?[0-9A-Z]"))
                .contains("3.1 Production des pages de titre … 19", "3.2 Exemple complet de pages de titre … 20");
        assertThat(text.paragraphs()).filteredOn(p -> p.kind() == PdfParagraph.Kind.NOTE)
                .allMatch(p -> p.text().startsWith(p.marker() + " "), "a note starts with its mark alone");
    }
}
