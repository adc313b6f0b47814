package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which paragraph stands for a bookmark's heading, and which only ends as the bookmark's title does. */
class PdfBookmarkHeadingsTest {

    @TempDir
    Path dir;

    @Test
    void anEquationsNumberOnTheNextPageIsNotTheHeadingOfABookmarkEndingInThatNumber() throws Exception {
        // thubeamer's example: slide 6 "Case 1" (its title not read as a heading), slide 7 "Case 2" with equation
        // (1). The number "(1)" ends "Case 1" as letters go, so it was taken for that heading and left the text, and
        // the outline read "Case 2", "Case 1".
        Path file = dir.resolve("slides.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().paragraph(72, 100, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE);
            PdfMaker.Page second = pdf.page();
            second.paragraph(72, 100, 451, TIMES, 10, 12, 15, PdfLayoutTest.TWO);
            second.line(160, 160, TIMES, 10, "x = a + b");
            second.line(480, 178, TIMES, 10, "(1)");
            second.paragraph(72, 200, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE);
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(bookmark(pdf, 0, "Case 1"));
            outline.addLast(bookmark(pdf, 1, "Case 2"));
            pdf.document.getDocumentCatalog().setDocumentOutline(outline);
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(text.bookmarks()).extracting(PdfText.Bookmark::title).containsExactly("Case 1", "Case 2");
        assertThat(text.bookmarks().get(0).paragraph()).isLessThan(text.bookmarks().get(1).paragraph());
        assertThat(text.paragraphs()).anyMatch(p -> p.text().contains("(1)"));
    }

    @Test
    void aBookmarkWithoutItsSectionsNumberTakesItFromTheHeadingItStandsFor() throws Exception {
        // hyperref writes bookmarks without numbers unless told to: ejpecp's outline read "Section headings and
        // equation numbering" where the page says "4 Section headings and equation numbering" and the text refers
        // to "section 4"; the heading left the text for the bookmark, and its number with it.
        Path file = dir.resolve("paper.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.line(72, 100, PdfMaker.TIMES_BOLD, 12, "4 Section headings and equation numbering");
            page.paragraph(72, 130, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE);
            page.line(72, 220, PdfMaker.TIMES_BOLD, 11, "4.1 A sub-section");
            page.paragraph(72, 250, 451, TIMES, 10, 12, 15, PdfLayoutTest.TWO);
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem section = bookmarkAt(pdf, 0, 95, "Section headings and equation numbering");
            section.addLast(bookmarkAt(pdf, 0, 215, "A sub-section"));
            outline.addLast(section);
            pdf.document.getDocumentCatalog().setDocumentOutline(outline);
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(text.bookmarks()).extracting(PdfText.Bookmark::title)
                .containsExactly("4 Section headings and equation numbering", "4.1 A sub-section");
    }

    @Test
    void aNumberIsTakenOnlyWhenTheBookmarkHasNoneAndTheHeadingGoesOnAsTheBookmarkDoes() {
        assertThat(BookmarkPlaces.numbered("Results", "3 Results")).isEqualTo("3 Results");
        assertThat(BookmarkPlaces.numbered("Proofs", "A.2 Proofs")).isEqualTo("A.2 Proofs");
        assertThat(BookmarkPlaces.numbered("3 Results", "3 Results")).isEqualTo("3 Results");
        assertThat(BookmarkPlaces.numbered("Results", "Results")).isEqualTo("Results");
        assertThat(BookmarkPlaces.numbered("Results", "2021 Results")).as("a year, no section").isEqualTo("Results");
        assertThat(BookmarkPlaces.numbered("Results", "12 Other things")).isEqualTo("Results");
    }

    private static PDOutlineItem bookmarkAt(PdfMaker pdf, int page, float top, String title) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(pdf.document.getPage(page));
        destination.setTop((int) (PdfMaker.HEIGHT - top));
        item.setDestination(destination);
        return item;
    }

    private static PDOutlineItem bookmark(PdfMaker pdf, int page, String title) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(pdf.document.getPage(page));
        destination.setTop((int) (PdfMaker.HEIGHT - 20));
        item.setDestination(destination);
        return item;
    }
}
