package app.margin.article.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TeX's logos, set as TeX sets them (letters lowered, raised and kerned), read as their names are spelt. */
class PdfLogosTest {
    private static final float SIZE = 10;

    @TempDir
    Path dir;

    /** One line at the baseline {@code top}, from x = 72: pieces of text and logos, each drawn where TeX puts it. */
    private interface Piece {
        float set(PdfMaker.Page page, PDFont font, float x, float top);
    }

    private static float width(PDFont font, float size, String text) {
        return PdfMaker.Page.width(font, size, text);
    }

    private static Piece text(String words) {
        return (page, font, x, top) -> {
            page.line(x, top, font, SIZE, words);
            return x + width(font, SIZE, words);
        };
    }

    /** T, E lowered half an ex (0.215 em) and kerned back a sixth of an em, X kerned back an eighth. */
    private static Piece tex() {
        return (page, font, x, top) -> {
            page.line(x, top, font, SIZE, "T");
            x += width(font, SIZE, "T") - 0.1667f * SIZE;
            page.line(x, top + 0.215f * SIZE, font, SIZE, "E");
            x += width(font, SIZE, "E") - 0.125f * SIZE;
            page.line(x, top, font, SIZE, "X");
            return x + width(font, SIZE, "X");
        };
    }

    /** L, a small capital A raised and kerned back over it, then TeX's logo. */
    private static Piece latex() {
        return (page, font, x, top) -> {
            page.line(x, top, font, SIZE, "L");
            x += width(font, SIZE, "L") - 0.36f * SIZE;
            page.line(x, top - 0.2f * SIZE, font, 0.7f * SIZE, "A");
            x += width(font, 0.7f * SIZE, "A") - 0.15f * SIZE;
            return tex().set(page, font, x, top);
        };
    }

    /** LaTeX, a kern of 0.15 em, 2 and a lowered ε. */
    private static Piece latex2e() {
        return (page, font, x, top) -> {
            x = latex().set(page, font, x, top) + 0.15f * SIZE;
            page.line(x, top, font, SIZE, "2");
            x += width(font, SIZE, "2");
            page.line(x, top + 0.15f * SIZE, font, SIZE, "\u03b5");
            return x + width(font, SIZE, "\u03b5");
        };
    }

    private List<String> read(Piece... pieces) throws Exception {
        Path file = dir.resolve("logos.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PDFont font = pdf.sans();
            PdfMaker.Page page = pdf.page();
            float x = 72;
            for (Piece piece : pieces) {
                x = piece.set(page, font, x, 100);
            }
            pdf.save(file);
        }
        return PdfLayout.DEFAULTS.read(file).paragraphs().stream().map(PdfParagraph::text).toList();
    }

    @Test
    void texWithItsLoweredEReadsTeX() throws Exception {
        assertThat(read(text("Written in "), tex(), text(" by Knuth, and in Bib"), tex(), text(" and Con"), tex(),
                text("t too."))).containsExactly("Written in TeX by Knuth, and in BibTeX and ConTeXt too.");
    }

    @Test
    void latexWithItsRaisedSmallAReadsLaTeX() throws Exception {
        assertThat(read(text("A document set by "), latex(), text(" for "), latex2e(), text(" users.")))
                .containsExactly("A document set by LaTeX for LaTeX2\u03b5 users.");
    }

    /** B and a small capital I and B, as some classes set BibTeX. */
    private static Piece smallCapsBib() {
        return (page, font, x, top) -> {
            page.line(x, top, font, SIZE, "B");
            x += width(font, SIZE, "B");
            page.line(x, top, font, 0.73f * SIZE, "IB");
            return x + width(font, 0.73f * SIZE, "IB");
        };
    }

    @Test
    void anEnginesNameInCapitalsBeforeTheLogoIsSpeltAsItIs() throws Exception {
        assertThat(read(text("Using LUA"), tex(), text(" and PDF"), tex(), text(" with "), smallCapsBib(), tex(),
                text(" daily."))).containsExactly("Using LuaTeX and pdfTeX with BibTeX daily.");
    }

    @Test
    void capitalsOnOneBaselineStayCapitals() throws Exception {
        assertThat(read(text("THE TEXT OF LATEX AND LUATEX IS SET IN CAPITALS."))).containsExactly(
                "THE TEXT OF LATEX AND LUATEX IS SET IN CAPITALS.");
    }

    /**
     * XeTeX's X, its E mirrored (drawn with the text matrix turned over, its origin at its right edge), lowered half an
     * ex and kerned back an eighth of an em, then {@code logo}, kerned back a sixth.
     */
    private static Piece xe(Piece logo) {
        return (page, font, x, top) -> {
            page.line(x, top, font, SIZE, "X");
            x += width(font, SIZE, "X") - 0.125f * SIZE;
            float e = width(font, SIZE, "E");
            try {
                page.out.beginText();
                page.out.setFont(font, SIZE);
                page.out.setTextMatrix(new org.apache.pdfbox.util.Matrix(-1, 0, 0, 1, x + e,
                        PdfMaker.HEIGHT - top - 0.215f * SIZE));
                page.out.showText("E");
                page.out.endText();
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            return logo.set(page, font, x + e - 0.1667f * SIZE, top);
        };
    }

    @Test
    void xetexsMirroredEReadsXeTeX() throws Exception {
        assertThat(read(text("Run "), xe(tex()), text(" or "), xe(latex()), text(" on it."))).containsExactly(
                "Run XeTeX or XeLaTeX on it.");
    }

    private static org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem bookmark(
            PdfMaker pdf, float top, String title) {
        var item = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem();
        item.setTitle(title);
        var destination = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination
                .PDPageXYZDestination();
        destination.setPage(pdf.document.getPage(0));
        destination.setTop((int) (PdfMaker.HEIGHT - top));
        item.setDestination(destination);
        return item;
    }

    @Test
    void bookmarksInCapitalsAreSpeltAsTheDocumentSpellsItsLogos() throws Exception {
        // luatex.pdf's bookmarks say "2 Basic TEX enhancements" and "4 Using LUATEX" where its headings and text
        // set the logos.
        Path file = dir.resolve("marks.pdf");
        try (PdfMaker pdf = new PdfMaker()) {
            PDFont font = pdf.sans();
            PdfMaker.Page page = pdf.page();
            float x = text("2 Basic ").set(page, font, 72, 100);
            text(" enhancements").set(page, font, tex().set(page, font, x, 100), 100);
            x = text("Written for LUA").set(page, font, 72, 130);
            text(" users, in a TEXT set in capitals.").set(page, font, tex().set(page, font, x, 130), 130);
            text("The engine is run from a command line.").set(page, font, 72, 160);
            var outline = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline();
            outline.addLast(bookmark(pdf, 90, "2 Basic TEX enhancements"));
            outline.addLast(bookmark(pdf, 150, "4 Using LUATEX, not LATEX, on a TEXT"));
            pdf.document.getDocumentCatalog().setDocumentOutline(outline);
            pdf.save(file);
        }

        assertThat(PdfLayout.DEFAULTS.read(file).bookmarks()).extracting(PdfText.Bookmark::title).containsExactly(
                "2 Basic TeX enhancements", "4 Using LuaTeX, not LATEX, on a TEXT");
    }
}
