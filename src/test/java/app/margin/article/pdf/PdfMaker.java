package app.margin.article.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Makes small PDFs for the tests with PDFBox: pages of A4 with text set line by line at given places, paragraphs
 * wrapped into a column (with a first-line indent), in Times (the standard fonts) or in PDFBox's own Liberation Sans
 * embedded (for glyphs outside Latin-1, such as ligatures).
 */
public final class PdfMaker implements AutoCloseable {
    public static final PDFont TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    public static final PDFont TIMES_BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    public static final float WIDTH = PDRectangle.A4.getWidth();
    public static final float HEIGHT = PDRectangle.A4.getHeight();

    public final PDDocument document = new PDDocument();
    private final List<Page> pages = new ArrayList<>();

    /** Liberation Sans, embedded whole (so every glyph is there) with its Unicode map. */
    public PDFont sans() {
        try (InputStream in = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            return PDType0Font.load(document, in, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Liberation Sans under the name of TeX's math italic, "CMMI10", so the layout analysis takes what is set in it
     * for mathematics (it knows fonts of mathematics by their names).
     */
    public PDFont math() {
        return named("CMMI10");
    }

    /**
     * Liberation Sans under another font's name (as a TeX document's subset would carry it: "SFSX1000", cm-super's
     * sans serif bold), so the layout analysis takes what is set in it for that font's face (it knows faces by names).
     */
    public PDFont named(String name) {
        PDFont font = sans();
        font.getCOSObject().setName(org.apache.pdfbox.cos.COSName.BASE_FONT, name);
        return font;
    }

    public Page page() {
        try {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            Page p = new Page(page, new PDPageContentStream(document, page));
            pages.add(p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF {@code name} in {@code dir}, drawn by {@code draw}, as the layout analysis reads it. */
    static PdfText read(Path dir, String name, java.util.function.Consumer<Page> draw) throws Exception {
        Path file = dir.resolve(name);
        try (PdfMaker pdf = new PdfMaker()) {
            draw.accept(pdf.page());
            pdf.save(file);
        }
        return PdfLayout.DEFAULTS.read(file);
    }

    public void save(Path file) {
        try {
            for (Page p : pages) {
                p.out.close();
            }
            pages.clear();
            document.save(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    public static final class Page {
        public final PDPage page;
        public final PDPageContentStream out;

        Page(PDPage page, PDPageContentStream out) {
            this.page = page;
            this.out = out;
        }

        /** One line of text with its baseline {@code top} points below the page's top edge. */
        public Page line(float x, float top, PDFont font, float size, String text) {
            try {
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset(x, HEIGHT - top);
                out.showText(text);
                out.endText();
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * A paragraph wrapped into a column {@code width} wide, its first line indented by {@code indent}, lines
         * {@code leading} apart; words that end in "-" are split there at a line end when the column calls for
         * it (write "impor-tant" to get "impor-" at a line's end, or "important" on one line). Returns the
         * baseline of the line after the last.
         */
        public float paragraph(float x, float top, float width, PDFont font, float size, float leading, float indent,
                String text) {
            List<String> lines = wrap(font, size, width, indent, text);
            float y = top;
            for (int i = 0; i < lines.size(); i++) {
                line(i == 0 ? x + indent : x, y, font, size, lines.get(i));
                y += leading;
            }
            return y;
        }

        public static List<String> wrap(PDFont font, float size, float width, float indent, String text) {
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String word : text.split(" ")) {
                String whole = word.replace("~", "");
                String joined = line.isEmpty() ? whole : line + " " + whole;
                float room = width - (lines.isEmpty() ? indent : 0);
                if (width(font, size, joined) <= room) {
                    line = joined;
                    continue;
                }
                String[] parts = word.split("~");
                String rest = whole;
                for (int k = parts.length - 1; k >= 1; k--) {
                    String head = String.join("", java.util.Arrays.copyOf(parts, k));
                    String candidate = (line.isEmpty() ? "" : line + " ") + head + "-";
                    if (width(font, size, candidate) <= room) {
                        lines.add(candidate); // hyphenated
                        rest = whole.substring(head.length());
                        line = null;
                        break;
                    }
                }
                if (line != null) {
                    lines.add(line);
                }
                line = rest;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            return lines;
        }

        static float width(PDFont font, float size, String text) {
            try {
                return font.getStringWidth(text) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
