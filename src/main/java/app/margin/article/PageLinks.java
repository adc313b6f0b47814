package app.margin.article;

import app.margin.model.Span;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How a page's links and pictures are named in the article: where an {@code href} points (an element id inside the
 * article, written {@code "#id"}, another file beside the page, kept as its relative path {@code "other.html#id"}, or
 * an address outside it), what a picture's {@code src} is, and which element ids are link targets the article must
 * keep. An importer makes one per file; the EPUB's names ids by chapter file so two chapters' "note1" stay apart.
 *
 * @param link     an {@code href} to a span target, or {@code null} for a link Margin does not keep
 *                 ({@code javascript:}, {@code file:}, an unknown scheme, an absolute path)
 * @param picture  a {@code src} to a {@link app.margin.model.Picture#source()}, or {@code null} to drop the picture
 * @param id       an element id as the article names it
 * @param targets  element ids (as the page writes them) that some link points at
 */
record PageLinks(UnaryOperator<String> link, UnaryOperator<String> picture, UnaryOperator<String> id,
                 Set<String> targets) {

    /**
     * Links within the page by their fragment, addresses as written, other files by their relative path; pictures as
     * written (relative to the page). Every element id is kept: the ones no link points at are dropped when the
     * article is built ({@link OutlineBuilder}), which spares the walk a second pass over the page to find the
     * targets first.
     */
    static PageLinks ofPage() {
        return ofPage(null);
    }

    /**
     * As {@link #ofPage()} for the page in the file named {@code fileName} (or {@code null}): a link to that file by
     * its name ({@code "ch-source.html#s-x"} in {@code ch-source.html}, as a multi-page manual writes some) is a
     * link within the page.
     */
    static PageLinks ofPage(String fileName) {
        return new PageLinks(href -> plainLink(href, fileName), PageLinks::plainPicture, UnaryOperator.identity(),
                ALL);
    }

    /** No links, no pictures: only the words, as Margin read pages before. */
    static final PageLinks NONE = new PageLinks(href -> null, src -> null, UnaryOperator.identity(), Set.of());

    static String plainLink(String href) {
        return plainLink(href, null);
    }

    private static String plainLink(String href, String ownName) {
        String h = href.strip();
        if (h.isEmpty()) {
            return null;
        }
        if (h.startsWith("#")) {
            return h.length() > 1 ? h : null;
        }
        String external = external(h);
        if (external != null) {
            return external;
        }
        String file = fileLink(h);
        if (file != null && ownName != null && isOwnFile(file, ownName)) {
            int hash = file.indexOf('#');
            return hash >= 0 && hash < file.length() - 1 ? file.substring(hash) : null;
        }
        return file;
    }

    /** The longest link to another file kept: longer is no file name, and the link keeps its words only. */
    static final int MAX_FILE_LINK = 1024;

    /**
     * A link to another file beside the page, as a span keeps it: the relative path and its fragment as written
     * ({@code "week2.md#proof"}, {@code "../library/os.html#os.open"}), without a query; {@code null} for anything
     * else: a scheme ({@code file:}, {@code javascript:}, {@code data:}, a drive letter), an absolute path or one
     * naming another host ({@code "/etc/passwd"}, {@code "//host/x"}: a saved page's link to its site's root is not a
     * file on this disk), a backslash or control character, no path, or more than {@value #MAX_FILE_LINK}
     * characters. Where it leads is worked out, and checked, only when it is clicked ({@link LinkedFiles}).
     */
    static String fileLink(String href) {
        String h = href.strip();
        if (h.isEmpty() || h.length() > MAX_FILE_LINK || h.startsWith("#") || h.startsWith("/")
                || Span.hasScheme(h)) {
            return null;
        }
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == '\\' || Character.isISOControl(c)) {
                return null;
            }
        }
        int hash = h.indexOf('#');
        String path = hash >= 0 ? h.substring(0, hash) : h;
        String fragment = hash >= 0 ? h.substring(hash) : "";
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        if (path.isEmpty() || path.equals(".")) {
            return null; // "?q" or "./": this page again, not another file
        }
        return fragment.length() == 1 ? path : path + fragment;
    }

    /** Whether a file link names the page's own file ({@code "./page.html"}, {@code "page.html#x"}). */
    private static boolean isOwnFile(String fileLink, String ownName) {
        int hash = fileLink.indexOf('#');
        String path = LinkedFiles.decode(hash >= 0 ? fileLink.substring(0, hash) : fileLink);
        return path != null && (path.equals(ownName) || path.equals("./" + ownName));
    }

    /** An address Margin may show and open on a click after saying where it goes, or {@code null}. */
    static String external(String href) {
        return Span.opensOutside(href) ? href : null;
    }

    /** Above this length a {@code data:} picture is left out: it would outweigh the whole text of most books. */
    static final int MAX_DATA_URI = 2 * 1024 * 1024;

    static String plainPicture(String src) {
        String s = src.strip();
        String lower = s.length() > 12 ? s.substring(0, 12).toLowerCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
        if (s.isEmpty() || lower.startsWith("javascript:") || (lower.startsWith("data:") && s.length() > MAX_DATA_URI)) {
            return null;
        }
        return s;
    }

    /**
     * The names of an EPUB chapter's links and pictures: a link to another chapter (or an element in it) becomes
     * {@code "#path"} or {@code "#path#id"} with the path from the book's top, a picture's source the path of its
     * file in the book, an element id {@code "path#id"}. Every id is kept (a link in another chapter may point at
     * it); the ones nothing points at are dropped once the whole book is read.
     */
    static PageLinks ofChapter(String path) {
        return new PageLinks(href -> {
            String h = href.strip();
            String external = external(h);
            if (external != null || h.isEmpty()) {
                return external;
            }
            String file = EpubArchive.resolve(path, h);
            if (file == null) {
                return null;
            }
            String fragment = EpubArchive.fragment(h);
            return fragment.isEmpty() ? "#" + file : "#" + file + "#" + fragment;
        }, src -> {
            String s = plainPicture(src);
            if (s == null || s.regionMatches(true, 0, "data:", 0, 5) || external(s) != null) {
                return s;
            }
            return EpubArchive.resolve(path, s);
        }, id -> path + "#" + id, ALL);
    }

    /** Every id: the set that says yes to all. */
    private static final Set<String> ALL = new java.util.AbstractSet<>() {
        @Override
        public boolean contains(Object o) {
            return true;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            throw new UnsupportedOperationException("the set of every id");
        }

        @Override
        public int size() {
            return Integer.MAX_VALUE;
        }
    };
}
