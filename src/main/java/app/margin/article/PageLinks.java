package app.margin.article;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How a page's links and pictures are named in the article: where an {@code href} points (an element id inside the
 * article, written {@code "#id"}, or an address outside it), what a picture's {@code src} is, and which element ids
 * are link targets the article must keep. An importer makes one per file; the EPUB's names ids by chapter file so
 * two chapters' "note1" stay apart.
 *
 * @param link     an {@code href} to a span target, or {@code null} for a link Margin does not keep
 *                 ({@code javascript:}, an unknown scheme)
 * @param picture  a {@code src} to a {@link app.margin.model.Picture#source()}, or {@code null} to drop the picture
 * @param id       an element id as the article names it
 * @param targets  element ids (as the page writes them) that some link points at
 */
record PageLinks(UnaryOperator<String> link, UnaryOperator<String> picture, UnaryOperator<String> id,
                 Set<String> targets) {

    /**
     * Links within the page by their fragment, addresses as written; pictures as written (relative to the page). Every
     * element id is kept: the ones no link points at are dropped when the article is built
     * ({@link OutlineBuilder}), which spares the walk a second pass over the page to find the targets first.
     */
    static PageLinks ofPage() {
        return new PageLinks(PageLinks::plainLink, PageLinks::plainPicture, UnaryOperator.identity(), ALL);
    }

    /** No links, no pictures: only the words, as Margin read pages before. */
    static final PageLinks NONE = new PageLinks(href -> null, src -> null, UnaryOperator.identity(), Set.of());

    static String plainLink(String href) {
        String h = href.strip();
        if (h.isEmpty()) {
            return null;
        }
        if (h.startsWith("#")) {
            return h.length() > 1 ? h : null;
        }
        return external(h);
    }

    /** An address Margin may show and open on a click after saying where it goes, or {@code null}. */
    static String external(String href) {
        if (href.regionMatches(true, 0, "http://", 0, 7) || href.regionMatches(true, 0, "https://", 0, 8)
                || href.regionMatches(true, 0, "mailto:", 0, 7)) {
            return href;
        }
        return null;
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
