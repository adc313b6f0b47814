package app.margin.article.pdf;

import app.margin.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document's own links ({@link PdfLinks}), once the text is read, as links of the reflowed text: a web address
 * stays one (the reader asks before opening it); a place inside the document leads to the section a bookmark opens
 * there (a "section 4.7" whose destination is the bookmark's own), else to the paragraph at or just below it on its
 * page (a heading found in the text, in a document without bookmarks, is its section), which takes an id for it
 * ({@code p19-412}: page 19, 412 points down; a footnote or an entry of a list of references keeps its own). A
 * bookmark's section or a heading is named by an id that the article turns into the section's
 * ({@code OutlineBuilder.sectionAlias}). Where a paragraph already points somewhere (a citation's link, a footnote's
 * mark), that stays, and a link of the document over it is dropped; a link whose place is not in the text read (a
 * missing page, a page not read yet) is dropped too. The text is unchanged.
 */
final class LinkTargets {
    /** How far from a destination's left end a paragraph of its column may start (an indent, a label's place). */
    private static final float COLUMN = 60f;

    private final PdfText text;
    private final PdfLinks links;
    private final List<Bookmarks.Entry> entries;
    /** Each placed bookmark's entry (its page and height), by the bookmark's index in the text. */
    private final Bookmarks.Entry[] entryOf;
    /** The text's paragraphs and its placed bookmarks, by the page they are on. */
    private final Map<Integer, List<Integer>> onPage = new HashMap<>();
    private final Map<Integer, List<Integer>> bookmarksOn = new HashMap<>();
    /** The text's figures by their paragraphs, as the same objects (a paragraph record's hash reads all of it). */
    private final Map<PdfParagraph, PdfFigure> figures = new java.util.IdentityHashMap<>();
    private final Map<Integer, String> paragraphIds = new HashMap<>();
    private final Map<Integer, String> bookmarkIds = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final Map<Integer, String> targets = new HashMap<>();

    private LinkTargets(PdfText text, List<Bookmarks.Entry> entries, PdfLinks links) {
        this.text = text;
        this.links = links;
        this.entries = entries;
        this.entryOf = new Bookmarks.Entry[text.bookmarks().size()];
        this.figures.putAll(text.figures());
    }

    /** The text with its links' targets looked up, the paragraphs and sections they lead to named. */
    static PdfText resolve(PdfText text, List<Bookmarks.Entry> entries, PdfLinks links) {
        boolean any = false;
        for (PdfParagraph p : text.paragraphs()) {
            for (Span s : p.spans()) {
                any |= PdfLinks.pendingLink(s) >= 0;
            }
        }
        if (!any) {
            return text;
        }
        try {
            return new LinkTargets(text, entries, links).resolve();
        } catch (RuntimeException e) {
            return new LinkTargets(text, List.of(), null).resolve(); // a damaged link table: the text without links
        }
    }

    private PdfText resolve() {
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
        matchBookmarks();
        List<List<Span>> spans = new ArrayList<>(paragraphs.size());
        for (PdfParagraph p : paragraphs) {
            spans.add(linked(p));
        }
        List<PdfParagraph> out = new ArrayList<>(paragraphs.size());
        Map<PdfParagraph, PdfFigure> placed = new HashMap<>(text.figures());
        for (int i = 0; i < paragraphs.size(); i++) {
            PdfParagraph p = paragraphs.get(i);
            String id = p.id() != null ? p.id() : paragraphIds.get(i);
            if (spans.get(i) == p.spans() && java.util.Objects.equals(id, p.id())) {
                out.add(p); // no link of the document in it, none to it
                continue;
            }
            PdfParagraph q = new PdfParagraph(p.text(), p.page(), p.x(), p.y(), p.size(), p.bold(), p.kind(),
                    p.level(), spans.get(i), id, p.marker());
            PdfFigure figure = placed.remove(p);
            if (figure != null) {
                placed.put(q, figure);
            }
            out.add(q);
        }
        List<PdfText.Bookmark> bookmarks = new ArrayList<>(text.bookmarks().size());
        for (int k = 0; k < text.bookmarks().size(); k++) {
            PdfText.Bookmark b = text.bookmarks().get(k);
            bookmarks.add(new PdfText.Bookmark(b.title(), b.level(), b.paragraph(), bookmarkIds.get(k)));
        }
        return new PdfText(text.title(), text.author(), text.language(), text.pageCount(), text.pageLabels(), out,
                bookmarks, text.outlined(), text.pagesRead(), text.remarks(), placed);
    }

    /** Each bookmark of the text with the entry it was placed from (by title and level, in outline order). */
    private void matchBookmarks() {
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

    /**
     * The paragraph's spans, each link of the document's resolved, or dropped where it leads nowhere or another
     * pointing span (a citation's, a footnote mark's) covers it; pieces of one link a space apart (a link over a line
     * break) made one.
     */
    private List<Span> linked(PdfParagraph p) {
        if (p.spans().stream().noneMatch(s -> PdfLinks.pendingLink(s) >= 0)) {
            return p.spans();
        }
        List<Span> own = new ArrayList<>();
        for (Span s : p.spans()) {
            if (PdfLinks.pendingLink(s) < 0 && s.style().points()) {
                own.add(s);
            }
        }
        List<Span> out = new ArrayList<>(p.spans().size());
        Span last = null;
        for (Span s : p.spans()) {
            int link = PdfLinks.pendingLink(s);
            if (link < 0) {
                out.add(s);
                continue;
            }
            String target = overlaps(own, s) ? null : target(link);
            if (target == null) {
                continue;
            }
            if (last != null && last.target().equals(target) && last.end() <= s.start()
                    && p.text().substring(last.end(), s.start()).isBlank()) {
                out.remove(last);
                last = new Span(last.start(), s.end(), Span.Style.LINK, target);
            } else {
                last = new Span(s.start(), s.end(), Span.Style.LINK, target);
            }
            out.add(last);
        }
        return out;
    }

    private static boolean overlaps(List<Span> spans, Span s) {
        for (Span o : spans) {
            if (o.start() < s.end() && s.start() < o.end()) {
                return true;
            }
        }
        return false;
    }

    /** Where link {@code index} leads in the text ({@code "#id"} or a web address), or null. */
    private String target(int index) {
        if (targets.containsKey(index)) {
            return targets.get(index);
        }
        PdfLinks.Link link = links == null ? null : links.link(index);
        String target = null;
        if (link != null && link.address() != null) {
            target = link.address();
        } else if (link != null) {
            Destinations.Place place = links.destinations().of(link.destination());
            target = place == null || place.page() >= text.pagesRead() ? null : inText(place);
        }
        targets.put(index, target);
        return target;
    }

    private String inText(Destinations.Place place) {
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
