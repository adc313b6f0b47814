package app.margin.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What an EPUB says about itself: {@code META-INF/container.xml} names the package document (OPF), whose metadata
 * gives the title, authors, date, language and identifier, whose manifest lists the files and whose spine gives
 * the reading order; the table of contents is the EPUB 3 navigation document's {@code toc} nav, else the EPUB 2
 * NCX. Every XML file is read with jsoup's XML parser, which never loads a DTD or an external entity.
 */
final class EpubPackage {
    /** Font obfuscation (IDPF, Adobe): only fonts are scrambled, the text is readable. */
    private static final Set<String> FONT_OBFUSCATION =
            Set.of("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC");

    /** One file of the manifest. */
    record Item(String id, String path, String mediaType, String properties) {
        boolean isDocument() {
            String type = mediaType.toLowerCase(Locale.ROOT);
            return type.equals("application/xhtml+xml") || type.equals("text/html")
                    || path.toLowerCase(Locale.ROOT).endsWith(".xhtml") || path.toLowerCase(Locale.ROOT).endsWith(".html")
                    || path.toLowerCase(Locale.ROOT).endsWith(".htm");
        }

        boolean isXml() {
            return !mediaType.equalsIgnoreCase("text/html");
        }

        boolean isNav() {
            return (" " + properties + " ").contains(" nav ");
        }
    }

    /** One entry of the table of contents: a label and the file (and element id, or "") it points at. */
    record TocEntry(String label, String path, String fragment, List<TocEntry> children) {}

    final String title;
    final List<String> authors;
    final String date;
    final String language;
    /** The identifier that names the book (see {@link EpubIdentity}), or {@code null}: none, or only placeholders. */
    final String identifier;
    /**
     * The placeholder that named the book before placeholders were told apart (the unique identifier, else the first
     * one), as written; {@code null} when that was a real identifier or there was none.
     */
    final String placeholder;
    final List<Item> spine;
    /** The paths of the spine's items marked {@code linear="no"} (and not listed as linear as well). */
    final Set<String> nonLinear;
    final List<TocEntry> toc;
    /** Where the table of contents came from, for messages: "nav", "NCX" or "". */
    final String tocKind;
    /** The cover picture's path in the book (EPUB 3 {@code cover-image}, or EPUB 2's cover meta), or {@code null}. */
    String cover;

    private EpubPackage(String title, List<String> authors, String date, String language, String[] identifiers,
                        List<Item> spine, Set<String> nonLinear, List<TocEntry> toc, String tocKind) {
        this.title = title;
        this.authors = authors;
        this.date = date;
        this.language = language;
        this.identifier = identifiers[0];
        this.placeholder = identifiers[1];
        this.spine = spine;
        this.nonLinear = nonLinear;
        this.toc = toc;
        this.tocKind = tocKind;
    }

    static EpubPackage read(EpubArchive archive, String name) throws ArticleException {
        refuseDrm(archive, name);
        if (!archive.has("META-INF/container.xml")) {
            throw ArticleException.ofFile(name, "this is a zip file but not an EPUB book: it has no "
                    + "META-INF/container.xml", null);
        }
        Document container = xml(archive.read("META-INF/container.xml"), name);
        Element rootfile = first(container, "rootfile", "full-path");
        String opfPath = rootfile == null ? null : EpubArchive.resolve("", rootfile.attr("full-path"));
        if (opfPath == null || !archive.has(opfPath)) {
            throw ArticleException.ofFile(name, "the book's container.xml names no package document that is in "
                    + "the book" + (opfPath == null ? "" : " (looked for " + opfPath + ")"), null);
        }
        Document opf = xml(archive.read(opfPath), name);
        Map<String, Item> manifest = new HashMap<>();
        Item nav = null;
        for (Element el : opf.getAllElements()) {
            if (local(el).equals("item") && el.hasAttr("href")) {
                String path = EpubArchive.resolve(opfPath, el.attr("href"));
                if (path == null) {
                    continue;
                }
                Item item = new Item(el.attr("id"), path, el.attr("media-type"), el.attr("properties"));
                manifest.put(item.id(), item);
                if (item.isNav() && nav == null) {
                    nav = item;
                }
            }
        }
        List<Item> spine = new ArrayList<>();
        Set<String> nonLinear = new java.util.HashSet<>();
        Set<String> linear = new java.util.HashSet<>();
        String ncxId = "";
        for (Element el : opf.getAllElements()) {
            if (local(el).equals("spine")) {
                ncxId = el.attr("toc");
            } else if (local(el).equals("itemref")) {
                Item item = manifest.get(el.attr("idref"));
                if (item != null && item.isDocument()) {
                    spine.add(item);
                    (el.attr("linear").strip().equalsIgnoreCase("no") ? nonLinear : linear).add(item.path());
                }
            }
        }
        if (spine.isEmpty()) {
            throw ArticleException.ofFile(name, "the book has no spine (the list of its chapters in reading order), "
                    + "so Margin cannot tell what to read", null);
        }
        List<TocEntry> toc = List.of();
        String kind = "";
        if (nav != null && archive.has(nav.path())) {
            toc = EpubToc.fromNav(xml(archive.read(nav.path()), name), nav.path());
            kind = "nav";
        }
        Item ncx = manifest.get(ncxId);
        if (ncx == null) {
            ncx = manifest.values().stream().filter(i -> i.mediaType().equals("application/x-dtbncx+xml"))
                    .findFirst().orElse(null);
        }
        if (toc.isEmpty() && ncx != null && archive.has(ncx.path())) {
            toc = EpubToc.fromNcx(xml(archive.read(ncx.path()), name), ncx.path());
            kind = "NCX";
        }
        if (!toc.isEmpty()) {
            toc = EpubToc.inFolders(toc, kind.equals("nav") ? nav.path() : ncx.path(),
                    spine.stream().map(Item::path).toList(), archive::has);
        }
        nonLinear.removeAll(linear); // a chapter the spine also lists in the reading order is in it
        EpubPackage book = new EpubPackage(metadata(opf, "title"), metadataAll(opf, "creator"),
                metadata(opf, "date"), metadata(opf, "language"), identifiers(opf), List.copyOf(spine),
                Set.copyOf(nonLinear), toc, toc.isEmpty() ? "" : kind);
        book.cover = cover(opf, manifest);
        return book;
    }

    /**
     * Refuses a book with DRM: Adobe ADEPT's {@code rights.xml}, Readium LCP's {@code license.lcpl}, or an
     * {@code encryption.xml} that encrypts anything with more than font obfuscation.
     */
    private static void refuseDrm(EpubArchive archive, String name) throws ArticleException {
        String drm = "the book is protected by DRM (";
        String end = "); Margin can only open books without DRM, which it cannot unlock";
        if (archive.has("META-INF/rights.xml")) {
            throw ArticleException.ofFile(name, drm + "Adobe, META-INF/rights.xml" + end, null);
        }
        if (archive.has("META-INF/license.lcpl")) {
            throw ArticleException.ofFile(name, drm + "Readium LCP, META-INF/license.lcpl" + end, null);
        }
        if (archive.has("META-INF/encryption.xml")) {
            Document encryption = xml(archive.read("META-INF/encryption.xml"), name);
            for (Element el : encryption.getAllElements()) {
                if (local(el).equals("EncryptionMethod")
                        && !FONT_OBFUSCATION.contains(el.attr("Algorithm").strip())) {
                    throw ArticleException.ofFile(name, drm + "its text is encrypted, META-INF/encryption.xml"
                            + end, null);
                }
            }
        }
    }

    /** The cover picture: the item marked {@code cover-image} (EPUB 3), else the one {@code <meta name="cover">} names. */
    private static String cover(Document opf, Map<String, Item> manifest) {
        for (Item item : manifest.values()) {
            if ((" " + item.properties() + " ").contains(" cover-image ") && item.mediaType().startsWith("image/")) {
                return item.path();
            }
        }
        for (Element el : opf.getAllElements()) {
            if (local(el).equals("meta") && el.attr("name").equalsIgnoreCase("cover")) {
                Item item = manifest.get(el.attr("content"));
                if (item != null && item.mediaType().startsWith("image/")) {
                    return item.path();
                }
            }
        }
        return null;
    }

    private static String metadata(Document opf, String name) {
        for (Element el : opf.getAllElements()) {
            if (local(el).equals(name) && !el.text().isBlank()) {
                return el.text().strip();
            }
        }
        return null;
    }

    private static List<String> metadataAll(Document opf, String name) {
        List<String> values = new ArrayList<>();
        for (Element el : opf.getAllElements()) {
            if (local(el).equals(name) && !el.text().isBlank()) {
                values.add(el.text().strip());
            }
        }
        return List.copyOf(values);
    }

    /**
     * The book's identifier and its former placeholder ({@link #identifier}, {@link #placeholder}): the
     * {@code dc:identifier} the package's {@code unique-identifier} names, else the first one, unless that is a
     * placeholder; then the first other that is not one.
     */
    private static String[] identifiers(Document opf) {
        Element pkg = null;
        for (Element el : opf.getAllElements()) {
            if (local(el).equals("package")) {
                pkg = el;
                break;
            }
        }
        String wanted = pkg == null ? "" : pkg.attr("unique-identifier");
        String unique = null;
        String first = null;
        String firstReal = null;
        for (Element el : opf.getAllElements()) {
            String text = local(el).equals("identifier") ? el.text().strip() : "";
            if (text.isEmpty()) {
                continue;
            }
            first = first == null ? text : first;
            if (unique == null && !wanted.isEmpty() && el.id().equals(wanted)) {
                unique = text;
            }
            if (firstReal == null && !EpubIdentity.isPlaceholder(text)) {
                firstReal = text;
            }
        }
        String before = unique != null ? unique : first; // what named the book before placeholders were told apart
        boolean placeholder = before != null && EpubIdentity.isPlaceholder(before);
        return new String[] {placeholder ? firstReal : before, placeholder ? before : null};
    }

    static Document xml(byte[] bytes, String name) throws ArticleException {
        try {
            Document document = Jsoup.parse(new ByteArrayInputStream(bytes), MarkupCharset.of(bytes, true).name(), "",
                    Parser.xmlParser().setMaxDepth(512));
            document.outputSettings().prettyPrint(false);
            return document;
        } catch (IOException | RuntimeException e) {
            throw ArticleException.ofFile(name, "a file in the book could not be read as XML (" + e.getMessage()
                    + ")", e);
        }
    }

    /** The tag name without its namespace prefix: {@code dc:title} → {@code title}. */
    static String local(Element el) {
        String tag = el.tagName();
        int colon = tag.indexOf(':');
        return colon >= 0 ? tag.substring(colon + 1) : tag;
    }

    private static Element first(Document doc, String localName, String attribute) {
        for (Element el : doc.getAllElements()) {
            if (local(el).equals(localName) && el.hasAttr(attribute)) {
                return el;
            }
        }
        return null;
    }

}
