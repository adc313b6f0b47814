package app.margin.article.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the figures found on the pages ({@link FigureRegions}) into the text: a figure's caption paragraph becomes
 * its paragraph (its words unchanged); a figure without a caption gets a paragraph of its own, "Figure on p. 4",
 * where it stands in reading order: before the first paragraph below it in its column, else after the last one
 * above it on its page.
 */
final class Figures {
    private Figures() {}

    /** The figures by their paragraphs; uncaptioned figures' paragraphs are inserted into {@code text}. */
    static Map<PdfParagraph, PdfFigure> place(List<PdfParagraph> text, List<FigureRegions.Region> regions,
            List<String> labels, float body) {
        Map<PdfParagraph, PdfFigure> out = new HashMap<>();
        for (FigureRegions.Region r : regions) {
            PdfFigure figure = new PdfFigure(r.page(), r.x0(), r.y0(), r.x1() - r.x0(), r.y1() - r.y0());
            int at = r.caption() == null ? -1 : caption(text, r);
            if (at >= 0 && !out.containsKey(text.get(at))) {
                out.put(text.get(at), figure);
                continue;
            }
            String label = r.page() < labels.size() ? labels.get(r.page()) : Integer.toString(r.page() + 1);
            PdfParagraph own = new PdfParagraph("Figure on p. " + label, r.page(), r.x0(), r.y0(), body, false,
                    PdfParagraph.Kind.CAPTION, 0);
            text.add(where(text, r), own);
            out.put(own, figure);
        }
        return out;
    }

    /** The paragraph that starts with the region's caption line (a caption, or text when its label stands alone), or -1. */
    private static int caption(List<PdfParagraph> text, FigureRegions.Region r) {
        Fragment line = r.caption();
        for (int i = 0; i < text.size(); i++) {
            PdfParagraph p = text.get(i);
            if (p.page() == r.page() && p.kind() != PdfParagraph.Kind.HEADING && Math.abs(p.x() - line.x0()) < 2f
                    && Math.abs(p.y() - line.top()) < 2f) {
                return i;
            }
        }
        return -1;
    }

    private static int where(List<PdfParagraph> text, FigureRegions.Region r) {
        int after = -1;
        int firstLater = text.size();
        for (int i = 0; i < text.size(); i++) {
            PdfParagraph p = text.get(i);
            if (p.page() > r.page()) {
                firstLater = Math.min(firstLater, i);
                continue;
            }
            if (p.page() < r.page()) {
                continue;
            }
            boolean column = p.x() >= r.x0() - 12f && p.x() < r.x1();
            if (column && p.y() >= r.y1() - 1f) {
                return i;
            }
            if (column || after < 0 && p.y() < r.y0()) {
                after = i;
            }
        }
        return after >= 0 ? after + 1 : firstLater;
    }
}
