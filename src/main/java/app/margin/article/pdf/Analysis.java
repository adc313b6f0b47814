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
                    List<Bookmarks.Entry> bookmarks) {}

    static PdfText analyze(Document document, List<PageEdges.Page> pages, List<String> remarks) {
        float body = bodySize(pages);
        List<List<Fragment>> stripped = PageEdges.strip(pages);
        Paragraphs paragraphs = new Paragraphs();
        for (int i = 0; i < pages.size(); i++) {
            List<Fragment> kept = Tables.strip(stripped.get(i), body);
            paragraphs.page(pages.get(i).index(), ReadingOrder.regions(kept, body));
        }
        List<PdfParagraph> text = new ArrayList<>(Headings.classify(paragraphs.finish(), body));
        String title = title(document.title(), text, body);
        int read = pages.isEmpty() ? 0 : pages.get(pages.size() - 1).index() + 1;
        List<PdfText.Bookmark> marks = place(document.bookmarks(), text, read, pages);
        return new PdfText(title, document.author(), document.language(), document.pageCount(), document.labels(),
                text, marks, read, remarks);
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
     * largest type near the top of the first page when it is an unnumbered heading there. A first-page heading that is the
     * title is taken out of the text.
     */
    private static String title(String metadata, List<PdfParagraph> text, float body) {
        PdfParagraph top = null;
        for (int i = 0; i < Math.min(8, text.size()); i++) {
            PdfParagraph p = text.get(i);
            if (p.page() != text.get(0).page()) {
                break;
            }
            if (p.kind() == PdfParagraph.Kind.HEADING && p.size() >= 1.25f * body && Headings.numberDepth(p.text()) == 0
                    && (top == null || p.size() > top.size())) {
                top = p;
            }
        }
        String meta = metadata == null ? null : metadata.strip();
        if (meta != null && (meta.isEmpty() || meta.toLowerCase(Locale.ROOT).matches(
                ".*\\.(docx?|pdf|tex|dvi|odt|indd|rtf|ps)$|untitled.*|microsoft word.*|^\\W*$"))) {
            meta = null;
        }
        if (top != null && (meta == null || letters(top.text()).equals(letters(meta)))) {
            text.remove(top);
            return top.text();
        }
        return meta;
    }

    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * Each bookmark at the first paragraph at or below the height it points at (an em of slack above); one that
     * lands on a heading that says the same takes that heading's place, which then leaves the text. Bookmarks
     * pointing at pages not read yet are left out.
     */
    private static List<PdfText.Bookmark> place(List<Bookmarks.Entry> entries, List<PdfParagraph> text, int read,
            List<PageEdges.Page> pages) {
        List<PdfText.Bookmark> out = new ArrayList<>();
        List<Integer> drop = new ArrayList<>();
        for (Bookmarks.Entry e : entries) {
            if (e.page() >= read) {
                continue;
            }
            float y = Float.isNaN(e.y()) ? -Float.MAX_VALUE : e.y() - 14f;
            int at = text.size();
            for (int i = 0; i < text.size(); i++) {
                PdfParagraph p = text.get(i);
                if (p.page() > e.page() || (p.page() == e.page() && p.y() >= y)) {
                    at = i;
                    break;
                }
            }
            if (at < text.size() && text.get(at).kind() == PdfParagraph.Kind.HEADING && same(text.get(at).text(), e.title())) {
                drop.add(at);
            } else if (at + 1 < text.size() && text.get(at + 1).kind() == PdfParagraph.Kind.HEADING
                    && same(text.get(at + 1).text(), e.title()) && text.get(at).kind() == PdfParagraph.Kind.HEADING) {
                drop.add(at + 1); // "Chapter 3" above the chapter's name
            }
            out.add(new PdfText.Bookmark(e.title(), e.level(), at));
        }
        out.sort(java.util.Comparator.comparingInt(PdfText.Bookmark::paragraph));
        if (drop.isEmpty()) {
            return out;
        }
        List<Integer> sorted = drop.stream().distinct().sorted().toList();
        List<PdfText.Bookmark> shifted = new ArrayList<>();
        for (PdfText.Bookmark b : out) {
            int before = 0;
            for (int d : sorted) {
                if (d < b.paragraph()) {
                    before++;
                }
            }
            shifted.add(new PdfText.Bookmark(b.title(), b.level(), b.paragraph() - before));
        }
        for (int i = sorted.size() - 1; i >= 0; i--) {
            text.remove((int) sorted.get(i));
        }
        return shifted;
    }

    /** Whether a heading says what a bookmark says, numbering aside ("3.2 Results" and "Results"). */
    static boolean same(String heading, String bookmark) {
        String h = letters(heading);
        String b = letters(bookmark);
        if (h.isEmpty() || b.isEmpty()) {
            return false;
        }
        return h.equals(b) || h.endsWith(b) || b.endsWith(h) || h.startsWith(b) || b.startsWith(h);
    }
}
