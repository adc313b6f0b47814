package app.margin.model;

import java.util.Objects;

/**
 * A picture a paragraph shows above its text (its caption, or its alt text when it has none), or below it when the
 * source puts the caption first (a PDF's table under its caption).
 *
 * @param source where its bytes are: a path inside the article's pictures ("images/fig1.png", resolved by the
 *               reader against the book, the page's folder or the library's copy), a {@code data:} URI, or an
 *               {@code http(s):} URL, which Margin never fetches and shows as a placeholder naming the host
 * @param alt    the source's alternative text, or "" when it gives none
 * @param width  its width in CSS pixels as the markup or the file's header gives it; 0 when unknown
 * @param height its height likewise; 0 when unknown. With both known the page reserves the picture's room before it
 *               is decoded, so nothing moves when it arrives.
 * @param below  whether the picture comes after its text (the caption stands above it in the source)
 * @param text   the words drawn inside the picture that are nowhere in the paragraph's text: a PDF table's cells
 *               (rows separated by a line break, cells by a tab) or a drawn figure's labels; "" for most pictures.
 *               Find and the library search see them as the picture's, and its accessible text and tooltip carry
 *               them; anchors never do (they stay on the paragraph's text).
 */
public record Picture(String source, String alt, int width, int height, boolean below, String text) {
    public Picture {
        Objects.requireNonNull(source, "source");
        alt = alt == null ? "" : alt;
        width = Math.max(0, width);
        height = Math.max(0, height);
        text = text == null ? "" : text;
    }

    /** A picture with no words of its own inside it. */
    public Picture(String source, String alt, int width, int height, boolean below) {
        this(source, alt, width, height, below, "");
    }

    /** The same picture at another size (its header's, once read). */
    public Picture sized(int width, int height) {
        return new Picture(source, alt, width, height, below, text);
    }

    /** Whether it holds words of its own ({@link #text}) that find and search see. */
    public boolean hasText() {
        return !text.isBlank();
    }

    /** A picture above its text, as most are. */
    public Picture(String source, String alt, int width, int height) {
        this(source, alt, width, height, false);
    }

    /** Whether the source is on the network: never fetched. */
    public boolean remote() {
        String s = source.regionMatches(true, 0, "http", 0, 4) ? source.toLowerCase(java.util.Locale.ROOT) : "";
        return s.startsWith("http://") || s.startsWith("https://") || source.startsWith("//");
    }

    /** Whether the size is known from the source. */
    public boolean sized() {
        return width > 0 && height > 0;
    }
}
