package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of references as a list: under a heading "References", "Bibliography", "Literatur", "Références" (and a few
 * more, numbered or not), each paragraph that starts "[12]" or "12." is an entry whose number is its marker, outside
 * its text (as an HTML list's numbers are), when it follows the entry before it (the same style, the next number,
 * or 1 to start again); a paragraph that follows an entry without such a number goes on in it when the entry has not
 * ended (a line starting "17. edition"), it starts at the entry's hanging indent, or it starts higher up or on the
 * next page (an entry broken by a column or page); one set below a finished entry in its column, no further in than
 * its marker, is the text after the list. A run of entries "[1]", "[2]", "[3]"… under no such heading is a list
 * too. Under such a heading, entries without numbers that start with their authors and year
 * ({@link AuthorYear#entry}) are a list without markers, each with an id made of its first author and year
 * ("ref-knuth-1984"): {@link Paragraphs} makes one paragraph of each when they are set with a hanging indent.
 */
final class References {
    private static final Pattern HEADING = Pattern.compile("(?iu)^(([0-9]+(\\.[0-9]+)*|[A-Z]|[IVX]+)\\.?\\s+)?"
            + "(references|bibliography|works cited|literature|literatur|literaturverzeichnis|références"
            + "|bibliographie|bibliografía|referencias|bibliografia|riferimenti)\\s*$");
    /** An entry's end: a full stop (or ! ?), a closing quote or bracket after it or not. */
    private static final Pattern ENDED = Pattern.compile("(?s).*[.!?][\"”’)»\\]]?\\s*$");
    /** A run-in heading's phrase: a capital, at most six words, a full stop or a colon at its end. */
    private static final Pattern RUN_IN = Pattern.compile("^\\p{Lu}\\S*(\\s+\\S+){0,5}[.:]$");
    private static final Pattern ENTRY = Pattern.compile("^((\\[)?([0-9]{1,4})(\\]|\\.))\\s+(\\S.*)$");

    /**
     * The ids of the entries of the first list: "ref-12"; the entries of a later list are "ref2-12", "ref3-12"
     * (a manual may hold a sample paper's references besides its own).
     */
    static final String ID_PREFIX = "ref";

    /** The style of a list whose entries start with their authors and year (see {@link AuthorYear}). */
    private static final String BY_AUTHOR = "author-year";

    /** At least this many entries numbered one after another ("[1]", "[2]", "[3]") make a list without a heading. */
    static final int BARE_RUN = 3;

    private References() {}

    /**
     * The paragraphs in runs of {@link #BARE_RUN} entries or more numbered one after another ("[2]", "[3]", "[4]"…;
     * REVTeX sets its references under no heading), from the first entry to the last, with at most two paragraphs
     * between two entries (an entry broken by a column or a page).
     */
    private static boolean[] runs(List<PdfParagraph> text) {
        boolean[] run = new boolean[text.size()];
        for (int i = 0; i < text.size(); i++) {
            int first = bracketed(text.get(i));
            if (first == 0) {
                continue;
            }
            int expect = first + 1;
            int last = i;
            for (int j = i + 1; j < text.size() && j - last <= 3 && text.get(j).kind() == PdfParagraph.Kind.TEXT; j++) {
                int n = bracketed(text.get(j));
                if (n == expect) {
                    expect++;
                    last = j;
                } else if (n > 0) {
                    break;
                }
            }
            if (expect - first >= BARE_RUN) {
                java.util.Arrays.fill(run, i, last + 1, true);
                i = last;
            }
        }
        return run;
    }

    /** The number of a body paragraph starting "[12]", or 0. */
    private static int bracketed(PdfParagraph p) {
        if (p.kind() != PdfParagraph.Kind.TEXT) {
            return 0;
        }
        Matcher m = ENTRY.matcher(p.text());
        return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(3)) : 0;
    }

    /**
     * Whether paragraph {@code p}, with no number of its own, goes on in the entry before it: the entry has not ended
     * with a full stop (a line "17. edition" made a paragraph of its own, "(editors):" a line's end), {@code p} starts
     * to the right of the entry's marker (at its hanging indent: "2nd ed." ended a short line), or it starts where an
     * entry broken by a column or a page goes on, higher up than the entry (the next column's top) or on the next
     * page. A paragraph set below a finished entry in its column, no further in than its marker, is the text after
     * the list (a sample list printed inside a paper).
     */
    private static boolean goesOn(PdfParagraph entry, PdfParagraph p) {
        if (runInHeading(p) && !(p.page() == entry.page() && p.x() > entry.x() + 0.5f * entry.size())) {
            return false; // "Acknowledgments. We are grateful…" under the last entry: the text after the list
        }
        return p.page() <= entry.page() + 1
                && (!ENDED.matcher(entry.text()).matches() || p.page() > entry.page() || p.y() < entry.y()
                        || p.x() > entry.x() + 0.5f * entry.size());
    }

    /**
     * Whether {@code p} starts with a run-in heading: a phrase of at most six words set in bold or italic from its
     * first letter, ending with a full stop or a colon, then a sentence that starts with a capital ("Acknowledgments.
     * We are grateful…"). An italic journal's name leading an entry's second line ("Compositio Math. 7, (1939)")
     * is followed by its volume, no sentence.
     */
    static boolean runInHeading(PdfParagraph p) {
        String t = p.text();
        for (app.margin.model.Span s : p.spans()) {
            if (s.start() != 0 || s.end() >= t.length()
                    || s.style() != app.margin.model.Span.Style.STRONG && s.style() != app.margin.model.Span.Style.EMPHASIS) {
                continue;
            }
            String phrase = t.substring(0, s.end()).strip();
            String rest = t.substring(s.end());
            if (!rest.isEmpty() && (rest.charAt(0) == '.' || rest.charAt(0) == ':')) {
                phrase += rest.charAt(0); // the stop set upright after the phrase
                rest = rest.substring(1);
            }
            rest = rest.stripLeading();
            if (RUN_IN.matcher(phrase).matches() && !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    static List<PdfParagraph> list(List<PdfParagraph> text) {
        List<PdfParagraph> out = new ArrayList<>(text.size());
        boolean[] run = runs(text);
        boolean in = false;
        String style = null;
        int number = 0;
        int list = 0;
        java.util.Map<String, Integer> used = AuthorYear.ids();
        for (int i = 0; i < text.size(); i++) {
            PdfParagraph p = text.get(i);
            boolean named = HEADING.matcher(p.text().strip()).matches();
            if (p.kind() == PdfParagraph.Kind.HEADING || named && p.kind() == PdfParagraph.Kind.TEXT) {
                in = named; // "REFERENCES" in body type (ACM's) is that list's heading too
                style = null;
                out.add(p);
                continue;
            }
            if ((in || run[i]) && p.kind() == PdfParagraph.Kind.TEXT) {
                Matcher m = ENTRY.matcher(p.text());
                PdfParagraph previous = out.isEmpty() ? null : out.get(out.size() - 1);
                if (m.matches() && (m.group(2) != null || m.group(3).length() < 4)) {
                    int n = Integer.parseInt(m.group(3));
                    String kind = m.group(4);
                    if (style == null && (n == 1 || run[i]) || kind.equals(style) && (n == number + 1 || n == 1)) {
                        if (style == null || n == 1) {
                            list++;
                        }
                        style = kind;
                        number = n;
                        out.add(p.asItem(m.group(5), m.group(1), ID_PREFIX + (list == 1 ? "" : list) + "-" + n));
                        continue;
                    }
                }
                AuthorYear.Entry entry = in && (style == null || style.equals(BY_AUTHOR))
                        ? AuthorYear.entry(p.text()) : null;
                if (entry != null) {
                    if (style == null) {
                        list++;
                    }
                    style = BY_AUTHOR;
                    out.add(p.asItem(p.text(), null,
                            AuthorYear.id(ID_PREFIX + (list == 1 ? "" : list) + "-", entry, used)));
                    continue;
                }
                if (previous != null && previous.kind() == PdfParagraph.Kind.ITEM && goesOn(previous, p)) {
                    StringBuilder joined = new StringBuilder(previous.text());
                    Footnotes.join(joined, p.text());
                    // Read after Hyphens: a hyphen at the entry's break is joined, as TeX's mostly are.
                    String whole = joined.toString().replace(String.valueOf(Hyphens.MARK), "");
                    out.set(out.size() - 1, previous.asItem(whole, previous.marker(), previous.id()));
                    continue;
                }
            }
            out.add(p);
        }
        return samples(out);
    }

    /**
     * The paragraphs, a sample list printed inside the text (a paper on a bibliography style shows what it sets) with
     * its heading made a line of text, so that it opens no section: a heading that names a list of references, its
     * entries right under it and the text going on right after them, with another such heading later on (the
     * document's own list).
     */
    private static List<PdfParagraph> samples(List<PdfParagraph> out) {
        int last = -1;
        for (int i = 0; i < out.size(); i++) {
            if (listHeading(out.get(i))) {
                last = i;
            }
        }
        for (int i = 0; i < last; i++) {
            PdfParagraph h = out.get(i);
            if (!listHeading(h)) {
                continue;
            }
            int j = i + 1;
            while (j < out.size() && out.get(j).kind() == PdfParagraph.Kind.ITEM) {
                j++;
            }
            if (j > i + 1 && j < out.size() && out.get(j).kind() == PdfParagraph.Kind.TEXT) {
                out.set(i, h.as(PdfParagraph.Kind.TEXT, 0));
            }
        }
        return out;
    }

    private static boolean listHeading(PdfParagraph p) {
        return p.kind() == PdfParagraph.Kind.HEADING && HEADING.matcher(p.text().strip()).matches();
    }
}
