package app.margin.article;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfMaker;
import app.margin.model.Article;
import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A landscape page as LaTeX's pdflscape makes it: an A4 page turned by /Rotate 90, its text and drawing set turned
 * the other way so that they read upright as the page is shown. Its text is read and its figure cut from the page as
 * shown.
 */
class PdfLandscapeTest {
    static final String TEXT = "This landscape page holds a wide figure, and its text reads upright when it is shown.";
    static final String CAPTION = "Figure 4: A black box on a landscape page.";

    @TempDir
    Path dir;

    /** Text at ({@code x}, {@code y}) of the page as shown (landscape: 842 wide, 595 high, y down from the top). */
    private static void shown(PdfMaker.Page page, float x, float y, float size, String text) throws IOException {
        page.out.beginText();
        page.out.setFont(TIMES, size);
        // Shown (x, y) is user space (y, x) on a page turned 90° clockwise; the text turned 90° the other way.
        page.out.setTextMatrix(new Matrix(0, 1, -1, 0, y, x));
        page.out.showText(text);
        page.out.endText();
    }

    private Path landscape() throws Exception {
        Path file = dir.resolve("landscape.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.page.setRotation(90);
            shown(page, 72, 72, 11, TEXT);
            // A black box shown from 300 to 500 across and 150 to 300 down: user x 150..300, y 300..500.
            page.out.addRect(150, 300, 150, 200);
            page.out.fill();
            shown(page, 300, 320, 10, CAPTION);
            pdf.save(file);
        }
        return file;
    }

    @Test
    void aLandscapePagesTextAndFigureAreReadAsThePageIsShown() throws Exception {
        Path file = landscape();

        Article article = new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS)
                .read(file, "landscape.pdf", null).article();

        assertThat(article.lead()).containsExactly(TEXT, CAPTION);
        ParagraphForm figure = article.leadForm(1);
        assertThat(figure.role()).isEqualTo(ParagraphForm.Role.FIGURE);
        Picture picture = figure.picture();
        String[] crop = picture.source().substring(picture.source().indexOf('@') + 1).split(",");
        float x0 = Float.parseFloat(crop[0]);
        float y0 = Float.parseFloat(crop[1]);
        assertThat(x0).isBetween(290f, 300f);
        assertThat(y0).isBetween(140f, 150f);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                PictureFiles.read(file.toAbsolutePath().toString(), picture)));
        // The box's middle (400, 225 as shown) is black in the crop; its corner is paper.
        assertThat(image.getRGB(Math.round((400 - x0) * 2), Math.round((225 - y0) * 2)) & 0xffffff).isEqualTo(0);
        assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
    }
}
