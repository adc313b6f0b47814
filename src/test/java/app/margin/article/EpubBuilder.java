package app.margin.article;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes EPUB files the way authoring tools do: an uncompressed {@code mimetype} first, {@code container.xml}, a
 * package document with metadata, manifest and spine, then an EPUB 3 nav document and/or an EPUB 2 NCX, and the
 * chapters as XHTML. Tests change one thing at a time to make hostile books.
 */
final class EpubBuilder {
    /** A table-of-contents entry: label, href relative to the package folder, nested entries. */
    record Toc(String label, String href, List<Toc> children) {
        static Toc of(String label, String href, Toc... children) {
            return new Toc(label, href, List.of(children));
        }
    }

    private String title = "A Test Book";
    private final List<String> authors = new ArrayList<>(List.of("Ann Author"));
    private String identifier = "urn:uuid:00000000-0000-4000-8000-000000000001";
    private final Map<String, String> chapters = new LinkedHashMap<>();
    private final List<Toc> toc = new ArrayList<>();
    private boolean nav = true;
    private boolean ncx = false;
    private final Map<String, byte[]> extra = new LinkedHashMap<>();
    private final Map<String, byte[]> images = new LinkedHashMap<>();
    private boolean spine = true;
    /** The spine as listed, when a test gives it: file names, some with a fragment, some more than once. */
    private List<String> listing;
    private final java.util.Set<String> nonLinear = new java.util.HashSet<>();
    private String generator;
    private final StringBuilder metadata = new StringBuilder();

    EpubBuilder title(String value) {
        title = value;
        return this;
    }

    EpubBuilder identifier(String value) {
        identifier = value;
        return this;
    }

    /** The authors ({@code dc:creator}), instead of "Ann Author". */
    EpubBuilder authors(String... names) {
        authors.clear();
        authors.addAll(List.of(names));
        return this;
    }

    /** More metadata, as XML written into the package's {@code metadata} after the title. */
    EpubBuilder metadata(String xml) {
        metadata.append(xml);
        return this;
    }

    /** A chapter file under {@code OEBPS/}, with the XHTML of its body. */
    EpubBuilder chapter(String file, String bodyXhtml) {
        chapters.put(file, bodyXhtml);
        return this;
    }

    EpubBuilder toc(Toc... entries) {
        toc.addAll(List.of(entries));
        return this;
    }

    /** EPUB 2: only an NCX, no nav document. */
    EpubBuilder epub2() {
        nav = false;
        ncx = true;
        return this;
    }

    /** The chapter's spine entry says {@code linear="no"}: not part of the reading order. */
    EpubBuilder nonLinear(String file) {
        nonLinear.add(file);
        return this;
    }

    /** Every chapter names the tool that made it, as Sphinx's and pandoc's do: {@code <meta name="generator">}. */
    EpubBuilder generator(String content) {
        generator = content;
        return this;
    }

    /**
     * The spine lists these, in this order, instead of each chapter once: a chapter's file name is its own manifest
     * item (named again, the same idref again, which EPUB 3 forbids), and anything else a manifest item of its own,
     * as SiSU lists a file once for every heading in it ({@code about-manual.xhtml#o8}).
     */
    EpubBuilder spine(String... hrefs) {
        listing = List.of(hrefs);
        return this;
    }

    EpubBuilder noSpine() {
        spine = false;
        return this;
    }

    /** Any other file, at its path in the container. */
    EpubBuilder file(String path, String content) {
        extra.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private String coverHref;

    /** A cover picture the package names (EPUB 3 {@code cover-image}), at {@code href} from the package. */
    EpubBuilder cover(String href, byte[] picture) {
        coverHref = href;
        extra.put("OEBPS/" + href, picture);
        return this;
    }

    /** A PNG picture under {@code OEBPS/}, listed in the manifest as readers expect. */
    EpubBuilder picture(String file, byte[] png) {
        images.put(file, png);
        return this;
    }

    Path write(Path file) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            stored(zip, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            put(zip, "META-INF/container.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                      <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                    </container>
                    """);
            put(zip, "OEBPS/content.opf", opf());
            if (nav) {
                put(zip, "OEBPS/nav.xhtml", navDocument());
            }
            if (ncx) {
                put(zip, "OEBPS/toc.ncx", ncxDocument());
            }
            for (Map.Entry<String, String> chapter : chapters.entrySet()) {
                String head = generator == null ? "" : "<meta name=\"generator\" content=\"" + generator + "\"/>";
                put(zip, "OEBPS/" + chapter.getKey(), xhtml(head + "<title>" + chapter.getKey() + "</title>",
                        chapter.getValue()));
            }
            for (Map.Entry<String, byte[]> e : images.entrySet()) {
                zip.putNextEntry(new ZipEntry("OEBPS/" + e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private String opf() {
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"")
                .append(nav ? "3.0" : "2.0").append("\" unique-identifier=\"bookid\">\n")
                .append("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:identifier id=\"bookid\">").append(identifier).append("</dc:identifier>\n")
                .append(title == null ? "" : "<dc:title>" + title + "</dc:title>\n").append(metadata);
        for (String author : authors) {
            s.append("<dc:creator>").append(author).append("</dc:creator>\n");
        }
        s.append("<dc:language>en</dc:language>\n<dc:date>2020-01-02</dc:date>\n</metadata>\n<manifest>\n");
        if (nav) {
            s.append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        }
        if (ncx) {
            s.append("<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>\n");
        }
        if (coverHref != null) {
            s.append("<item id=\"cover-image\" href=\"").append(coverHref)
                    .append("\" media-type=\"image/png\" properties=\"cover-image\"/>\n");
        }
        int n = 0;
        for (String file : chapters.keySet()) {
            s.append("<item id=\"c").append(n++).append("\" href=\"").append(file)
                    .append("\" media-type=\"application/xhtml+xml\"/>\n");
        }
        for (String image : images.keySet()) {
            s.append("<item id=\"i").append(n++).append("\" href=\"").append(image)
                    .append("\" media-type=\"image/png\"/>\n");
        }
        List<String> files = new ArrayList<>(chapters.keySet());
        List<String> idrefs = new ArrayList<>();
        for (String href : listing == null ? List.<String>of() : listing) {
            if (files.contains(href)) {
                idrefs.add("c" + files.indexOf(href));
            } else {
                idrefs.add("s" + idrefs.size());
                s.append("<item id=\"s").append(idrefs.size() - 1).append("\" href=\"").append(href)
                        .append("\" media-type=\"application/xhtml+xml\"/>\n");
            }
        }
        s.append("</manifest>\n<spine").append(ncx ? " toc=\"ncx\"" : "").append(">\n");
        if (spine && listing != null) {
            idrefs.forEach(idref -> s.append("<itemref idref=\"").append(idref).append("\"/>\n"));
        } else if (spine) {
            int i = 0;
            for (String file : chapters.keySet()) {
                s.append("<itemref idref=\"c").append(i++).append(nonLinear.contains(file) ? "\" linear=\"no" : "")
                        .append("\"/>\n");
            }
        }
        return s.append("</spine>\n</package>\n").toString();
    }

    private String navDocument() {
        StringBuilder s = new StringBuilder("<nav epub:type=\"toc\" id=\"toc\"><h1>Contents</h1>");
        navList(toc, s);
        return xhtml("<title>nav.xhtml</title>", s.append("</nav>").toString());
    }

    private static void navList(List<Toc> entries, StringBuilder s) {
        s.append("<ol>");
        for (Toc entry : entries) {
            s.append("<li><a href=\"").append(entry.href()).append("\">").append(entry.label()).append("</a>");
            if (!entry.children().isEmpty()) {
                navList(entry.children(), s);
            }
            s.append("</li>");
        }
        s.append("</ol>");
    }

    private String ncxDocument() {
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
                <head><meta name="dtb:uid" content="x"/></head><docTitle><text>T</text></docTitle><navMap>
                """);
        int[] order = {1};
        navPoints(toc, s, order);
        return s.append("</navMap></ncx>\n").toString();
    }

    private static void navPoints(List<Toc> entries, StringBuilder s, int[] order) {
        for (Toc entry : entries) {
            int n = order[0]++;
            s.append("<navPoint id=\"np").append(n).append("\" playOrder=\"").append(n).append("\"><navLabel><text>")
                    .append(entry.label()).append("</text></navLabel><content src=\"").append(entry.href())
                    .append("\"/>");
            navPoints(entry.children(), s, order);
            s.append("</navPoint>\n");
        }
    }

    private static String xhtml(String head, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\">\n"
                + "<head>" + head + "<link rel=\"stylesheet\" href=\"style.css\"/></head>\n<body>"
                + body + "</body>\n</html>\n";
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
