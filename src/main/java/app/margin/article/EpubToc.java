package app.margin.article;

import static app.margin.article.EpubPackage.local;

import app.margin.article.EpubPackage.TocEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An EPUB's table of contents, nested as the book nests it: from the EPUB 3 navigation document or the EPUB 2 NCX.
 * Each entry's {@code href} is resolved against the file it is in; one pointing outside the book has no path.
 * Nesting deeper than 64 levels is cut off.
 */
final class EpubToc {
    private EpubToc() {}

    /** The EPUB 3 nav with {@code epub:type="toc"} (else the first nav): nested {@code ol > li > a}. */
    static List<TocEntry> fromNav(Document nav, String navPath) {
        Element tocNav = null;
        for (Element el : nav.getAllElements()) {
            if (local(el).equals("nav")) {
                if ((" " + el.attr("epub:type") + " ").contains(" toc ")) {
                    tocNav = el;
                    break;
                }
                if (tocNav == null) {
                    tocNav = el;
                }
            }
        }
        if (tocNav == null) {
            return List.of();
        }
        Element list = firstChild(tocNav, "ol");
        return list == null ? List.of() : navList(list, navPath, 0);
    }

    private static List<TocEntry> navList(Element ol, String navPath, int depth) {
        List<TocEntry> entries = new ArrayList<>();
        if (depth > 64) {
            return entries;
        }
        for (Element li : ol.children()) {
            if (!local(li).equals("li")) {
                continue;
            }
            Element label = null;
            Element sub = null;
            for (Element child : li.children()) {
                String tag = local(child);
                if (label == null && (tag.equals("a") || tag.equals("span"))) {
                    label = child;
                } else if (sub == null && tag.equals("ol")) {
                    sub = child;
                }
            }
            List<TocEntry> children = sub == null ? List.of() : navList(sub, navPath, depth + 1);
            String text = label == null ? "" : label.text().strip();
            String href = label == null ? "" : label.attr("href");
            entries.add(entry(text, href.isEmpty() ? null : EpubArchive.resolve(navPath, href),
                    EpubArchive.fragment(href), children));
        }
        return entries;
    }

    /** The EPUB 2 NCX: nested {@code navPoint}s, each a {@code navLabel/text} and a {@code content src}. */
    static List<TocEntry> fromNcx(Document ncx, String ncxPath) {
        for (Element el : ncx.getAllElements()) {
            if (local(el).equals("navMap")) {
                return navPoints(el, ncxPath, 0);
            }
        }
        return List.of();
    }

    private static List<TocEntry> navPoints(Element parent, String ncxPath, int depth) {
        List<TocEntry> entries = new ArrayList<>();
        if (depth > 64) {
            return entries;
        }
        for (Element point : parent.children()) {
            if (!local(point).equals("navPoint")) {
                continue;
            }
            String label = "";
            String src = "";
            for (Element child : point.children()) {
                if (local(child).equals("navLabel")) {
                    label = child.text().strip();
                } else if (local(child).equals("content")) {
                    src = child.attr("src");
                }
            }
            entries.add(entry(label, src.isEmpty() ? null : EpubArchive.resolve(ncxPath, src),
                    EpubArchive.fragment(src), navPoints(point, ncxPath, depth + 1)));
        }
        return entries;
    }

    /**
     * The entries, each that names a file not in the book moved to the first chapter of {@code spine} (in its order)
     * of that name in a folder under the table of contents' own ({@code intro.xhtml} → {@code guide/intro.xhtml}):
     * Sphinx writes the entries of a book whose master document is in a folder without the folder. Other entries
     * stay as they are.
     */
    static List<TocEntry> inFolders(List<TocEntry> entries, String tocPath, List<String> spine,
                                    Predicate<String> inBook) {
        String folder = tocPath.substring(0, tocPath.lastIndexOf('/') + 1);
        Map<String, String> byTail = new HashMap<>(); // "intro.xhtml" and "guide/intro.xhtml" → "guide/intro.xhtml"
        for (String path : spine) {
            if (path.startsWith(folder)) {
                for (int at = path.indexOf('/', folder.length()); at >= 0; at = path.indexOf('/', at + 1)) {
                    byTail.putIfAbsent(path.substring(at + 1), path);
                }
            }
        }
        return byTail.isEmpty() ? entries : inFolders(entries, folder, byTail, inBook, 0);
    }

    private static List<TocEntry> inFolders(List<TocEntry> entries, String folder, Map<String, String> byTail,
                                            Predicate<String> inBook, int depth) {
        List<TocEntry> out = new ArrayList<>(entries.size());
        for (TocEntry entry : entries) {
            String path = entry.path();
            if (path != null && path.startsWith(folder) && !inBook.test(path)) {
                path = byTail.getOrDefault(path.substring(folder.length()), path);
            }
            List<TocEntry> children = depth < 64 ? inFolders(entry.children(), folder, byTail, inBook, depth + 1)
                    : entry.children();
            out.add(entry(entry.label(), path, entry.fragment(), children));
        }
        return out;
    }

    private static TocEntry entry(String label, String path, String fragment, List<TocEntry> children) {
        return new TocEntry(label, path, fragment, List.copyOf(children));
    }

    private static Element firstChild(Element parent, String localName) {
        for (Element el : parent.getAllElements()) {
            if (el != parent && local(el).equals(localName)) {
                return el;
            }
        }
        return null;
    }
}
