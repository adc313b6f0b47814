package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the figures found on the pages ({@link FigureRegions}) into the text: a figure's caption paragraph becomes
 * its paragraph (its words unchanged); a figure without a caption gets a paragraph of its own, "Figure on p. 4",
 * where it stands in reading order: before the first paragraph below it in its column, else after the last one
 * above it on its page. Each figure looks only at its page's paragraphs.
 */
final class Figures {
    private Figures() {}

    /** A paragraph to insert before paragraph {@code before} (of the text as it was). */
    private record Insert(int before, PdfParagraph paragraph) {}

    /** The figures by their paragraphs; uncaptioned figures' paragraphs are inserted into {@code text}. */
    static Map<PdfParagraph, PdfFigure> place(List<PdfParagraph> text, List<FigureRegions.Region> regions,
            List<String> labels, float body) {
        Map<PdfParagraph, PdfFigure> out = new HashMap<>();
        if (regions.isEmpty()) {
            return out;
        }
        Map<Integer, List<Integer>> byPage = new HashMap<>();
        int lastPage = 0;
        for (int i = 0; i < text.size(); i++) {
            byPage.computeIfAbsent(text.get(i).page(), k -> new ArrayList<>()).add(i);
            lastPage = Math.max(lastPage, text.get(i).page());
        }
        int[] firstAfter = new int[lastPage + 2]; // the first paragraph on a later page than each
        firstAfter[lastPage + 1] = text.size();
        for (int p = lastPage; p >= 0; p--) {
            List<Integer> on = byPage.get(p + 1);
            firstAfter[p] = Math.min(firstAfter[p + 1], on == null ? text.size() : on.get(0));
        }
        List<Insert> inserts = new ArrayList<>();
        for (FigureRegions.Region r : regions) {
            PdfFigure figure = new PdfFigure(r.page(), r.x0(), r.y0(), r.x1() - r.x0(), r.y1() - r.y0(), r.text());
            List<Integer> onPage = byPage.getOrDefault(r.page(), List.of());
            int at = r.caption() == null ? -1 : caption(text, onPage, r);
            if (at >= 0 && !out.containsKey(text.get(at))) {
                out.put(text.get(at), figure);
                continue;
            }
            String label = r.page() < labels.size() ? labels.get(r.page()) : Integer.toString(r.page() + 1);
            PdfParagraph own = new PdfParagraph("Figure on p. " + label, r.page(), r.x0(), r.y0(), body, false,
                    PdfParagraph.Kind.CAPTION, 0);
            int later = r.page() < firstAfter.length ? firstAfter[r.page()] : text.size();
            inserts.add(new Insert(where(text, onPage, r, later), own));
            out.put(own, figure);
        }
        if (!inserts.isEmpty()) {
            inserts.sort(java.util.Comparator.comparingInt(Insert::before)); // stable: a page's figures in order
            List<PdfParagraph> merged = new ArrayList<>(text.size() + inserts.size());
            int next = 0;
            for (int i = 0; i <= text.size(); i++) {
                while (next < inserts.size() && inserts.get(next).before() == i) {
                    merged.add(inserts.get(next++).paragraph());
                }
                if (i < text.size()) {
                    merged.add(text.get(i));
                }
            }
            text.clear();
            text.addAll(merged);
        }
        return out;
    }

    /** The paragraph that starts with the region's caption line (a caption, or text when its label stands alone). */
    private static int caption(List<PdfParagraph> text, List<Integer> onPage, FigureRegions.Region r) {
        Fragment line = r.caption();
        for (int i : onPage) {
            PdfParagraph p = text.get(i);
            if (p.kind() != PdfParagraph.Kind.HEADING && Math.abs(p.x() - line.x0()) < 2f
                    && Math.abs(p.y() - line.top()) < 2f) {
                return i;
            }
        }
        return -1;
    }

    private static int where(List<PdfParagraph> text, List<Integer> onPage, FigureRegions.Region r, int later) {
        int after = -1;
        for (int i : onPage) {
            PdfParagraph p = text.get(i);
            boolean column = p.x() >= r.x0() - 12f && p.x() < r.x1();
            if (column && p.y() >= r.y1() - 1f) {
                return i;
            }
            if (column || after < 0 && p.y() < r.y0()) {
                after = i;
            }
        }
        return after >= 0 ? after + 1 : later;
    }
}
