package app.margin.article.pdf;

import app.margin.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The document's own links ({@link PdfLinks}), once the text is read, as links of the reflowed text: a web address
 * stays one (the reader asks before opening it); a place inside the document leads to the section a bookmark opens
 * there, or to the paragraph at or just below it on its page ({@link Landings}; a heading found in the text, in a
 * document without bookmarks, is its section), which takes an id for it ({@code p19-412}: page 19, 412 points down; a
 * footnote or an entry of a list of references keeps its own). A bookmark's section or a heading is named by an id
 * that the article turns into the section's ({@code OutlineBuilder.sectionAlias}). Where a paragraph already points somewhere (a citation's link, a footnote's
 * mark), that stays, and a link of the document over it is dropped; a link whose place is not in the text read (a
 * missing page, a page not read yet) is dropped too. The text is unchanged.
 */
final class LinkTargets {
    private final PdfText text;
    private final PdfLinks links;
    private final Landings landings;
    private final Map<Integer, String> targets = new HashMap<>();

    private LinkTargets(PdfText text, List<Bookmarks.Entry> entries, PdfLinks links) {
        this.text = text;
        this.links = links;
        this.landings = new Landings(text, entries);
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
        List<List<Span>> spans = new ArrayList<>(paragraphs.size());
        for (PdfParagraph p : paragraphs) {
            spans.add(linked(p));
        }
        List<PdfParagraph> out = new ArrayList<>(paragraphs.size());
        Map<PdfParagraph, PdfFigure> placed = new HashMap<>(text.figures());
        for (int i = 0; i < paragraphs.size(); i++) {
            PdfParagraph p = paragraphs.get(i);
            String id = p.id() != null ? p.id() : landings.paragraphId(i);
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
            bookmarks.add(new PdfText.Bookmark(b.title(), b.level(), b.paragraph(), landings.bookmarkId(k)));
        }
        return new PdfText(text.title(), text.author(), text.language(), text.pageCount(), text.pageLabels(), out,
                bookmarks, text.outlined(), text.pagesRead(), text.remarks(), placed);
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
            target = place == null || place.page() >= text.pagesRead() ? null : landings.of(place);
        }
        targets.put(index, target);
        return target;
    }
}
