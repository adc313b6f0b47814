package app.margin.article;

import static app.margin.article.EpubImporter.PREFORMATTED;

import app.margin.article.EpubPackage.TocEntry;
import app.margin.article.EpubText.SpineText;
import app.margin.model.ParagraphForm;
import app.margin.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EPUB's sections, made from its text as one flat run of blocks ({@link SpineText}): from the table of contents,
 * each entry placed at the block where its file or element starts, or, when no entry can be placed, from the
 * chapters' own headings as for a web page.
 */
final class EpubSections {
    private EpubSections() {}

    /**
     * Sections from the table of contents, each entry at the first block of its file or element; entries that
     * point at nothing in the book, or back before the entry before them, are skipped (their children stay).
     * A heading that opens an entry's text and repeats its label, or numbers it ("2.2. Archive areas"), is dropped
     * (the latter is the section's title); other headings read as paragraphs. The book's title page, before the
     * first entry or as a first entry that names the book's title, is the lead, without the title and byline that
     * the title block above says already.
     * Returns false when no entry could be placed.
     */
    static boolean fromToc(SpineText spine, List<TocEntry> toc, OutlineBuilder outline, String title,
                           String byline) {
        List<int[]> placed = new ArrayList<>(); // {block index, depth, entry number}
        List<String> labels = new ArrayList<>();
        place(spine, toc, 1, placed, labels);
        if (placed.isEmpty()) {
            return false;
        }
        List<String> texts = spine.texts;
        byte[] levels = spine.levels;
        int next = 0;
        int titleEntries = 0;
        for (int i = 0; i <= texts.size(); i++) {
            boolean opened = false;
            String label = null;
            while (next < placed.size() && placed.get(next)[0] == i) {
                label = labels.get(placed.get(next)[2]);
                boolean last = next + 1 == placed.size() || placed.get(next + 1)[0] != i;
                if (next == 0 && same(label, title)) {
                    titleEntries = 1; // the book's title page, listed first: the title block above is its heading
                    next++;
                    continue;
                }
                boolean heads = last && i < texts.size() && levels[i] > 0;
                // The heading the entry's label repeats is dropped below: its marks go to the title, and a heading
                // that numbers the label ("2.2. Archive areas") is the title, as the book shows it.
                if (heads && numbered(texts.get(i), label)) {
                    outline.heading(placed.get(next)[1], texts.get(i), spine.formAt(i).spans(), label);
                } else {
                    List<Span> marks = heads && same(texts.get(i), label)
                            ? carried(texts.get(i), spine.formAt(i).spans(), label) : List.of();
                    outline.heading(placed.get(next)[1], label, marks);
                }
                opened = true;
                next++;
            }
            if (i == texts.size()) {
                break;
            }
            String block = texts.get(i);
            boolean titlePage = next == titleEntries && levels[i] != PREFORMATTED
                    && (same(block, title) || same(block, byline));
            if (titlePage) {
                continue; // the book's title page (before any entry but its own): the title block above says it
            }
            if (levels[i] == PREFORMATTED) {
                outline.preformatted(block, spine.formAt(i));
            } else if (levels[i] > 0 && !(opened && (same(block, label) || numbered(block, label)))) {
                outline.paragraph(block, subheading(levels[i], spine.formAt(i).spans()));
            } else if (levels[i] == 0) {
                outline.paragraph(block, spine.formAt(i));
            }
        }
        return true;
    }

    /**
     * Places each entry at the block where it starts: its file and element, else (a table of contents that
     * still names a file as it was before a tool such as calibre split it) the element by its id anywhere in
     * the book, else its file's start. An entry that points into the book at something that is not there is
     * kept, at the place of the next entry that is found, rather than dropped.
     */
    private static void place(SpineText spine, List<TocEntry> entries, int depth, List<int[]> placed,
                              List<String> labels) {
        List<Nested> flat = new ArrayList<>();
        flatten(entries, depth, flat);
        Integer[] at = new Integer[flat.size()];
        for (int i = 0; i < flat.size(); i++) {
            at[i] = spine.find(flat.get(i).entry());
        }
        Integer next = spine.texts.size();
        for (int i = flat.size() - 1; i >= 0; i--) {
            TocEntry entry = flat.get(i).entry();
            if (at[i] != null) {
                next = at[i];
            } else if (entry.path() != null && !spine.later(entry.path())) {
                at[i] = next;
            }
        }
        for (int i = 0; i < flat.size(); i++) {
            TocEntry entry = flat.get(i).entry();
            int last = placed.isEmpty() ? -1 : placed.get(placed.size() - 1)[0];
            if (at[i] != null && at[i] >= last && !entry.label().isBlank()) {
                labels.add(entry.label());
                placed.add(new int[] {at[i], flat.get(i).depth(), labels.size() - 1});
            }
        }
    }

    /** A table-of-contents entry and how deep it is nested. */
    private record Nested(TocEntry entry, int depth) {}

    private static void flatten(List<TocEntry> entries, int depth, List<Nested> flat) {
        for (TocEntry entry : entries) {
            flat.add(new Nested(entry, depth));
            if (depth < 64) {
                flatten(entry.children(), depth + 1, flat);
            }
        }
    }

    /** Sections from the chapters' own headings, nested by level, as for a web page. */
    static void fromHeadings(SpineText spine, OutlineBuilder outline, String title) {
        TextSink sink = new TitleDropper(outline, title);
        List<String> texts = spine.texts;
        byte[] levels = spine.levels;
        for (int i = 0; i < texts.size(); i++) {
            if (levels[i] > 0) {
                sink.heading(levels[i], texts.get(i), spine.formAt(i).spans());
            } else if (levels[i] == PREFORMATTED) {
                sink.preformatted(texts.get(i), spine.formAt(i));
            } else {
                sink.paragraph(texts.get(i), spine.formAt(i));
            }
        }
    }

    /**
     * A chapter's own heading that the table of contents does not list: set as a heading, not in the outline,
     * with its emphasis, code and links.
     */
    private static ParagraphForm subheading(int level, List<Span> spans) {
        return new ParagraphForm(ParagraphForm.Role.SUBHEADING, level, null, ParagraphForm.Align.START, spans,
                null, List.of(), null, false);
    }

    /**
     * A heading's {@code spans} moved onto the {@code label} it repeats ({@link #same}: the same words, case and runs
     * of spaces apart), so the section's title keeps the heading's emphasis and code.
     */
    static List<Span> carried(String heading, List<Span> spans, String label) {
        if (spans.isEmpty()) {
            return List.of();
        }
        int[] from = folded(heading);
        int[] to = folded(label);
        if (from.length != to.length) {
            return List.of();
        }
        List<Span> out = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int start = at(from, to, span.start());
            int end = at(from, to, span.end());
            if (end > start) {
                out.add(new Span(start, end, span.style(), span.target()));
            }
        }
        return out;
    }

    /**
     * Where each character of {@code text} stripped, with each run of white space as one, stands in {@code text};
     * one more entry, the stripped text's end.
     */
    private static int[] folded(String text) {
        int begin = 0;
        int end = text.length();
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int[] at = new int[end - begin + 1];
        int n = 0;
        for (int i = begin; i < end; i++) {
            if (!blank(text.charAt(i)) || i == begin || !blank(text.charAt(i - 1))) {
                at[n++] = i;
            }
        }
        at[n++] = end;
        return java.util.Arrays.copyOf(at, n);
    }

    /** {@code \s} as {@link #same} folds it. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The offset in the label of the heading's {@code offset}: of the first folded character at or after it. */
    private static int at(int[] from, int[] to, int offset) {
        int k = java.util.Arrays.binarySearch(from, offset);
        return to[Math.min(to.length - 1, k >= 0 ? k : -k - 1)];
    }

    private static boolean same(String heading, String label) {
        return label != null && fold(heading).equalsIgnoreCase(fold(label));
    }

    /** A part of a section number: a number, a Roman numeral or a letter. */
    private static final String PART = "(?:\\d+|[IVXLCDM]+|[A-Z])";
    /**
     * A section number and what sets it off, before a heading's words: "2.2. ", "9 ", "A.1 ", "IV. ", "Chapter 3: ",
     * "Part II — ", "§ 4 ". A number without a digit ("A", "IV") needs the word or the mark, so that "A Study"
     * and "I Robot" stay words.
     */
    private static final Pattern NUMBER = Pattern.compile("(?:(?<word>\\p{L}+|§) )?(?<number>" + PART
            + "(?:[.-]" + PART + ")*)(?<mark>[.:)]|:? ?[-\u2013\u2014:|])? ");

    /**
     * Whether {@code heading} is {@code label} (as {@link #same} compares them) with a section number before it, as
     * Sphinx, pandoc and LaTeX number their headings while the table of contents names them without.
     */
    static boolean numbered(String heading, String label) {
        if (label == null) {
            return false;
        }
        String h = fold(heading);
        String l = fold(label);
        int at = h.length() - l.length();
        if (l.isEmpty() || at <= 0 || !h.regionMatches(true, at, l, 0, l.length())) {
            return false;
        }
        Matcher m = NUMBER.matcher(h.substring(0, at));
        return m.matches() && (m.group("word") != null || m.group("mark") != null
                || m.group("number").chars().anyMatch(Character::isDigit));
    }

    /** The text stripped, each run of white space one space. */
    private static String fold(String text) {
        return WHITE.matcher(text.strip()).replaceAll(" ");
    }

    private static final Pattern WHITE = Pattern.compile("\\s+");
}
