package app.margin.model;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A headed section of an article. Sections nest: the outline is a tree.
 *
 * @param id           stable identifier, unique within the article; annotations anchor to it
 * @param title        the heading text
 * @param paragraphs   plain-text paragraphs in reading order
 * @param children     nested sections, shown after this section's paragraphs
 * @param preformatted indices into {@code paragraphs} of the paragraphs that are preformatted text (code): their
 *                     line breaks and spaces are the text's own, and the reader sets them in a monospace block.
 *                     They are paragraphs like any other for anchoring, find and reading positions.
 * @param forms        how paragraphs are set beyond their text (lists, quotes, tables, figures, emphasis, links), by
 *                     index into {@code paragraphs}; a paragraph not in it is a plain body paragraph
 * @param titleSpans   how the title is set in the page beyond its text (emphasis, code, sub- and superscripts…),
 *                     offsets into {@code title}, ordered by start. The title stays plain text for anchors, the
 *                     outline, find and search. Never a link or a note reference ({@link #keptInTitle}): those are
 *                     left out, as a title is not followed
 */
public record Section(String id, String title, List<String> paragraphs, List<Section> children,
                      Set<Integer> preformatted, Map<Integer, ParagraphForm> forms, List<Span> titleSpans) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        children = List.copyOf(children);
        preformatted = paragraphIndices(preformatted, paragraphs.size());
        forms = paragraphForms(forms, paragraphs);
        titleSpans = titleSpans(titleSpans, title.length());
    }

    /** A section whose title is set plainly. */
    public Section(String id, String title, List<String> paragraphs, List<Section> children,
                   Set<Integer> preformatted, Map<Integer, ParagraphForm> forms) {
        this(id, title, paragraphs, children, preformatted, forms, List.of());
    }

    /** Whether a span of this style is kept in a section's title: all but links and note references. */
    public static boolean keptInTitle(Span.Style style) {
        return !style.points();
    }

    /**
     * How the title is set in the page, as a heading block's form: {@link ParagraphForm#PLAIN} itself when it has
     * no spans, so a plain heading costs what it did.
     */
    public ParagraphForm titleForm() {
        return titleSpans.isEmpty() ? ParagraphForm.PLAIN : ParagraphForm.PLAIN.withSpans(titleSpans);
    }

    /**
     * The spans kept in a title of {@code length} characters, as an unmodifiable list ordered as a form orders them.
     *
     * @throws IllegalArgumentException if a span runs past the title
     */
    private static List<Span> titleSpans(List<Span> spans, int length) {
        if (spans.isEmpty()) {
            return List.of();
        }
        List<Span> kept = new java.util.ArrayList<>(spans.size());
        for (Span span : spans) {
            if (span.end() > length) {
                throw new IllegalArgumentException("a span of the title runs past its " + length + " characters");
            }
            if (keptInTitle(span.style())) {
                kept.add(span);
            }
        }
        return ParagraphForm.PLAIN.withSpans(kept).spans(); // the one order of spans
    }

    /** A section whose paragraphs are set plainly (code blocks apart). */
    public Section(String id, String title, List<String> paragraphs, List<Section> children,
                   Set<Integer> preformatted) {
        this(id, title, paragraphs, children, preformatted, Map.of());
    }

    /** The form of paragraph {@code index}: {@link ParagraphForm#PLAIN} when it has none. */
    public ParagraphForm form(int index) {
        return forms.getOrDefault(index, ParagraphForm.PLAIN);
    }

    /** A section without preformatted paragraphs. */
    public Section(String id, String title, List<String> paragraphs, List<Section> children) {
        this(id, title, paragraphs, children, Set.of());
    }

    /**
     * The forms as an unmodifiable map without plain ones.
     *
     * @throws IllegalArgumentException if an index is not one of the paragraphs', or a span runs past its text
     */
    static Map<Integer, ParagraphForm> paragraphForms(Map<Integer, ParagraphForm> forms, List<String> paragraphs) {
        if (forms.isEmpty()) {
            return Map.of();
        }
        java.util.HashMap<Integer, ParagraphForm> kept = new java.util.HashMap<>();
        for (Map.Entry<Integer, ParagraphForm> e : forms.entrySet()) {
            Integer index = e.getKey();
            if (index == null || index < 0 || index >= paragraphs.size()) {
                throw new IllegalArgumentException("paragraph form index " + index + " is not one of the "
                        + paragraphs.size() + " paragraphs");
            }
            ParagraphForm form = Objects.requireNonNull(e.getValue(), "form");
            if (!form.fits(paragraphs.get(index).length())) {
                throw new IllegalArgumentException("a span of paragraph " + index + " runs past its text");
            }
            if (!form.plain()) {
                kept.put(index, form);
            }
        }
        return Map.copyOf(kept); // looked up once a paragraph when laid out: a hash, not a tree
    }

    /**
     * The indices as an unmodifiable set in ascending order.
     *
     * @throws IllegalArgumentException if an index is not one of the {@code count} paragraphs'
     */
    static SortedSet<Integer> paragraphIndices(Collection<Integer> indices, int count) {
        if (indices.isEmpty()) {
            return Collections.emptySortedSet();
        }
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer index : indices) {
            if (index == null || index < 0 || index >= count) {
                throw new IllegalArgumentException("preformatted paragraph index " + index + " is not one of the "
                        + count + " paragraphs");
            }
            sorted.add(index);
        }
        return Collections.unmodifiableSortedSet(sorted);
    }
}
