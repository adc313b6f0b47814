package app.margin.ui.reader;

import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a note ends, and what of it its popover shows. A note is the block a note reference points at and the note
 * paragraphs after it (its later paragraphs, its list items, its code), up to the first block that is not a note
 * paragraph or that carries an id: importers keep only ids something points at, so an id in a run of notes is where
 * the next note starts. A note is shown up to {@value #PARAGRAPHS} paragraphs and {@value #CHARACTERS} characters, then
 * an ellipsis, so that a note whose end was missed cannot fill the window ("Go to Note" shows the rest).
 */
final class NoteParagraphs {
    static final int PARAGRAPHS = 20;
    static final int CHARACTERS = 5_000;
    static final String ELLIPSIS = "…";

    private NoteParagraphs() {}

    /** The paragraphs of the note that starts at block {@code first}: the block alone when it is not a note. */
    static List<LinksViewModel.NoteParagraph> of(ArticleLayout layout, int first) {
        List<Block> blocks = layout.blocks();
        boolean note = blocks.get(first).form().role() == ParagraphForm.Role.NOTE;
        List<LinksViewModel.NoteParagraph> out = new ArrayList<>();
        int room = CHARACTERS;
        for (int i = first; i < blocks.size() && (i == first || note && continues(blocks.get(i))); i++) {
            Block b = blocks.get(i);
            if (out.size() == PARAGRAPHS || room == 0) {
                out.set(out.size() - 1, ellipsis(out.get(out.size() - 1), Integer.MAX_VALUE));
                break;
            }
            // The first paragraph's marker is the note's own number, which the reference just clicked shows.
            var paragraph = new LinksViewModel.NoteParagraph(i == first ? null : b.form().marker(), b.text(),
                    b.form().spans(), b.preformatted());
            if (b.text().length() > room) {
                out.add(ellipsis(paragraph, room));
                break;
            }
            out.add(paragraph);
            room -= b.text().length();
        }
        return out;
    }

    /** Whether a block after a note's first goes on with that note. */
    static boolean continues(Block b) {
        return b.isParagraph() && b.form().role() == ParagraphForm.Role.NOTE && b.form().ids().isEmpty()
                && !numbered(b.form());
    }

    /**
     * Whether a note paragraph opens a note by its number ("2", "[2]", "*"): a note no mark points at has no id, and
     * ran on into the popover of the note before it (a review's finding). A list item's bullet or "1." is no note's
     * number.
     */
    private static boolean numbered(ParagraphForm form) {
        String marker = form.marker();
        return form.depth() == 0 && marker != null && !marker.isBlank() && !marker.equals("\u2022")
                && !marker.endsWith(".") && !marker.endsWith(")");
    }

    /** The paragraph's first {@code length} characters (a character's two halves kept together) and an ellipsis. */
    private static LinksViewModel.NoteParagraph ellipsis(LinksViewModel.NoteParagraph p, int length) {
        int end = Math.min(length, p.text().length());
        if (end > 0 && end < p.text().length() && Character.isHighSurrogate(p.text().charAt(end - 1))) {
            end--;
        }
        List<Span> spans = new ArrayList<>();
        for (Span s : p.spans()) {
            if (s.start() < end) {
                spans.add(new Span(s.start(), Math.min(s.end(), end), s.style(), s.target()));
            }
        }
        return new LinksViewModel.NoteParagraph(p.marker(), p.text().substring(0, end) + ELLIPSIS, spans, p.code());
    }
}
