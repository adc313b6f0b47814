package app.margin.article;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Section;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a link to another file leads ({@code "week2.md#proof"}, {@code "../library/os.html#os.open"}: a span target
 * that {@link app.margin.model.Span#toFile()}), and whether Margin may open it. The path is read against the folder
 * the page was read from ({@link Article#pictureBase()}, kept in the library's copy, so it holds after a restart),
 * its escapes decoded ({@code %20}, and {@code %2e%2e} as the {@code ..} it is) and normalised, so it names one file.
 * That file may be anywhere File → Open could reach, but only a regular, readable file of a kind a page links to
 * ({@link #LINKABLE}): never a folder, a device, a name without an extension (as {@code ../../etc/passwd}), or a link
 * whose real file is none of those. Nothing here goes to the network or opens anything by itself.
 */
public final class LinkedFiles {
    /** The kinds of file a link opens: what File → Open reads, but article JSON and names without an extension. */
    public static final Set<String> LINKABLE = Set.of("html", "htm", "xhtml", "md", "markdown", "txt", "text", "epub",
            "pdf");

    /** A link worked out: the file it names (absolute, normalised), its fragment decoded ("" for none), as written. */
    public record Link(Path file, String fragment, String written) {}

    private LinkedFiles() {}

    /**
     * The file {@code target} names from the page read from {@code base}, without touching the disk. Refused (the
     * exception says why in a sentence) when the article does not say where it was read from, when the target is no
     * relative path to a file of a {@link #LINKABLE} kind, or when it cannot be a path.
     */
    public static Link resolve(String base, String target) throws ArticleException {
        String fileLink = PageLinks.fileLink(target == null ? "" : target);
        String shown = shown(target);
        if (fileLink == null) {
            throw refused(shown, "it is not a link to a file beside the page");
        }
        int hash = fileLink.indexOf('#');
        String path = decode(hash >= 0 ? fileLink.substring(0, hash) : fileLink);
        String fragment = hash >= 0 ? fileLink.substring(hash + 1) : "";
        fragment = decode(fragment) == null ? fragment : decode(fragment); // "#100%" is looked for as written
        if (path == null) {
            throw refused(shown, "its escapes (%xx) are not a file name");
        }
        if (path.startsWith("/") || path.indexOf('\\') >= 0 || path.chars().anyMatch(Character::isISOControl)) {
            throw refused(shown, "it is not a file name Margin follows");
        }
        if (base == null) {
            throw refused(shown, "this article does not say which folder it was read from (it came with Margin, or"
                    + " from Margin JSON that does not say), so there is nothing to find the file beside");
        }
        String from = ArticleImporter.extension(nameOf(base));
        if (from.equals("epub") || from.equals("pdf")) {
            throw refused(shown, "it was read from a book or document (" + nameOf(base) + "), and only a web page's "
                    + "or a Markdown file's links to files beside it are followed");
        }
        if (path.endsWith("/")) {
            throw refused(shown, "it leads to a folder, not a file");
        }
        String extension = ArticleImporter.extension(nameOf(path));
        if (!LINKABLE.contains(extension)) {
            throw refused(shown, notLinkable());
        }
        try {
            Path folder = Path.of(base);
            if (!folder.isAbsolute()) {
                throw refused(shown, "this article does not say which folder it was read from");
            }
            return new Link(folder.resolve(path).normalize(), fragment, shown);
        } catch (InvalidPathException e) {
            throw refused(shown, "it is not a file name Margin follows");
        }
    }

    /**
     * The file to open for {@code link}, once the disk says it is one: its real path (links followed), which must be a
     * regular, readable file whose own name is of a {@link #LINKABLE} kind. Blocking: call it off the FX thread.
     */
    public static Path check(Link link) throws ArticleException {
        Path real;
        try {
            real = link.file().toRealPath();
        } catch (NoSuchFileException e) {
            throw refused(link.written(), "there is no such file (looked for " + link.file() + ")");
        } catch (IOException | SecurityException e) {
            throw refused(link.written(), "Margin may not look at " + link.file());
        }
        if (Files.isDirectory(real)) {
            throw refused(link.written(), "it leads to a folder, not a file");
        }
        if (!Files.isRegularFile(real)) {
            throw refused(link.written(), "it leads to something that is not a regular file");
        }
        if (!LINKABLE.contains(ArticleImporter.extension(nameOf(real.toString())))) {
            throw refused(link.written(), "it leads on to " + real + ", and " + notLinkable());
        }
        if (!Files.isReadable(real)) {
            throw refused(link.written(), "Margin may not read " + real);
        }
        return real;
    }

    /**
     * The block of {@code layout} a link's fragment lands on: an element id or section id the article keeps, else a
     * heading whose anchor, as GitHub makes one ("proof-of-2-1" for "Proof of 2.1"), is the fragment (a link into
     * another Markdown file is written that way); -1 when the article has no such place.
     */
    public static int landing(ArticleLayout layout, String fragment) {
        if (fragment == null || fragment.isEmpty()) {
            return -1;
        }
        int block = layout.blockOfTarget("#" + fragment);
        if (block >= 0) {
            return block;
        }
        Map<String, Integer> seen = new HashMap<>();
        Article article = layout.article();
        if (MarkdownTargets.githubAnchor(article.title(), seen).equals(fragment)) {
            return 0;
        }
        Deque<Section> todo = new ArrayDeque<>(article.sections());
        while (!todo.isEmpty()) {
            Section section = todo.pop();
            if (MarkdownTargets.githubAnchor(section.title(), seen).equals(fragment)) {
                return layout.blockOfTarget("#" + section.id());
            }
            List<Section> children = section.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i)); // reading order
            }
        }
        return -1;
    }

    /** {@code %xx} escapes decoded as UTF-8 ({@code +} stays a plus, as in a path); {@code null} when malformed. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String nameOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    private static String notLinkable() {
        return "Margin opens web pages (.html), Markdown (.md), text (.txt), EPUB and PDF files from a link, and this "
                + "is none of them";
    }

    /** A link's target as the reader may see it: escapes decoded where they can be, and cut when very long. */
    public static String shown(String target) {
        String t = target == null ? "" : target.strip();
        String decoded = decode(t);
        String s = decoded == null ? t : decoded;
        s = s.chars().anyMatch(Character::isISOControl) ? s.replaceAll("\\p{Cntrl}", "?") : s;
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

    private static ArticleException refused(String shown, String why) {
        return ArticleException.ofFile("The link to " + shown, why, null);
    }
}
