package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A slide shown step by step: beamer's overlays (its pause, only and uncover commands) make one page for each step
 * of a frame, each with the frame's page label, each showing what the one before showed and a little more. The frame
 * reads once: a paragraph of one step that a later step of the same frame says again, or goes on from (its text a
 * beginning of the later one's), is left out, so the last step's text stands with what earlier steps showed and
 * later ones did not. A figure drawn on every step is the frame's, not a decoration of the document's pages
 * ({@link Decorations}). Only slides have steps: pages wider than tall, as a projector's are. A book's pages that
 * share a label (luatex.pdf's cover and its verso, both "1") are pages of their own; read as steps, the cover's
 * title, said again on the verso, was left out, and the manual lost its title.
 */
final class Overlays {
    /** The most pages one frame may have: pages labelled alike beyond that are no slides' steps. */
    static final int MAX_STEPS = 64;

    private Overlays() {}

    /** Whether page {@code index} is a slide's: drawn, and wider than tall. */
    static boolean slide(java.util.Map<Integer, Graphics.Drawn> drawn, int index) {
        Graphics.Drawn page = drawn.get(index);
        return page != null && page.width() > page.height();
    }

    /**
     * Each page's frame: the index of the first page of the run of pages with its label (at most
     * {@link #MAX_STEPS} long), the page's own index when it is labelled unlike the page before.
     */
    static int[] frames(List<String> labels, java.util.function.IntPredicate slide) {
        int[] frame = new int[labels.size()];
        for (int i = 0; i < frame.length; i++) {
            boolean step = i > 0 && labels.get(i).equals(labels.get(i - 1)) && i - frame[i - 1] < MAX_STEPS
                    && slide.test(i) && slide.test(i - 1);
            frame[i] = step ? frame[i - 1] : i;
        }
        return frame;
    }

    /** The paragraphs, each frame's steps read once (see above). */
    static List<PdfParagraph> once(List<PdfParagraph> text, List<String> labels,
                                   java.util.function.IntPredicate slide) {
        int[] frame = frames(labels, slide);
        List<PdfParagraph> out = new ArrayList<>(text.size());
        String[] normal = new String[text.size()];
        for (int i = 0; i < text.size(); i++) {
            PdfParagraph p = text.get(i);
            int page = p.page();
            boolean stepped = page + 1 < frame.length && frame[page + 1] == frame[page];
            if (!stepped || !said(i, text, frame, normal)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether a later step of paragraph {@code at}'s frame says it again, or goes on from it. */
    private static boolean said(int at, List<PdfParagraph> text, int[] frame, String[] normal) {
        PdfParagraph p = text.get(at);
        String said = normal(at, text, normal);
        for (int j = at + 1; j < text.size(); j++) {
            PdfParagraph q = text.get(j);
            if (q.page() >= frame.length || frame[q.page()] != frame[p.page()]) {
                return false;
            }
            if (q.page() > p.page() && q.kind() == p.kind() && normal(j, text, normal).startsWith(said)) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph's text with its spaces made plain, worked out once. */
    private static String normal(int i, List<PdfParagraph> text, String[] normal) {
        if (normal[i] == null) {
            normal[i] = text.get(i).text().strip().replaceAll("\\s+", " ");
        }
        return normal[i];
    }
}
