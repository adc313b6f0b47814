package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static app.margin.article.pdf.PdfMaker.WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Span;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A title (or heading) set over two lines in one size and weight is one title when its first line goes on in the
 * next; a subtitle under it (a new phrase) and the authors stay apart. Set as TUGboat sets an article: the title
 * bold in body size, over the author's name, in a column.
 */
class PdfTitleTest {
    private static final String TITLE = "Multilingual Bibliographies: Using and extending the babelbib package";
    private static final String META = "The l3keys2e package Option processing in LaTeX packages using keys";

    @TempDir
    Path dir;

    @Test
    void aTitleWhoseSecondLineHasAWordInTypewriterIsOneTitle() throws Exception {
        PdfText text = PdfMaker.read(dir, "tt.pdf", page -> tugboat(page, PdfFacesTest.COURIER));

        assertThat(text.title()).isEqualTo(TITLE);
        assertThat(texts(text)).noneMatch(t -> t.contains("extending")).contains("Harald Harders");
    }

    /** cm-super's sans serif bold (SFSX1000), as TUGboat's babelbib article sets \textsf in its bold title. */
    @Test
    void aTitleWhoseSecondLineHasAWordInSansSerifBoldIsOneTitle() throws Exception {
        Path file = dir.resolve("sfsx.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            tugboat(pdf.page(), pdf.named("SFSX1000"));
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(text.title()).isEqualTo(TITLE);
        assertThat(texts(text)).noneMatch(t -> t.contains("extending"));
    }

    @Test
    void aBoldTitleAndASubtitleInTheSameTypeStayTwo() throws Exception {
        PdfText text = PdfMaker.read(dir, "subtitle.pdf", page -> {
            page.line(72, 80, TIMES_BOLD, 10, "Margin");
            page.line(72, 92, TIMES_BOLD, 10, "A reader for students");
            page.line(84, 110, TIMES, 10, "Harald Harders");
            body(page, 135);
        });

        assertThat(text.title()).isEqualTo("Margin");
        assertThat(texts(text)).contains("A reader for students", "Harald Harders");
    }

    @Test
    void aLargeCentredTitleAndASubtitleInTheSameTypeStayTwo() throws Exception {
        PdfText text = PdfMaker.read(dir, "centred.pdf", page -> {
            centred(page, 80, TIMES, 18, "Margin");
            centred(page, 102, TIMES, 18, "A reader for students");
            centred(page, 130, TIMES, 11, "Harald Harders");
            body(page, 160);
        });

        assertThat(text.title()).isEqualTo("Margin");
        assertThat(texts(text)).contains("A reader for students");
    }

    @Test
    void aTitleInTitleCaseBrokenBeforeItsLastWordStaysOne() throws Exception {
        PdfText text = PdfMaker.read(dir, "hope.pdf", page -> {
            page.line(72, 80, TIMES_BOLD, 10, "The Name of the Title Is");
            page.line(72, 92, TIMES_BOLD, 10, "Hope");
            page.line(84, 110, TIMES, 10, "Harald Harders");
            body(page, 135);
        });

        assertThat(text.title()).isEqualTo("The Name of the Title Is Hope");
    }

    @Test
    void aBoldHeadingWrappedWithATypewriterWordIsOneHeading() throws Exception {
        PdfText text = PdfMaker.read(dir, "heading.pdf", page -> {
            page.line(72, 80, TIMES_BOLD, 14, "A Title Set Larger");
            page.line(72, 110, TIMES_BOLD, 10, "2.2 Different approaches for multilingual");
            PdfFacesTest.pieces(page, 72, 122, "bibliographies with ", TIMES_BOLD, "bibgerm", PdfFacesTest.COURIER);
            page.paragraph(72, 140, 215, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
        });

        List<PdfParagraph> headings = text.paragraphs().stream()
                .filter(p -> p.kind() == PdfParagraph.Kind.HEADING).toList();
        assertThat(headings).extracting(PdfParagraph::text)
                .containsExactly("2.2 Different approaches for multilingual bibliographies with bibgerm");
        assertThat(headings.get(0).spans()).as("bold as a whole, the name in it code")
                .extracting(Span::style).containsExactly(Span.Style.CODE);
    }

    @Test
    void aHeadingsLabelOnALineOfItsOwnStaysWithItsTitle() throws Exception {
        PdfText text = PdfMaker.read(dir, "appendix.pdf", page -> {
            page.line(72, 80, TIMES_BOLD, 14, "A Title Set Larger");
            page.line(72, 110, TIMES_BOLD, 12, "Appendix C");
            page.line(72, 124, TIMES_BOLD, 12, "For further information");
            page.paragraph(72, 145, 215, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
        });

        assertThat(text.paragraphs()).filteredOn(p -> p.kind() == PdfParagraph.Kind.HEADING)
                .extracting(PdfParagraph::text).containsExactly("Appendix C For further information");
    }

    @Test
    void aTitleAndSubtitleThatTheMetadataNamesTogetherLeaveTheText() throws Exception {
        Path file = dir.resolve("meta.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            centred(page, 80, TIMES, 18, "The l3keys2e package");
            centred(page, 102, TIMES, 18, "Option processing in LaTeX packages using keys");
            centred(page, 130, TIMES, 11, "The LaTeX Project");
            body(page, 160);
            pdf.document.getDocumentInformation().setTitle(META);
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(text.title()).isEqualTo(META);
        assertThat(texts(text)).noneMatch(t -> t.contains("l3keys2e") || t.contains("Option processing"));
    }

    /** The babelbib article's title, its second line with "babelbib" in {@code face}, its author and its start. */
    private static void tugboat(PdfMaker.Page page, PDFont face) {
        page.line(72, 80, TIMES_BOLD, 10, "Multilingual Bibliographies: Using and");
        PdfFacesTest.pieces(page, 72, 92, "extending the ", TIMES_BOLD, "babelbib", face, " package", TIMES_BOLD);
        page.line(84, 110, TIMES, 10, "Harald Harders");
        body(page, 135);
    }

    private static void body(PdfMaker.Page page, float top) {
        page.line(72, top, TIMES_BOLD, 10, "1 Introduction");
        float y = page.paragraph(72, top + 15, 215, TIMES, 10, 12, 0, PdfLayoutTest.ONE);
        page.paragraph(72, y, 215, TIMES, 10, 12, 12, PdfLayoutTest.TWO);
    }

    private static void centred(PdfMaker.Page page, float top, PDFont font, float size, String text) {
        page.line((WIDTH - PdfMaker.Page.width(font, size, text)) / 2, top, font, size, text);
    }

    private static List<String> texts(PdfText text) {
        return text.paragraphs().stream().map(PdfParagraph::text).toList();
    }
}
