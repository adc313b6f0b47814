package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static app.margin.article.pdf.PdfMaker.TIMES_BOLD;
import static app.margin.article.pdf.PdfMaker.WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a PDF's title comes from when its Info dictionary names none: its XMP metadata, else the first page's
 * title, which a preprint sets bold in body size under a line of smaller type (AASTeX's "Draft version …").
 */
class PdfTitleSourcesTest {
    private static final String TITLE = "Template AASTeXArticle with Examples: v6.31";

    @TempDir
    Path dir;

    @Test
    void aBoldTitleInBodySizeUnderADraftLineIsTheTitleWithoutItsMark() throws Exception {
        PdfText text = PdfMaker.read(dir, "aas.pdf", page -> {
            page.line(72, 60, TIMES, 8, "Draft version February 26, 2021");
            page.line(72, 70, TIMES, 8, "Typeset using LaTeX default style in AASTeX631");
            float x = centred(page, 116, TIMES_BOLD, 10, TITLE);
            page.line(x + PdfMaker.Page.width(TIMES_BOLD, 10, TITLE) + 0.5f, 112, TIMES, 7, "*"); // a footnote's mark
            centred(page, 136, TIMES, 9, "Greg J. Schwarz and August Muench");
            centred(page, 150, TIMES, 9, "(AAS Journals Data Editors)");
            page.paragraph(72, 190, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE + " " + PdfLayoutTest.TWO);
        });

        assertThat(text.title()).isEqualTo(TITLE);
        assertThat(text.paragraphs()).noneMatch(p -> p.text().startsWith("Template"));
    }

    @Test
    void aBoldAbstractHeadingUnderADraftLineIsNoTitle() throws Exception {
        PdfText text = PdfMaker.read(dir, "abstract.pdf", page -> {
            page.line(72, 60, TIMES, 8, "Draft version February 26, 2021");
            centred(page, 116, TIMES_BOLD, 10, "Abstract");
            page.paragraph(72, 140, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE + " " + PdfLayoutTest.TWO);
        });

        assertThat(text.title()).isNull();
    }

    @Test
    void theXmpTitleNamesADocumentWhoseInfoNamesNone() throws Exception {
        Path file = dir.resolve("xmp.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().paragraph(72, 100, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE);
            String xmp = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                    + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description"
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title><rdf:Alt><rdf:li xml:lang=\"de\">"
                    + "Papiere lesen</rdf:li><rdf:li xml:lang=\"x-default\">Reading Papers &amp; Notes</rdf:li>"
                    + "</rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
            PDMetadata metadata = new PDMetadata(pdf.document,
                    new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
            pdf.document.getDocumentCatalog().setMetadata(metadata);
            pdf.save(file);
        }

        assertThat(PdfLayout.DEFAULTS.read(file).title()).isEqualTo("Reading Papers & Notes");
    }

    @Test
    void aCitationLineWithAWebAddressInTheInfoTitleGivesWayToThePagesTitle() throws Exception {
        // ejpecp's class sets the journal's citation line as the Info title and "Please see <DOI>" as the author:
        // the library listed the paper as "Electron. Commun. Probab. 0 (2020), article no. 0, https://doi.org/…".
        Path file = dir.resolve("ejpecp.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            centred(page, 110, TIMES_BOLD, 17, "Introduction to the ejpecp Class");
            page.paragraph(72, 160, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE + " " + PdfLayoutTest.TWO);
            pdf.document.getDocumentInformation().setTitle(
                    "Electron. Commun. Probab. 0 (2020), article no. 0, https://doi.org/10.1214/YY-TN");
            pdf.document.getDocumentInformation().setAuthor("Please see https://doi.org/10.1214/YY-TN");
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(text.title()).isEqualTo("Introduction to the ejpecp Class");
        assertThat(text.author()).isNull();
        assertThat(text.paragraphs()).noneMatch(p -> p.text().startsWith("Introduction to"));
    }

    @Test
    void aLineBreaksSkipLeftInTheInfoTitleByHyperrefIsASpace() throws Exception {
        Path file = dir.resolve("slides.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            pdf.page().paragraph(72, 100, 451, TIMES, 10, 12, 15, PdfLayoutTest.ONE);
            pdf.document.getDocumentInformation().setTitle("Title [2mm] Presentation");
            pdf.document.getDocumentInformation().setAuthor("Student: Jingxuan Yang[5mm] Supervisor: Prof. XX");
            pdf.save(file);
        }

        PdfText text = PdfLayout.DEFAULTS.read(file);

        assertThat(text.title()).isEqualTo("Title Presentation");
        assertThat(text.author()).isEqualTo("Student: Jingxuan Yang Supervisor: Prof. XX");
    }

    private static float centred(PdfMaker.Page page, float top, PDFont font, float size, String text) {
        float x = (WIDTH - PdfMaker.Page.width(font, size, text)) / 2;
        page.line(x, top, font, size, text);
        return x;
    }
}
