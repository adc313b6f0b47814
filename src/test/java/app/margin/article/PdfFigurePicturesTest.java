package app.margin.article;

import static app.margin.article.pdf.PdfMaker.HEIGHT;
import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfMaker;
import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's figure as the reader gets it: a figure paragraph whose picture is cut from the drawn page. */
class PdfFigurePicturesTest {
    static final String ONE = "Reading a paper on a laptop screen is slow when the page is set for print, and the"
            + " reader pans from column to column to follow the argument of the authors.";
    static final String CAPTION = "Figure 1: A black box on a grey one.";

    @TempDir
    Path dir;

    /** A page with a paragraph, a drawing from 150 to 350 across and 200 to 320 down, its caption and text. */
    private Path figure() throws Exception {
        return drawing("figure.pdf", CAPTION, false);
    }

    /**
     * A page with a paragraph, a drawing from 150 to 350 across and 200 to 320 down (a grey box, a black one in it),
     * {@code caption} under it or above it, and text after.
     */
    private Path drawing(String name, String caption, boolean captionAbove) throws Exception {
        Path file = dir.resolve(name);
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.paragraph(72, 100, 451, TIMES, 10, 12, 0, ONE);
            if (captionAbove) {
                page.line(150, 186, TIMES, 9, caption);
            }
            page.out.setNonStrokingColor(0.6f, 0.6f, 0.6f);
            page.out.addRect(150, HEIGHT - 320, 200, 120);
            page.out.fill();
            page.out.setNonStrokingColor(0f, 0f, 0f);
            page.out.addRect(200, HEIGHT - 290, 60, 60);
            page.out.fill();
            if (!captionAbove) {
                page.line(150, 340, TIMES, 9, caption);
            }
            page.paragraph(72, 370, 451, TIMES, 10, 12, 0, ONE);
            pdf.save(file);
        }
        return file;
    }

    private static Article open(Path file) throws Exception {
        return new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS).read(file, "figure.pdf", null)
                .article();
    }

    @Test
    void aFiguresCaptionBecomesAFigureParagraphWithItsCropSizedInScreenPixels() throws Exception {
        Article article = open(figure());

        assertThat(article.lead()).containsExactly(ONE, CAPTION, ONE);
        ParagraphForm form = article.leadForm(1);
        assertThat(form.role()).isEqualTo(ParagraphForm.Role.FIGURE);
        Picture picture = form.picture();
        assertThat(picture.source()).matches("pdf-page:1@\\d+\\.\\d\\d,\\d+\\.\\d\\d,\\d+\\.\\d\\d,\\d+\\.\\d\\d");
        String[] crop = picture.source().substring(picture.source().indexOf('@') + 1).split(",");
        assertThat(picture.width()).isEqualTo(Math.round(Float.parseFloat(crop[2]) * 96 / 72));
        assertThat(picture.height()).isEqualTo(Math.round(Float.parseFloat(crop[3]) * 96 / 72));
        assertThat(Float.parseFloat(crop[0])).isBetween(140f, 150f);
        assertThat(Float.parseFloat(crop[1])).isBetween(190f, 200f);
        assertThat(article.leadForm(0).role()).isEqualTo(ParagraphForm.Role.BODY);
    }

    @Test
    void aCaptionSetAboveItsFigureKeepsItsPlaceAndThePictureComesAfterIt() throws Exception {
        String caption = "Table 1: Two boxes, one inside the other.";
        Path file = drawing("table.pdf", caption, true);

        Article article = open(file);

        assertThat(article.lead()).containsExactly(ONE, caption, ONE);
        assertThat(article.leadForm(1).role()).isEqualTo(ParagraphForm.Role.FIGURE);
        assertThat(article.leadForm(1).picture().below()).as("the picture under its caption").isTrue();
        assertThat(open(figure()).leadForm(1).picture().below()).as("a caption under its figure").isFalse();
    }

    @Test
    void theCropDecodesToThePartOfThePageDrawnAt144Dpi() throws Exception {
        Path file = figure();
        Picture picture = open(file).leadForm(1).picture();
        String[] crop = picture.source().substring(picture.source().indexOf('@') + 1).split(",");

        byte[] png = PictureFiles.read(file.toAbsolutePath().toString(), picture);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isCloseTo(Math.round(Float.parseFloat(crop[2]) * 2), Offset.offset(1));
        assertThat(image.getHeight()).isCloseTo(Math.round(Float.parseFloat(crop[3]) * 2), Offset.offset(1));
        // The black box's middle (230, 260 on the page) is black in the crop, the grey box grey, the edge white.
        float x0 = Float.parseFloat(crop[0]);
        float y0 = Float.parseFloat(crop[1]);
        assertThat(image.getRGB(Math.round((230 - x0) * 2), Math.round((260 - y0) * 2)) & 0xffffff).isEqualTo(0);
        int grey = image.getRGB(Math.round((160 - x0) * 2), Math.round((210 - y0) * 2)) & 0xff;
        assertThat(grey).isBetween(140, 165);
        assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void aPageOfTextAloneHasNoFigure() throws Exception {
        Path file = dir.resolve("text.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            float y = page.paragraph(72, 100, 451, TIMES, 10, 12, 0, ONE);
            page.paragraph(72, y + 12, 451, TIMES, 10, 12, 0, ONE);
            pdf.save(file);
        }

        Article article = open(file);

        for (int i = 0; i < article.lead().size(); i++) {
            assertThat(article.leadForm(i).role()).isNotEqualTo(ParagraphForm.Role.FIGURE);
        }
    }

    @Test
    void aCropOffThePageOrMalformedIsRefusedSayingWhy() throws Exception {
        String base = figure().toAbsolutePath().toString();

        assertThatThrownBy(() -> PictureFiles.read(base, new Picture("pdf-page:1@500.00,700.00,200.00,300.00", "", 0,
                0))).isInstanceOf(PictureFiles.PictureException.class)
                .hasMessage("the part 500.00,700.00,200.00,300.00 of page 1 lies outside the page (595 × 842 points),"
                        + " or is empty");
        assertThatThrownBy(() -> PictureFiles.read(base, new Picture("pdf-page:1@10,10,0,5", "", 0, 0)))
                .hasMessageContaining("or is empty");
        for (String bad : new String[] {"pdf-page:1@NaN,0,10,10", "pdf-page:1@-5,0,10,10", "pdf-page:1@0,0,1e9,10",
                "pdf-page:1@0,0,99999999999999,10", "pdf-page:1@0,0,10", "pdf-page:1@", "pdf-page:@0,0,10,10"}) {
            assertThatThrownBy(() -> PictureFiles.read(base, new Picture(bad, "", 0, 0))).as(bad)
                    .isInstanceOf(PictureFiles.PictureException.class)
                    .hasMessage("not a part of a page Margin can read: " + bad);
        }
        assertThatThrownBy(() -> PictureFiles.read(base, new Picture("pdf-page:9999999@0,0,10,10", "", 0, 0)))
                .hasMessage("the document has no page 9999999");
        assertThatThrownBy(() -> PictureFiles.read(base, new Picture("pdf-page:0@0,0,10,10", "", 0, 0)))
                .hasMessage("the document has no page 0");
    }

    @Test
    void aCropOfAPageTenThousandInchesWideIsDrawnSmallAndInTime() throws Exception {
        Path file = dir.resolve("huge.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PDPage page = new PDPage(new PDRectangle(720_000f, 720_000f));
            pdf.document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(pdf.document, page)) {
                out.addRect(100_000, 100_000, 500_000, 500_000);
                out.fill();
            }
            pdf.save(file);
        }
        String base = file.toAbsolutePath().toString();

        byte[] png = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PictureFiles.read(base,
                new Picture("pdf-page:1@0.00,0.00,720000.00,720000.00", "", 0, 0)));
        int[] size = PictureFiles.size(png);
        assertThat((long) size[0] * size[1]).isLessThanOrEqualTo(app.margin.article.pdf.PageDrawing.MAX_PIXELS)
                .isGreaterThan(1_000_000L);
        byte[] corner = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PictureFiles.read(base,
                new Picture("pdf-page:1@719000.00,0.00,1000.00,1000.00", "", 0, 0)));
        assertThat(PictureFiles.size(corner)).containsExactly(2000, 2000);
        assertThatThrownBy(() -> PictureFiles.read(base, new Picture("pdf-page:1@719000.00,0.00,1100.00,1000.00",
                "", 0, 0))).hasMessageContaining("lies outside the page (720000 × 720000 points)");
    }
}
