package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * From the fragments of the pages read to a {@link PdfText}: heads and footers out, tables' cells out, columns in
 * reading order, paragraphs, headings, the title, and the bookmarks placed at their paragraphs.
 */
final class Analysis {
    private Analysis() {}

    record Document(String title, String author, String language, int pageCount, List<String> labels,
                    List<Bookmarks.Entry> bookmarks) {
        Document with(List<Bookmarks.Entry> placed) {
            return new Document(title, author, language, pageCount, labels, placed);
        }
    }

    static PdfText analyze(Document document, List<PageEdges.Page> pages, List<String> remarks) {
        return analyze(document, pages, Map.of(), remarks);
    }

    /** The same, with what each page painted (by page index), to find its figures in. */
    static PdfText analyze(Document document, List<PageEdges.Page> pages, Map<Integer, Graphics.Drawn> drawn,
            List<String> remarks) {
        float body = bodySize(pages);
        boolean deck = FrameTitles.deck(drawn);
        List<List<Fragment>> stripped = PageEdges.strip(pages, document.labels(), deck);
        Paragraphs paragraphs = new Paragraphs(body);
        List<FigureRegions.Region> regions = new ArrayList<>();
        java.util.Set<Long> decorations = Decorations.of(drawn, document.labels());
        List<PdfParagraph> notes = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            // Figures first (their labels and cells leave the text), then tables' cells, then the page's footnotes.
            List<Fragment> figured = figures(pages.get(i).index(), stripped.get(i), drawn, decorations, body,
                    regions);
            List<Fragment> cells = Tables.strip(figured, body);
            List<Fragment> kept = Footnotes.take(pages.get(i), figured, cells, body, notes);
            Graphics.Drawn painted = drawn.get(pages.get(i).index());
            paragraphs.page(pages.get(i).index(), ReadingOrder.regions(kept, body),
                    painted == null ? List.of() : painted.ink());
        }
        List<PdfParagraph> joined = Hyphens.resolve(paragraphs.finish(), notes); // line ends' hyphens, kept or joined
        List<PdfParagraph> text = new ArrayList<>(
                Citations.link(References.list(FootnoteLinks.place(Headings.classify(joined, body), notes))));
        Map<PdfParagraph, PdfFigure> figures = Figures.place(text, regions, document.labels(), body);
        paragraphs.equations().forEach((p, crop) -> figures.put(p, onPage(crop, drawn.get(crop.page()))));
        List<PdfParagraph> once = Overlays.once(text, document.labels(), i -> Overlays.slide(drawn, i)); // steps once
        text.clear();
        text.addAll(deck ? FrameTitles.once(once, drawn, document.title()) : once); // a continued frame's title once
        String title = title(document.title(), text, body);
        int read = pages.isEmpty() ? 0 : pages.get(pages.size() - 1).index() + 1;
        List<PdfText.Bookmark> marks = BookmarkPlaces.place(document.bookmarks(), text, read);
        if (deck && !document.bookmarks().isEmpty()) {
            marks = FrameTitles.outline(marks, text, drawn, title); // frame titles under the deck's sections
        }
        return new PdfText(title, document.author(), document.language(), document.pageCount(), document.labels(),
                text, marks, !document.bookmarks().isEmpty(), read, remarks, figures);
    }

    /** The page's fragments without its figures' labels and cells; the figures found go to {@code regions}. */
    private static List<Fragment> figures(int page, List<Fragment> fragments, Map<Integer, Graphics.Drawn> drawn,
            java.util.Set<Long> decorations, float body, List<FigureRegions.Region> regions) {
        Graphics.Drawn painted = drawn.get(page);
        if (painted == null) {
            return fragments;
        }
        FigureRegions.Found found = FigureRegions.find(page, fragments, painted.without(decorations), body);
        regions.addAll(found.regions());
        return found.text();
    }

    /** A crop kept within its page (when the page's size is known). */
    private static PdfFigure onPage(PdfFigure crop, Graphics.Drawn page) {
        if (page == null) {
            return crop;
        }
        float width = Math.min(crop.width(), page.width() - crop.x());
        float height = Math.min(crop.height(), page.height() - crop.y());
        return new PdfFigure(crop.page(), crop.x(), crop.y(), Math.max(1f, width), Math.max(1f, height));
    }

    /** The size most letters are set in. */
    static float bodySize(List<PageEdges.Page> pages) {
        Map<Integer, Integer> chars = new HashMap<>();
        for (PageEdges.Page page : pages) {
            for (Fragment f : page.fragments()) {
                chars.merge(Math.round(f.size() * 2), f.text().length(), Integer::sum);
            }
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(10f);
    }

    /**
     * The metadata's title when it reads as one (not a file name or a word processor's "Untitled"); else the
     * largest type near the top of the first page when it is an unnumbered heading there (or the first page's
     * first paragraph when that is a heading). A first-page heading that is the
     * title is taken out of the text, and the paragraph after it too when the metadata's title is both (a title and
     * its subtitle).
     */
    private static String title(String metadata, List<PdfParagraph> text, float body) {
        PdfParagraph top = null;
        float above = 0; // the largest type above it on the first page, notes aside
        for (int i = 0; i < Math.min(8, text.size()); i++) {
            PdfParagraph p = text.get(i);
            if (p.page() != text.get(0).page()) {
                break;
            }
            // At the top of page 1 a heading in body size is the title too, under lines in smaller type (a
            // preprint's "Draft version …"), unless it names a part every document has ("Abstract", "Contents").
            boolean large = p.size() >= 1.25f * body || p.page() == 0 && (i == 0
                    || above < body - 0.5f && p.size() > above + 0.5f && !PART.matcher(p.text()).matches());
            if (p.kind() == PdfParagraph.Kind.HEADING && large && Headings.numberDepth(p.text()) == 0
                    && (top == null || p.size() > top.size())) {
                top = p;
            }
            if (p.kind() != PdfParagraph.Kind.NOTE) {
                above = Math.max(above, p.size());
            }
        }
        String meta = metadata == null ? null : metadata.strip();
        if (meta != null && (meta.isEmpty() || meta.toLowerCase(Locale.ROOT).matches(
                ".*\\.(docx?|pdf|tex|dvi|odt|indd|rtf|ps)$|untitled.*|microsoft word.*|^\\W*$")
                || WEB_ADDRESS.matcher(meta).find())) {
            meta = null;
        }
        if (top != null && (meta == null || BookmarkPlaces.letters(top.text()).equals(BookmarkPlaces.letters(meta)))) {
            text.remove(top);
            return withoutMarks(top);
        }
        int at = top == null ? -1 : text.indexOf(top);
        if (meta != null && at >= 0 && at + 1 < text.size() && text.get(at + 1).page() == top.page()
                && BookmarkPlaces.letters(top.text() + text.get(at + 1).text())
                .equals(BookmarkPlaces.letters(meta))) {
            text.remove(at + 1); // the metadata's title is the title and its subtitle together
            text.remove(at);
        }
        return meta;
    }

    /**
     * A web address in the metadata's title: a journal's citation line set there by its class ("Electron. Commun.
     * Probab. 0 (2020), article no. 0, https://doi.org/10.1214/YY-TN", ejpecp's), no title a reader knows it by.
     */
    static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile(
            "(?i)\\b(https?://|www\\.|doi\\.org/)");

    /** The name of a part every document may start with, which is no title. */
    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("(?iu)(abstract|summary"
            + "|(table of )?contents|preface|foreword|introduction|acknowledge?ments?|résumé|zusammenfassung"
            + "|inhalt(sverzeichnis)?|einleitung|sommaire|table des matières|avant-propos)\\W*");

    /** A title's text without the raised marks at its end (a footnote's "∗" after the title, "Title¹"). */
    private static String withoutMarks(PdfParagraph title) {
        String text = title.text();
        int end = text.length();
        List<app.margin.model.Span> spans = new ArrayList<>(title.spans());
        spans.sort(java.util.Comparator.comparingInt(app.margin.model.Span::end).reversed());
        for (app.margin.model.Span s : spans) {
            boolean raised = s.style() == app.margin.model.Span.Style.SUPERSCRIPT
                    || s.style() == app.margin.model.Span.Style.NOTE_REF;
            if (raised && s.end() >= end && s.start() > 0 && s.start() < end) {
                end = s.start();
            }
        }
        String kept = text.substring(0, end).strip();
        return kept.isEmpty() ? text : kept.replaceAll("[,;]$", "");
    }
}
