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
        Map<List<String>, List<String>> shared = new HashMap<>();
        List<String> none = List.of();
        java.util.Arrays.fill(out, none);
        for (Span span : form.spans()) {
            for (int i = span.start(); i < Math.min(length, span.end()); i++) {
                List<String> more = new ArrayList<>(out[i]);
                if (!more.contains(span.style().key())) {
                    more.add(span.style().key());
                }
                out[i] = shared.computeIfAbsent(List.copyOf(more), k -> k);
            }
        }
        return out;
    }

    /** The paragraph's text styles: one run a stretch of equal classes. */
    static StyleSpans<Collection<String>> of(ParagraphForm form, int length) {
        List<String>[] classes = perCharacter(form, length);
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
