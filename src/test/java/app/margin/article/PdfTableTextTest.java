package app.margin.article;

import static app.margin.article.pdf.PdfMaker.HEIGHT;
import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.margin.article.pdf.PdfLayout;
import app.margin.article.pdf.PdfMaker;
import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import app.margin.model.Placement;
import app.margin.model.TextQuote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF table's cells and a drawn figure's labels travel with its picture ({@link Picture#text()}), read row by row,
 * and stay out of the paragraphs' text, which notes anchor to and the page shows.
 */
class PdfTableTextTest {
    static final String ONE = PdfFigurePicturesTest.ONE;
    static final String TWO = "Each run was timed twice, and the table gives the mean of the two for every run of the"
            + " experiment that was made in the laboratory that week.";
    static final String CAPTION = "Table 1: Times of the runs.";
    static final String CELLS = "Run\tSeconds\nRun 11\t12.5\nRun 12\t9.75";
    static final Path ASME = Path.of("/usr/share/doc/texlive-doc/latex/asmejour/asmejour-template.pdf");

    @TempDir
    Path dir;

    /** A ruled table (booktabs' three rules) of two columns under its caption, between two paragraphs. */
    static Path table(Path dir) throws Exception {
        Path file = dir.resolve("table.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.paragraph(72, 100, 451, TIMES, 10, 12, 0, ONE);
            page.line(180, 150, TIMES, 9, CAPTION);
            rule(page, 158, 0.8f);
            page.line(190, 172, TIMES, 9, "Run");
            page.line(300, 172, TIMES, 9, "Seconds");
            rule(page, 177, 0.5f);
            page.line(190, 190, TIMES, 9, "Run 11");
            page.line(300, 190, TIMES, 9, "12.5");
            page.line(190, 202, TIMES, 9, "Run 12");
            page.line(300, 202, TIMES, 9, "9.75");
            rule(page, 208, 0.8f);
            page.paragraph(72, 240, 451, TIMES, 10, 12, 0, TWO);
            pdf.save(file);
        }
        return file;
    }

    private static void rule(PdfMaker.Page page, float top, float thick) {
        try {
            page.out.addRect(180, HEIGHT - top - thick, 220, thick);
            page.out.fill();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Article open(Path file) throws Exception {
        return new PdfImporter(ArticleReader.Limits.DEFAULTS, PdfLayout.DEFAULTS).read(file, file.getFileName()
                .toString(), null).article();
    }

    @Test
    void aRuledTablesCellsTravelWithItsPictureRowByRowAndNotInTheText() throws Exception {
        Article article = open(table(dir));

        assertThat(article.lead()).containsExactly(ONE, CAPTION, TWO);
        Picture picture = article.leadForm(1).picture();
        assertThat(picture.text()).isEqualTo(CELLS);
        assertThat(picture.below()).as("the table under its caption").isTrue();
        assertThat(String.join(" ", article.lead())).doesNotContain("Run 11");
    }

    @Test
    void aDrawnFiguresLabelTravelsWithItsPicture() throws Exception {
        Path file = dir.resolve("figure.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PdfMaker.Page page = pdf.page();
            page.paragraph(72, 100, 451, TIMES, 10, 12, 0, ONE);
            page.out.addRect(150, HEIGHT - 320, 200, 120);
            page.out.stroke();
            page.out.addRect(170, HEIGHT - 260, 50, 40);
            page.out.fill();
            page.line(240, 250, TIMES, 8, "Pump house");
            page.line(150, 340, TIMES, 9, "Figure 1: The site.");
            page.paragraph(72, 370, 451, TIMES, 10, 12, 0, TWO);
            pdf.save(file);
        }

        Article article = open(file);

        assertThat(article.lead()).containsExactly(ONE, "Figure 1: The site.", TWO);
        assertThat(article.leadForm(1).picture().text()).isEqualTo("Pump house");
    }

    @Test
    void aPicturesWordsAreWrittenInMarginJsonAndReadBackAndAFileWithoutThemStillOpens() throws Exception {
        Article article = open(table(dir));

        String written = ArticleFormsJsonTest.written(article);

        assertThat(written).contains("\"text\" : \"Run\\tSeconds\\nRun 11\\t12.5\\nRun 12\\t9.75\"");
        assertThat(ArticleFormsJsonTest.read(written)).isEqualTo(article);
        // As Margin wrote it before pictures had words: it opens, the picture with none.
        Article older = ArticleFormsJsonTest.read(written.replaceAll(",\\s*\"text\" : \"[^\"]*\"", ""));
        assertThat(older.leadForm(1).picture().text()).isEmpty();
        assertThat(older.lead()).isEqualTo(article.lead());
    }

    @Test
    void picturesWordsThatAreNotAStringAreNamedAtTheirPath() {
        String json = ArticleFormsJsonTest.withForms("[{\"paragraph\": 0, \"role\": \"figure\", \"picture\":"
                + " {\"source\": \"a.png\", \"text\": 12}}]");

        ArticleException e = org.junit.jupiter.api.Assertions.assertThrows(ArticleException.class,
                () -> ArticleFormsJsonTest.read(json));

        assertThat(e.jsonPath()).isEqualTo("$.sections[0].forms[0].picture.text");
        assertThat(e.problem()).isEqualTo("expected a string but found a number");
    }

    @Test
    void aNoteMadeOnTheCaptionBeforeStillLandsThere() throws Exception {
        Article now = open(table(dir));
        Article before = withoutPictureWords(now); // as the import gave it before the cells travelled with it
        ArticleLayout was = ArticleLayout.of(before);
        int block = was.blockOf(Article.LEAD_SECTION_ID, 1);
        String caption = was.blocks().get(block).text();
        int start = caption.indexOf("Times");
        Anchor note = new Anchor(Article.LEAD_SECTION_ID, TextQuote.of(caption, start, start + 5), 1, start,
                start + 5);

        Optional<Placement> placed = new app.margin.model.AnchorResolver(ArticleLayout.of(now)).resolve(note);

        assertThat(placed).contains(new Placement(block, start, start + 5));
        assertThat(ContentHash.of(now)).as("the text notes were made on is unchanged").isEqualTo(
                ContentHash.of(before));
    }

    @Test
    void theRealTemplatesTable1CarriesItsCellsAndItsCaptionStaysText() throws Exception {
        assumeTrue(Files.exists(ASME), "asmejour-template.pdf is installed with texlive-doc");

        Article article = open(ASME);

        List<Block> blocks = ArticleLayout.of(article).blocks();
        Block table = blocks.stream().filter(b -> b.text().equals("Table 1 A simple table")).findFirst().orElseThrow();
        assertThat(table.form().role()).isEqualTo(ParagraphForm.Role.FIGURE);
        assertThat(table.form().picture().text().split("\n")).contains("Run 11\t12.5\t103.4", "Run 12\t24\t68.3");
        assertThat(blocks).noneMatch(b -> b.text().contains("Run 11"));
    }

    /** The article with its pictures' words taken away. */
    static Article withoutPictureWords(Article article) throws Exception {
        String json = ArticleFormsJsonTest.written(article).replaceAll(",\\s*\"text\" : \"[^\"]*\"", "");
        return ArticleFormsJsonTest.read(json);
    }
}
