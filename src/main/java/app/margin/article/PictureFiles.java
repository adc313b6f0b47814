package app.margin.article;

import app.margin.article.pdf.PageDrawing;
import app.margin.model.Picture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an article's pictures: from inside its EPUB, from beside the page or Markdown file it came from, or from a
 * {@code data:} URI; never from the network, and never from outside the book or the page's folder (a path that
 * climbs out, or a link that points out, is refused). A picture's size comes from its file's header, without
 * decoding it, so the page can make room for it before it is drawn and a decompression bomb is named, not decoded.
 */
public final class PictureFiles {
    /** The most bytes a picture file may have. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    /** The most pixels a picture may have to be drawn: 8,000 × 5,000. */
    public static final long MAX_PIXELS = 40_000_000L;

    /** Why a picture cannot be shown, in words for the page's placeholder. */
    public static final class PictureException extends IOException {
        public PictureException(String message) {
            super(message);
        }
    }

    /**
     * A PDF's page picture: {@code "pdf-page:3"} is its third page, drawn from the PDF (the base);
     * {@code "pdf-page:3@72.00,100.50,200.00,150.00"} is a part of it (a figure): x, y, width and height in points
     * of the page as shown (its crop box, turned by its rotation), from its top-left corner.
     */
    public static final String PDF_PAGE = "pdf-page:";
    private static final java.util.regex.Pattern CROP = java.util.regex.Pattern.compile(
            "(\\d{1,9})@(\\d{1,7}(?:\\.\\d{1,4})?),(\\d{1,7}(?:\\.\\d{1,4})?),(\\d{1,7}(?:\\.\\d{1,4})?),"
            + "(\\d{1,7}(?:\\.\\d{1,4})?)");
    /** The resolution a page picture is drawn at (bounded by {@link PageDrawing#MAX_PIXELS}): sharp at 150 %. */
    static final float PAGE_DPI = 144f;

    private PictureFiles() {}

    /** The picture's bytes. */
    public static byte[] read(String base, Picture picture) throws IOException {
        String source = picture.source();
        if (picture.remote()) {
            throw new PictureException("not downloaded: Margin never goes online (" + host(source) + ")");
        }
        if (source.regionMatches(true, 0, "data:", 0, 5)) {
            return dataUri(source);
        }
        if (base == null) {
            throw new PictureException("the article does not say where its pictures are");
        }
        Path at = Path.of(base);
        if (source.startsWith(PDF_PAGE)) {
            return pdfPage(at, source);
        }
        if (Files.isDirectory(at)) {
            return inFolder(at, source);
        }
        if (Files.isRegularFile(at)) {
            return inZip(at, source);
        }
        throw new PictureException("not found: the file it came from is no longer at " + base);
    }

    /**
     * The picture's width and height from its file's header (an SVG drawing's from its root element), or
     * {@code null} when the header says nothing.
     */
    public static int[] size(byte[] bytes) throws IOException {
        if (isSvg("", bytes)) {
            return SvgSizes.of(bytes);
        }
        int[] quick = PictureHeaders.size(new ByteArrayInputStream(bytes)); // PNG, JPEG, GIF, BMP: no ImageIO
        if (quick != null) {
            return quick;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException | javax.imageio.IIOException e) {
            return null; // a damaged header: the picture is decoded, or refused, when it is shown
        }
    }

    /** Refuses a picture too large to decode, naming its size. */
    public static void checkSize(int[] size) throws PictureException {
        if (size != null && (long) size[0] * size[1] > MAX_PIXELS) {
            throw new PictureException("too large to show (" + size[0] + " × " + size[1] + " pixels)");
        }
    }

    /**
     * Whether a picture is an SVG drawing: markup whose name ends in .svg, whose data: URI says image/svg+xml, or
     * with an {@code <svg} element near its start (a drawing named otherwise); or gzip or UTF-16 bytes named so,
     * which {@link SvgDrawings} refuses, saying why. A PNG misnamed .svg is still drawn as a PNG.
     */
    public static boolean isSvg(String source, byte[] bytes) {
        String s = source.toLowerCase(java.util.Locale.ROOT);
        boolean named;
        if (s.startsWith("data:")) {
            named = s.startsWith("data:image/svg+xml");
        } else {
            int cut = s.length();
            for (char c : new char[] {'?', '#'}) {
                int at = s.indexOf(c);
                cut = at >= 0 ? Math.min(cut, at) : cut;
            }
            named = s.substring(0, cut).endsWith(".svg") || s.substring(0, cut).endsWith(".svgz");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        boolean wide = head.startsWith("\u00fe\u00ff") || head.startsWith("\u00ff\u00fe") || head.startsWith("<\0")
                || head.startsWith("\0<") || head.startsWith("\0\0");
        if (named && (head.startsWith("\u001f\u008b") || wide)) {
            return true; // compressed, or UTF-16 or -32 text: SvgPictures says it does not draw those
        }
        String start = (head.startsWith("\u00ef\u00bb\u00bf") ? head.substring(3) : head).stripLeading();
        return start.startsWith("<") && (named || head.contains("<svg"));
    }

    private static String host(String url) {
        try {
            String host = java.net.URI.create(url.startsWith("//") ? "https:" + url : url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return "an address on the web";
        }
    }

    private static byte[] dataUri(String uri) throws PictureException {
        int comma = uri.indexOf(',');
        if (comma < 0 || !uri.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
            throw new PictureException("a data: picture Margin cannot read");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(uri.substring(comma + 1)); // line breaks in the markup are fine
        } catch (IllegalArgumentException e) {
            throw new PictureException("a damaged data: picture");
        }
        if (bytes.length == 0) {
            throw new PictureException("a damaged data: picture");
        }
        return bytes;
    }

    /** The source of a part of page {@code number} (from 1): x, y, width and height in points, two decimals. */
    public static String pdfCrop(int number, float x, float y, float width, float height) {
        return String.format(Locale.ROOT, "%s%d@%.2f,%.2f,%.2f,%.2f", PDF_PAGE, number, x, y, width, height);
    }

    /** The PDF's page, or a part of it, drawn at {@link #PAGE_DPI} (less for a huge one), as PNG bytes. */
    private static byte[] pdfPage(Path pdf, String source) throws IOException {
        String rest = source.substring(PDF_PAGE.length());
        float[] crop = null;
        int number;
        if (rest.indexOf('@') >= 0) {
            java.util.regex.Matcher m = CROP.matcher(rest);
            if (!m.matches()) {
                throw new PictureException("not a part of a page Margin can read: " + source);
            }
            crop = new float[] {Float.parseFloat(m.group(2)), Float.parseFloat(m.group(3)),
                    Float.parseFloat(m.group(4)), Float.parseFloat(m.group(5))};
            rest = m.group(1);
        }
        try {
            number = Integer.parseInt(rest);
        } catch (NumberFormatException e) {
            throw new PictureException("not a page of the document: " + source);
        }
        if (!Files.isRegularFile(pdf) || !pdf.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new PictureException("not found: the PDF it came from is no longer at " + pdf);
        }
        try (PageDrawing drawing = PageDrawing.open(pdf)) {
            if (number < 1 || number > drawing.pageCount()) {
                throw new PictureException("the document has no page " + number);
            }
            if (crop == null) {
                return drawing.png(number - 1, PAGE_DPI);
            }
            float[] size = drawing.shownSize(number - 1);
            if (crop[2] < 1 || crop[3] < 1 || crop[0] + crop[2] > size[0] + 1 || crop[1] + crop[3] > size[1] + 1) {
                throw new PictureException(String.format(Locale.ROOT, "the part %s of page %d lies outside the page"
                        + " (%.0f × %.0f points), or is empty", source.substring(source.indexOf('@') + 1), number,
                        size[0], size[1]));
            }
            return drawing.cropPng(number - 1, crop[0], crop[1], crop[2], crop[3], PAGE_DPI);
        } catch (PictureException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PictureException("page " + number + " of the PDF could not be drawn: it is damaged, or unpacks"
                    + " to too much to draw");
        }
    }

    private static byte[] inFolder(Path folder, String source) throws IOException {
        String path = EpubArchive.resolve("x", source); // decodes %xx, refuses schemes and climbing out
        if (path == null) {
            throw new PictureException("outside the page's folder: " + source);
        }
        Path root = folder.toRealPath();
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            throw new PictureException("not found beside the page: " + source);
        }
        if (!file.toRealPath().startsWith(root)) {
            throw new PictureException("a link out of the page's folder: " + source);
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new PictureException("larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        return Files.readAllBytes(file);
    }

    private static byte[] inZip(Path book, String source) throws IOException {
        try (ZipFile zip = new ZipFile(book.toFile())) {
            ZipEntry entry = zip.getEntry(source);
            if (entry == null || entry.isDirectory()) {
                throw new PictureException("not in the book: " + source);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new PictureException("larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
                }
                return bytes;
            }
        }
    }

    /** Whether {@code base} names an existing file or folder pictures can be read from. */
    static boolean usable(Path base) {
        return base != null && Files.exists(base, LinkOption.NOFOLLOW_LINKS);
    }
}
