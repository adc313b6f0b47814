package app.margin.article;

import app.margin.model.Picture;
import java.util.regex.Pattern;

/**
 * A figure's words: its caption, else its alt text, else {@link #NO_CAPTION}; a caption or an alt text that is only
 * the picture's file name ("cover.jpg") is none, since it tells a reader nothing the picture does not.
 */
final class HtmlFigures {
    /** The text of a figure with no words of its own and no alt text: a paragraph has words. */
    static final String NO_CAPTION = "Picture";

    /** How a picture's file name ends. */
    private static final Pattern PICTURE_FILE = Pattern.compile(
            "\\S+\\.(?:jpe?g|png|gif|svg|webp|avif|bmp|tiff?)", Pattern.CASE_INSENSITIVE);

    private HtmlFigures() {
    }

    /** The picture, without an alt text that is only its file name ({@code null} stays {@code null}). */
    static Picture withoutFileNameAlt(Picture picture) {
        if (picture != null && fileName(picture.alt(), picture)) {
            return new Picture(picture.source(), "", picture.width(), picture.height(), picture.below());
        }
        return picture;
    }

    /**
     * At a figure's end, its gathered caption {@code text}: a caption that is only its picture's file name is no
     * caption, and a figure with no caption at all has its alt text (or {@link #NO_CAPTION}) as its text: it was
     * dropped, picture and all, as a paragraph without words.
     */
    static void caption(StringBuilder text, InlineSpans spans, Picture picture) {
        if (text.toString().isBlank()) {
            text.setLength(0);
            text.append(text(picture));
        } else if (fileName(text.toString(), picture)) {
            spans.take(0, 0); // the file name's marks go with it
            text.setLength(0);
            text.append(text(picture));
        }
    }

    /** A figure's text without a caption: its alt text, else {@link #NO_CAPTION} (its file name is no caption). */
    static String text(Picture picture) {
        return picture.alt().isBlank() ? NO_CAPTION : picture.alt().strip();
    }

    /**
     * Whether {@code words} (a caption, an alt text) are only a file name: one word ending as pictures' names do
     * ("cover.jpg", "images/fig-2.PNG"), or the picture's own file name as its source gives it.
     */
    private static boolean fileName(String words, Picture picture) {
        String w = words.strip();
        if (w.isEmpty()) {
            return false;
        }
        String source = picture.source();
        int query = source.indexOf('?');
        String path = query >= 0 ? source.substring(0, query) : source;
        String name = source.startsWith("data:") ? "" : path.substring(path.lastIndexOf('/') + 1);
        return PICTURE_FILE.matcher(w).matches() || w.equalsIgnoreCase(name);
    }
}
