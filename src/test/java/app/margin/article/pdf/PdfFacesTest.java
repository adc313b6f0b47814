package app.margin.article.pdf;

import static app.margin.article.pdf.PdfMaker.TIMES;
import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Span;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Words a PDF sets in an italic face are emphasis, in a monospaced face code, in bold among others strong. */
class PdfFacesTest {
    static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    static final PDFont COURIER = new PDType1Font(Standard14Fonts.FontName.COURIER);

    @TempDir
    Path dir;

    /** One line of pieces, each its text and its font, one after another from {@code x} on the baseline {@code y}. */
    static void pieces(PdfMaker.Page page, float x, float y, Object... pieces) {
        for (int i = 0; i < pieces.length; i += 2) {
            String text = (String) pieces[i];
            PDFont font = (PDFont) pieces[i + 1];
            page.line(x, y, font, 10, text);
            x += PdfMaker.Page.width(font, 10, text);
        }
    }

    private static List<String> runs(PdfParagraph p, Span.Style style) {
        return p.spans().stream().filter(s -> s.style() == style).map(s -> p.text().substring(s.start(), s.end()))
                .toList();
    }

    @Test
    void italicWordsAreEmphasisAndMonospacedOnesCode() throws Exception {
        PdfText text = PdfMaker.read(dir, "faces.pdf", page -> pieces(page, 72, 100,
                "The ", TIMES, "zlib library", ITALIC, " compresses with ", TIMES, "deflate()", COURIER,
                "; see the ", TIMES, "Manual", ITALIC, " for more.", TIMES));

        PdfParagraph p = text.paragraphs().stream().filter(q -> q.kind() == PdfParagraph.Kind.TEXT).findFirst()
                .orElseThrow();
        assertThat(p.text()).isEqualTo("The zlib library compresses with deflate(); see the Manual for more.");
        assertThat(runs(p, Span.Style.EMPHASIS)).containsExactly("zlib library", "Manual");
        assertThat(runs(p, Span.Style.CODE)).containsExactly("deflate()");
    }

    @Test
    void wordsInTheCmSuperTypewriterFaceAreCode() throws Exception {
        Path file = dir.resolve("sftt.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PDFont typewriter = pdf.sans(); // named as cm-super's typewriter (TUGboat's), no fixed-pitch flag
            typewriter.getCOSObject().setName(org.apache.pdfbox.cos.COSName.BASE_FONT, "RGSWCF+SFTT0900");
            pieces(pdf.page(), 72, 100, "Load it with ", TIMES, "\\usepackage{babelbib}", typewriter, " first.", TIMES);
            pdf.save(file);
        }

        PdfParagraph p = PdfLayout.DEFAULTS.read(file).paragraphs().get(0);
        assertThat(runs(p, Span.Style.CODE)).containsExactly("\\usepackage{babelbib}");
    }

    @Test
    void boldWordsAmongOthersAreStrongAndAWhollyBoldLineIsNot() throws Exception {
        PdfText text = PdfMaker.read(dir, "bold.pdf", page -> {
            page.line(72, 80, PdfMaker.TIMES_BOLD, 10, "A Bold Heading Line");
            pieces(page, 72, 110, "The ", TIMES, "window", PdfMaker.TIMES_BOLD,
                    " is the part of the input the compressor looks back into for matches.", TIMES);
        });

        PdfParagraph term = text.paragraphs().stream().filter(q -> q.text().startsWith("The window")).findFirst()
                .orElseThrow();
        assertThat(runs(term, Span.Style.STRONG)).containsExactly("window");
        assertThat(text.paragraphs().stream().filter(q -> q.text().startsWith("A Bold"))
                .flatMap(q -> runs(q, Span.Style.STRONG).stream())).as("a heading's line is bold as a whole").isEmpty();
    }

    @Test
    void aFootnoteMarkAfterAnItalicWordIsStillItsMark() throws Exception {
        PdfText text = PdfMaker.read(dir, "note.pdf", page -> {
            float x = 72;
            page.line(x, 100, TIMES, 10, "As the ");
            x += PdfMaker.Page.width(TIMES, 10, "As the ");
            page.line(x, 100, ITALIC, 10, "manual");
            x += PdfMaker.Page.width(ITALIC, 10, "manual");
            page.line(x, 96.5f, TIMES, 7, "1");
            x += PdfMaker.Page.width(TIMES, 7, "1");
            page.line(x, 100, TIMES, 10, " says, the window is the size of the history the compressor keeps.");
            page.line(72, 700, TIMES, 8, "1 The manual is the zlib manual, version 1.3.");
        });

        PdfParagraph p = text.paragraphs().stream().filter(q -> q.text().startsWith("As the manual"))
                .findFirst().orElseThrow();
        assertThat(runs(p, Span.Style.EMPHASIS)).containsExactly("manual");
        assertThat(runs(p, Span.Style.NOTE_REF)).containsExactly("1");
    }
}
