package app.margin.article;

import app.margin.model.Picture;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Markdown images that stand alone in a paragraph become figures: the picture as the Markdown names it (a path
 * relative to the file, a {@code data:} URI or a web address, never fetched) and as text its alt text, else its
 * title, else its file name. An image inside running text stays "[image: alt]" in that text.
 */
final class MarkdownFigures {
    private MarkdownFigures() {}

    /** A figure's text, and its picture or {@code null} when only the text can be kept. */
    record Figure(String text, Picture picture) {}

    /** Whether the paragraph holds images and nothing else but white space. */
    static boolean only(Paragraph paragraph) {
        boolean image = false;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image) {
                image = true;
            } else if (!(child instanceof SoftLineBreak || child instanceof HardLineBreak
                    || child instanceof Text text && text.getLiteral().isBlank())) {
                return false;
            }
        }
        return image;
    }

    /**
     * The figure of {@code image}. A source a web page's picture could not have ({@link PageLinks#plainPicture}:
     * none, {@code javascript:}) leaves the text "[image: …]"; a {@code data:} URI longer than
     * {@link PageLinks#MAX_DATA_URI} characters is left out, and the text says so and names the limit. The size is
     * not in Markdown: the importer's caller reads it from the file's header where it can.
     */
    static Figure of(Image image) {
        String source = image.getDestination() == null ? "" : image.getDestination().strip();
        String alt = MarkdownInlines.plain(image);
        String title = image.getTitle() == null ? "" : image.getTitle().strip();
        String text = !alt.isEmpty() ? alt : !title.isEmpty() ? title : fileNameOf(source);
        if (source.regionMatches(true, 0, "data:", 0, 5) && source.length() > PageLinks.MAX_DATA_URI) {
            return new Figure("[image: " + text + " — left out: its data: URI is longer than "
                    + String.format("%,d", PageLinks.MAX_DATA_URI) + " characters, the limit]", null);
        }
        String kept = PageLinks.plainPicture(source);
        return kept == null ? new Figure("[image: " + text + "]", null)
                : new Figure(text, new Picture(kept, alt, 0, 0));
    }

    /**
     * The last part of a path or URL, without query or fragment, percent-decoded ("photo%201.jpg" → "photo 1.jpg");
     * "picture" for a {@code data:} URI or none.
     */
    static String fileNameOf(String source) {
        if (source.regionMatches(true, 0, "data:", 0, 5)) {
            return "picture";
        }
        String path = source;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '?' || path.charAt(i) == '#') {
                path = path.substring(0, i);
                break;
            }
        }
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        try {
            name = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            // a bare '%' in the name: shown as written
        }
        return name.isBlank() ? "picture" : name.strip();
    }
}
