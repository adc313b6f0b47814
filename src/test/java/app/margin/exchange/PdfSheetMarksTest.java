package app.margin.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.exchange.StudySheet.Sheet;
import app.margin.model.Anchor;
import app.margin.model.AnchorResolver;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.ParagraphForm;
import app.margin.model.Picture;
import app.margin.model.Span;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF sheet keeps a highlight's emphasis, code and outside links, and shows a highlighted figure's picture. */
class PdfSheetMarksTest {
    static final String TEXT = "The zlib constant Z_OK means done; see the manual or the table below.";
    static final Instant T = Instant.parse("2025-03-03T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static ParagraphForm marks() {
        return ParagraphForm.PLAIN.withSpans(List.of(
                new Span(4, 8, Span.Style.EMPHASIS),
                new Span(18, 22, Span.Style.CODE),
                new Span(39, 49, Span.Style.LINK, "https://zlib.net/manual.html"),
                new Span(53, 58, Span.Style.LINK, "#table")));
    }

    static Note highlight(String id, int paragraph, String text, int start, int end) {
        return new Note(id, "rich", "hash", NoteKind.HIGHLIGHT,
                Anchor.passage(Article.LEAD_SECTION_ID, paragraph, text, start, end), HighlightColor.YELLOW, "", List.of(),
                T, T);
    }

    /** A sheet of one highlight over the marked paragraph and, when given, one over a figure's caption. */
    Sheet sheet(Picture picture) {
        List<String> lead = new ArrayList<>(List.of(TEXT));
        Map<Integer, ParagraphForm> forms = new java.util.HashMap<>(Map.of(0, marks()));
        if (picture != null) {
            lead.add("Figure 1. The deflate stream.");
            forms.put(1, new ParagraphForm(ParagraphForm.Role.FIGURE, 0, null, ParagraphForm.Align.CENTER, List.of(),
                    picture, List.of(), null, false));
        }
        Article article = new Article("rich", "Rich", null, null, null, lead, List.of(), false, null, Set.of(), forms,
                dir.toString());
        ArticleLayout layout = ArticleLayout.of(article);
        List<Note> notes = new ArrayList<>(List.of(highlight("hl-rich", 0, TEXT, TEXT.indexOf("zlib"), TEXT.length())));
        if (picture != null) {
            notes.add(highlight("hl-figure", 1, lead.get(1), 0, lead.get(1).length()));
        }
        return StudySheet.of(layout, notes, List.of(), new AnchorResolver(layout)::resolve, CLOCK);
    }

    @Test
    void aPassagesEmphasisCodeAndOutsideLinkAreSetAsMarkupAndAnInsideLinkKeepsItsWords() {
        String xhtml = PdfStudySheet.xhtml(sheet(null), null, "");
        assertThat(xhtml).contains("<i>zlib</i> constant <code>Z_OK</code> means done; see "
                + "<a href=\"https://zlib.net/manual.html\">the manual</a> or the table below.");
    }

    @Test
    void marksAroundTheReadersMarkupKeepItAsTextAndNestWell() {
        String text = "a <b>&\" x";
        String out = PdfPassages.marked(text, List.of(new Span(0, 6, Span.Style.STRONG),
                new Span(2, 9, Span.Style.LINK, "https://example.org/?a=1&b=\"2\""), new Span(4, 9, Span.Style.CODE)));
        assertThat(out).isEqualTo("<b>a </b><b><a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">"
                + "&lt;b</a></b><b><a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\"><code>&gt;&amp;"
                + "</code></a></b><a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\"><code>&quot; x</code></a>");
        assertThat(PdfPassages.marked("x", List.of(new Span(0, 1, Span.Style.LINK, "javascript:alert(1)"))))
                .isEqualTo("x");
    }

    @Test
    void thePdfSetsEmphasisInItalicCodeInTheMonospaceFaceAndLinksOutside() throws Exception {
        Path pdf = dir.resolve("marks.pdf");
        var fonts = SheetFonts.reading();
        PdfStudySheet.write(pdf, sheet(null), null, fonts);

        List<String> fontNames = PdfStudySheetTest.assertFontsEmbedded(pdf);
        assertThat(fontNames).anyMatch(n -> n.toLowerCase().contains("italic"));
        if (fonts.containsKey(SheetFonts.Face.MONO)) {
            String mono = fonts.get(SheetFonts.Face.MONO).name().replaceAll("\\.[a-z]+$", "").replace(" ", "");
            assertThat(fontNames).anyMatch(n -> n.replace(" ", "").contains(mono.substring(0, 6)));
        }
        assertThat(uris(pdf)).containsExactly("https://zlib.net/manual.html");
        assertThat(sortedText(pdf)).contains("zlib constant Z_OK means done; see the manual or the table below.");
    }

    @Test
    void aHighlightedFigureShowsItsPictureAboveItsCaption() throws Exception {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 400, 200);
        g.dispose();
        ImageIO.write(image, "png", dir.resolve("figure.png").toFile());
        Sheet sheet = sheet(new Picture("figure.png", "The deflate stream", 400, 200));
        assertThat(sheet.pictureOf(sheet.notes().get(1))).isPresent();
        assertThat(sheet.only(Article.LEAD_SECTION_ID).pictureBase()).isEqualTo(dir.toString());

        Path pdf = dir.resolve("figure.pdf");
        PdfStudySheet.write(pdf, sheet, null, SheetFonts.bundled());

        List<int[]> images = images(pdf);
        assertThat(images).hasSize(1);
        assertThat(images.get(0)).containsExactly(400, 200);
        assertThat(PdfStudySheetTest.flat(PdfStudySheetTest.text(pdf))).contains("Figure 1. The deflate stream.");
    }

    @Test
    void aHighlightedSvgFigureIsDrawnIntoTheSheetAndReadsNothingElse() throws Exception {
        Path secret = dir.resolve("secret.png");
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", secret.toFile());
        Files.writeString(dir.resolve("figure.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" "
                + "height=\"100\" viewBox=\"0 0 200 100\"><rect width=\"200\" height=\"100\" fill=\"#00f\"/>"
                + "<image width=\"200\" height=\"100\" href=\"" + secret.toUri() + "\"/></svg>");
        Path pdf = dir.resolve("svg.pdf");
        PdfStudySheet.write(pdf, sheet(new Picture("figure.svg", "Drawing", 0, 0)), null, SheetFonts.bundled());

        List<int[]> images = images(pdf);
        assertThat(images).hasSize(1);
        assertThat(images.get(0)).containsExactly(200, 100);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            for (COSName name : page.getResources().getXObjectNames()) {
                BufferedImage drawn = ((PDImageXObject) page.getResources().getXObject(name)).getImage();
                assertThat(drawn.getRGB(100, 50) & 0xffffff).as("blue, not the file beside it").isEqualTo(0x0000ff);
            }
        }
        String hostile = "<!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        Files.writeString(dir.resolve("figure.svg"), hostile);
        PdfStudySheet.write(pdf, sheet(new Picture("figure.svg", "Drawing", 0, 0)), null, SheetFonts.bundled());
        assertThat(images(pdf)).isEmpty();
        assertThat(PdfStudySheetTest.flat(PdfStudySheetTest.text(pdf))).contains("Drawing (picture not shown: an SVG");
    }

    @Test
    void aFigureWhosePictureCannotBeReadSaysWhyAndTheSheetIsStillWritten() throws Exception {
        Files.writeString(dir.resolve("broken.png"), "not a picture");
        for (Picture picture : List.of(new Picture("missing.png", "Gone", 0, 0),
                new Picture("broken.png", "Broken", 0, 0), new Picture("../outside.png", "Out", 0, 0),
                new Picture("https://example.org/a.png", "Remote", 0, 0))) {
            Path pdf = dir.resolve("missing.pdf");
            PdfStudySheet.write(pdf, sheet(picture), null, SheetFonts.bundled());
            assertThat(images(pdf)).as(picture.source()).isEmpty();
            assertThat(PdfStudySheetTest.flat(PdfStudySheetTest.text(pdf))).as(picture.source())
                    .contains(picture.alt() + " (picture not shown:").contains("Figure 1. The deflate stream.");
        }
    }

    @Test
    void aLargePictureIsSetWithinTheColumn() {
        double[] size = PdfPassages.shownSize(4000, 1000);
        assertThat(size[0]).isEqualTo(PdfPassages.COLUMN_PT);
        assertThat(size[1]).isEqualTo(PdfPassages.COLUMN_PT / 4);
        assertThat(PdfPassages.shownSize(100, 5000)[1]).isEqualTo(PdfPassages.MAX_HEIGHT_PT);
    }

    /** The page's words in the order they are read on it (a marked run is drawn after the line it is in). */
    static String sortedText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            return PdfStudySheetTest.flat(stripper.getText(doc));
        }
    }

    static List<String> uris(Path pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        out.add(uri.getURI());
                    }
                }
            }
        }
        return out;
    }

    static List<int[]> images(Path pdf) throws Exception {
        List<int[]> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
                        out.add(new int[] {img.getWidth(), img.getHeight()});
                    }
                }
            }
        }
        return out;
    }
}
