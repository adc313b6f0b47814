package app.margin.article.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a place in the document lands in its text (for {@link LinkTargets}): the section of the bookmark whose own
 * place it is (hyperref writes one destination for a bookmark and the references to its section); else the paragraph
 * on its page whose first line it falls on or lies just above, else the one above it, which holds it; in a document
 * with bookmarks, a place just above the first paragraph of a bookmark's section (where its heading was, which left
 * the text) is the section. A paragraph (or a heading, for its section) takes an id for it, {@code p} and its page and
 * its height in points ({@code p19-412}), unless it has one (a footnote's, a reference's); a bookmark's section one of
 * the same kind, which the article turns into the section's id. Not thread-safe.
 */
final class Landings {
    /** How far from a destination's left end a paragraph of its column may start (an indent, a label's place). */
    private static final float COLUMN = 60f;

    private final PdfText text;
    /** Each placed bookmark's entry (its page and height), by the bookmark's index in the text. */
    private final Bookmarks.Entry[] entryOf;
    /** The text's paragraphs (those with words) and its placed bookmarks, by the page they are on. */
    private final Map<Integer, List<Integer>> onPage = new HashMap<>();
    private final Map<Integer, List<Integer>> bookmarksOn = new HashMap<>();
    /** The text's figures by their paragraphs, as the same objects (a paragraph record's hash reads all of it). */
    private final Map<PdfParagraph, PdfFigure> figures = new IdentityHashMap<>();
    private final Map<Integer, String> paragraphIds = new HashMap<>();
    private final Map<Integer, String> bookmarkIds = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    /** The places of {@code text}, whose bookmarks were placed from {@code entries} (in outline order). */
    Landings(PdfText text, List<Bookmarks.Entry> entries) {
        this.text = text;
        this.entryOf = new Bookmarks.Entry[text.bookmarks().size()];
        this.figures.putAll(text.figures());
        List<PdfParagraph> paragraphs = text.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            PdfParagraph p = paragraphs.get(i);
            if (!p.text().isBlank()) {
                onPage.computeIfAbsent(p.page(), k -> new ArrayList<>()).add(i);
            }
            if (p.id() != null) {
                used.add(p.id());
            }
        }
        matchBookmarks(entries);
    }

    /** The id the document's links to paragraph {@code i} lead to, when one does and it had none; else null. */
    String paragraphId(int i) {
        return paragraphIds.get(i);
    }

    /** The id the document's links to bookmark {@code k}'s section lead to, or null. */
    String bookmarkId(int k) {
        return bookmarkIds.get(k);
    }

    /** Each bookmark of the text with the entry it was placed from (by title and level, in outline order). */
    private void matchBookmarks(List<Bookmarks.Entry> entries) {
        Map<String, ArrayDeque<Integer>> byTitle = new HashMap<>();
        for (int k = 0; k < text.bookmarks().size(); k++) {
            PdfText.Bookmark b = text.bookmarks().get(k);
            byTitle.computeIfAbsent(b.level() + "\u0000" + b.title(), t -> new ArrayDeque<>()).add(k);
        }
        for (Bookmarks.Entry e : entries) {
            ArrayDeque<Integer> same = byTitle.get(e.level() + "\u0000" + e.title());
            Integer k = same == null ? null : same.poll();
            if (k != null) {
                entryOf[k] = e;
                bookmarksOn.computeIfAbsent(e.page(), p -> new ArrayList<>()).add(k);
            }
        }
    }

    /** Where a place lands, as a link's target ({@code "#id"}), or null when its page has no text. */
    String of(Destinations.Place place) {
        int k = bookmarkAt(place);
        if (k >= 0) {
            return "#" + bookmarkIds.computeIfAbsent(k, b -> fresh(place.page(), place.y()));
        }
        int at = paragraphAt(place);
        if (at < 0) {
            return null;
        }
        PdfParagraph p = text.paragraphs().get(at);
        k = sectionAbove(at, place);
        if (k >= 0) {
            return "#" + bookmarkIds.computeIfAbsent(k, b -> fresh(place.page(), place.y()));
        }
        if (p.id() != null) {
            return "#" + p.id();
        }
        return "#" + paragraphIds.computeIfAbsent(at, i -> fresh(p.page(), p.y()));
    }

    /** The bookmark whose own destination this is (a reference to a section, as hyperref writes both), or -1. */
    private int bookmarkAt(Destinations.Place place) {
        for (int k : bookmarksOn.getOrDefault(place.page(), List.of())) {
            Bookmarks.Entry e = entryOf[k];
            if (near(e.y(), place.y()) && near(e.x(), place.x())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean near(float a, float b) {
        return Float.isNaN(a) ? Float.isNaN(b) : !Float.isNaN(b) && Math.abs(a - b) <= 2f;
    }

    /**
     * In a document with bookmarks, whose headings they stand for (and left the text): the bookmark on its page that
     * opens its section right before paragraph {@code at} when the destination lies above that paragraph (where its
     * heading was), the nearest to it; else -1.
     */
    private int sectionAbove(int at, Destinations.Place place) {
        PdfParagraph p = text.paragraphs().get(at);
        if (!Float.isNaN(place.y()) && place.y() > p.y() - 1f) {
            return -1;
        }
        int best = -1;
        float bestGap = Float.MAX_VALUE;
        for (int k : bookmarksOn.getOrDefault(place.page(), List.of())) {
            Bookmarks.Entry e = entryOf[k];
            if (text.bookmarks().get(k).paragraph() != at) {
                continue;
            }
            float gap = Float.isNaN(place.y()) || Float.isNaN(e.y()) ? 0f : Math.abs(e.y() - place.y());
            if (gap < bestGap) {
                bestGap = gap;
                best = k;
            }
        }
        return best;
    }

    /**
     * The paragraph a place leads to, of those on its page (in its column, when it names a left end): the first in
     * reading order when it names no height; else the one whose first line it falls on or lies just above (an anchor
     * raised above its line, as hyperref sets them), else the one above it, which holds it (an anchor inside a
     * paragraph or on a line of its own), else the first below it; -1 when its page has none.
     */
    private int paragraphAt(Destinations.Place place) {
        List<Integer> candidates = onPage.getOrDefault(place.page(), List.of());
        if (candidates.isEmpty()) {
            return -1;
        }
        if (Float.isNaN(place.y())) {
            return candidates.get(0);
        }
        if (!Float.isNaN(place.x())) {
            List<Integer> column = new ArrayList<>(candidates.size());
            for (int i : candidates) {
                if (Math.abs(text.paragraphs().get(i).x() - place.x()) <= COLUMN) {
                    column.add(i);
                }
            }
            candidates = column.isEmpty() ? candidates : column;
        }
        int at = -1;
        int above = -1;
        int below = -1;
        float atGap = Float.MAX_VALUE;
        float aboveTop = -Float.MAX_VALUE;
        float belowTop = Float.MAX_VALUE;
        for (int i : candidates) {
            float top = top(i);
            float size = text.paragraphs().get(i).size();
            float dy = top - place.y();
            if (dy >= -0.8f * size && dy <= size && Math.abs(dy) < atGap) {
                atGap = Math.abs(dy);
                at = i;
            }
            if (top <= place.y() && top > aboveTop) {
                aboveTop = top;
                above = i;
            } else if (top > place.y() && top < belowTop) {
                belowTop = top;
                below = i;
            }
        }
        return at >= 0 ? at : above >= 0 ? above : below;
    }

    /** A paragraph's top: a figure's picture above its caption counts. */
    private float top(int i) {
        PdfParagraph p = text.paragraphs().get(i);
        PdfFigure figure = figures.get(p);
        return figure != null && figure.page() == p.page() ? Math.min(p.y(), figure.y()) : p.y();
    }

    /** An id for a place: "p" and its page from 1, "-" and its height in points ("p19-412"), made unique. */
    private String fresh(int page, float y) {
        String base = "p" + (page + 1) + "-" + (Float.isNaN(y) ? 0 : Math.max(0, Math.round(y)));
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
