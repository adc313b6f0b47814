package app.margin.ui.reader;

import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A paragraph's inline spans as the reading pane's text style classes: {@code em}, {@code strong}, {@code code},
 * {@code link}… (the keys of {@link Span.Style}), nested spans adding up. Highlights and find marks are laid over
 * them ({@code HighlightLayer}), never instead of them.
 */
public final class InlineStyles {

    private InlineStyles() {}

    /** For each character, its classes; equal sets are one shared list, so runs compare by identity. {@code null} when plain. */
    public static List<String>[] perCharacter(ParagraphForm form, int length) {
        if (form.spans().isEmpty() || length == 0) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<String>[] out = new List[length];
        // The text between two span edges has one set of classes: it is worked out once and filled in, rather than
        // copied and looked up for each character of each span (a long book's text took 3x longer with that).
        java.util.TreeSet<Integer> edges = new java.util.TreeSet<>();
        edges.add(0);
        edges.add(length);
        for (Span span : form.spans()) {
            edges.add(Math.min(length, Math.max(0, span.start())));
            edges.add(Math.min(length, Math.max(0, span.end())));
        }
        Map<List<String>, List<String>> shared = new HashMap<>();
        List<String> classes = new ArrayList<>(4);
        Integer from = edges.first();
        for (Integer to = edges.higher(from); to != null; from = to, to = edges.higher(to)) {
            classes.clear();
            for (Span span : form.spans()) {
                if (span.start() <= from && span.end() >= to && !classes.contains(span.style().key())) {
                    classes.add(span.style().key());
                }
            }
            List<String> set = classes.isEmpty() ? List.of() : shared.computeIfAbsent(List.copyOf(classes), k -> k);
            java.util.Arrays.fill(out, from, to, set);
        }
        return out;
    }

    /** Two tabs in a row (an empty cell) stay two runs, two gaps: the classes of every other gap differ. */
    private static final List<String> GAP = List.of(CellGap.STYLE);
    private static final List<String> NEXT_GAP = List.of(CellGap.STYLE, "cell-gap-next");

    /**
     * For each character of a paragraph of the page, its classes: {@link #perCharacter(ParagraphForm, int)}, and
     * a table row's tabs the {@value CellGap#STYLE} class alone, so each is a run of its own that the page draws as
     * the gap to the next cell's column ({@link CellGaps}), in a row of at most {@link Tables#MAX_COLUMNS} cells.
     * {@code null} when plain.
     */
    public static List<String>[] inPage(ParagraphForm form, String text) {
        List<String>[] classes = perCharacter(form, text.length());
        if (!form.role().tabular() || text.indexOf(ParagraphForm.CELL) < 0
                || ParagraphForm.cellCount(text) > Tables.MAX_COLUMNS) {
            return classes; // a row of more cells is set as text, its tabs as tabs (a node a cell would be 10,000)
        }
        if (classes == null) {
            @SuppressWarnings("unchecked")
            List<String>[] plain = new List[text.length()];
            java.util.Arrays.fill(plain, List.of());
            classes = plain;
        }
        boolean next = false;
        for (int i = text.indexOf(ParagraphForm.CELL); i >= 0; i = text.indexOf(ParagraphForm.CELL, i + 1)) {
            classes[i] = next ? NEXT_GAP : GAP;
            next = !next;
        }
        return classes;
    }

    /** The paragraph's text styles in the page: one run a stretch of equal classes. */
    static StyleSpans<Collection<String>> of(ParagraphForm form, String text) {
        int length = text.length();
        List<String>[] classes = inPage(form, text);
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        if (classes == null) {
            builder.add(List.of(), length);
            return builder.create();
        }
        int runStart = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || classes[i] != classes[runStart]) {
                builder.add(classes[runStart], i - runStart);
                runStart = i;
            }
        }
        return builder.create();
    }

    /** The span of {@code form} that points somewhere (a link, a note reference) at {@code offset}, or {@code null}. */
    public static Span pointingAt(ParagraphForm form, int offset) {
        Span found = null;
        for (Span s : form.spans()) {
            if (s.style().points() && s.start() <= offset && offset < s.end()) {
                found = s; // the innermost: spans are ordered by start, the longer first
            }
        }
        return found;
    }
}
