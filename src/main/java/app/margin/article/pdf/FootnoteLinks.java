package app.margin.article.pdf;

import app.margin.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the notes {@link Footnotes} took from the pages into the text: in the body, a run set raised and smaller
 * ({@link Span.Style#SUPERSCRIPT}, from {@link Fragment#raised()}) on the note's page, or in a paragraph that began on
 * the page before, whose text is the note's mark (or one of a list of marks, "3,4"), becomes a {@link Span.Style#NOTE_REF} to the note's id; the note
 * follows the paragraph that refers to it, or ends its page's text when nothing does.
 */
final class FootnoteLinks {
    private FootnoteLinks() {}

    /**
     * The text with each note after the paragraph that refers to it (its mark turned into a link to it), or at the
     * end of its page's text.
     */
    static List<PdfParagraph> place(List<PdfParagraph> text, List<PdfParagraph> notes) {
        if (notes.isEmpty()) {
            return text;
        }
        List<PdfParagraph> body = new ArrayList<>(text);
        Map<Integer, List<Integer>> onPage = new HashMap<>();
        int[] lastBy = new int[notes.get(notes.size() - 1).page() + 1];
        java.util.Arrays.fill(lastBy, -1);
        for (int i = 0; i < body.size(); i++) {
            int page = body.get(i).page();
            onPage.computeIfAbsent(page, k -> new ArrayList<>()).add(i);
            if (page < lastBy.length) {
                lastBy[page] = i;
            }
        }
        for (int p = 1; p < lastBy.length; p++) {
            lastBy[p] = Math.max(lastBy[p], lastBy[p - 1]); // the last paragraph on this page or before it
        }
        Map<Integer, List<PdfParagraph>> after = new HashMap<>();
        for (PdfParagraph note : notes) {
            int at = refer(body, onPage, note);
            if (at < 0) {
                at = lastBy[note.page()];
            }
            after.computeIfAbsent(at, k -> new ArrayList<>()).add(note);
        }
        List<PdfParagraph> out = new ArrayList<>(body.size() + notes.size());
        out.addAll(after.getOrDefault(-1, List.of()));
        for (int i = 0; i < body.size(); i++) {
            out.add(body.get(i));
            out.addAll(after.getOrDefault(i, List.of()));
        }
        return out;
    }

    /**
     * Where the raised run is the mark, or names it in its list of marks ("3,4" names 3 and 4), else {@code null}.
     */
    private static int[] at(String text, Span span, String marker) {
        String run = text.substring(span.start(), span.end());
        if (run.strip().equals(marker)) {
            return new int[] {span.start(), span.end()};
        }
        if (!Footnotes.marks(run).contains(marker)) {
            return null;
        }
        int from = 0;
        for (String piece : run.split(",", -1)) {
            int lead = piece.length() - piece.stripLeading().length();
            if (piece.strip().equals(marker)) {
                int start = span.start() + from + lead;
                return new int[] {start, start + marker.length()};
            }
            from += piece.length() + 1;
        }
        return null;
    }

    /**
     * The paragraph whose raised run is the note's mark (made a link to it), on its page first; else -1. A run right
     * after another raised run is part of a raised phrase (a margin's "→ p. 3"), not a mark.
     */
    private static int refer(List<PdfParagraph> body, Map<Integer, List<Integer>> onPage, PdfParagraph note) {
        for (int page = note.page(); page >= note.page() - 1; page--) {
            for (int i : onPage.getOrDefault(page, List.of())) {
                PdfParagraph p = body.get(i);
                if (p.kind() == PdfParagraph.Kind.HEADING || p.spans().isEmpty()) {
                    continue;
                }
                Span before = null;
                for (int s = 0; s < p.spans().size(); s++) {
                    Span span = p.spans().get(s);
                    if (PdfLinks.pendingLink(span) >= 0) {
                        continue; // the document's own link over the run says nothing of whether it is a mark
                    }
                    boolean phrase = before != null && before.style() == Span.Style.SUPERSCRIPT
                            && before.end() >= span.start() - 1; // "→ p. 3" set raised
                    int[] at = span.style() == Span.Style.SUPERSCRIPT && !phrase ? at(p.text(), span, note.marker())
                            : null;
                    if (at != null) {
                        List<Span> spans = new ArrayList<>(p.spans());
                        // a list of marks ("3,4") keeps the rest raised around the one linked
                        List<Span> split = new ArrayList<>();
                        if (at[0] > span.start()) {
                            split.add(new Span(span.start(), at[0], Span.Style.SUPERSCRIPT));
                        }
                        split.add(new Span(at[0], at[1], Span.Style.NOTE_REF, "#" + note.id()));
                        if (at[1] < span.end()) {
                            split.add(new Span(at[1], span.end(), Span.Style.SUPERSCRIPT));
                        }
                        spans.remove(s);
                        spans.addAll(s, split);
                        body.set(i, p.withSpans(spans));
                        return i;
                    }
                    before = span;
                }
            }
        }
        return -1;
    }
}
