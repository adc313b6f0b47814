package app.margin.article.pdf;

/**
 * One character as a page draws it, in the page's reading direction: {@code x} from the left edge, {@code y} the
 * baseline measured down from the top edge, both in points.
 *
 * @param text        the character(s), already mapped to plain letters by {@link Letters}
 * @param size        the type size in points as drawn (the font size scaled by the text and page matrices)
 * @param bold        whether the font is a bold one (by its name or weight)
 * @param spaceBefore whether the content stream drew a space just before it
 * @param math        whether its font is one of mathematics (TeX's cmmi, cmsy, cmex, msbm…; an OpenType "… Math")
 * @param link        the document's link whose area it lies in ({@link PdfLinks}), or -1
 */
record Glyph(float x, float y, float width, float size, String text, boolean bold, boolean spaceBefore,
             boolean math, boolean italic, boolean mono, int link) {
    Glyph(float x, float y, float width, float size, String text, boolean bold, boolean spaceBefore,
          boolean math, boolean italic, boolean mono) {
        this(x, y, width, size, text, bold, spaceBefore, math, italic, mono, -1);
    }

    Glyph(float x, float y, float width, float size, String text, boolean bold, boolean spaceBefore) {
        this(x, y, width, size, text, bold, spaceBefore, false, false, false);
    }

    /** The same glyph in the area of link {@code index} ({@link PdfLinks}). */
    Glyph linked(int index) {
        return new Glyph(x, y, width, size, text, bold, spaceBefore, math, italic, mono, index);
    }

    float end() {
        return x + width;
    }

    /** The top of the glyph's line box (a fixed share of the size, so boxes do not depend on a font's metrics). */
    float top() {
        return y - 0.75f * size;
    }

    float bottom() {
        return y + 0.25f * size;
    }
}
