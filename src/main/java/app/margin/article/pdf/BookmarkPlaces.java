package app.margin.article.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each of the document's bookmarks opens its section in the text ({@link Analysis}): at the heading it names,
 * which then leaves the text, or at a run-in heading that starts a paragraph, which then leaves that paragraph; else
 * just below the point it names.
 */
final class BookmarkPlaces {
    private BookmarkPlaces() {}

    /**
     * Each bookmark at its paragraph: on the page it points at, the short paragraph nearest its height that says what
     * it says (the heading it names, which then leaves the text, as the bookmark stands for it); else the paragraph
     * just below the point it names, in its column when it names a left end. Bookmarks pointing at pages not read
     * yet are left out.
     */
    static List<PdfText.Bookmark> place(List<Bookmarks.Entry> entries, List<PdfParagraph> text, int read) {
        List<PdfText.Bookmark> out = new ArrayList<>();
        Map<String, String> logos = Logos.spellings(text); // a bookmark's "TEX" as the text spells it, "TeX"
        java.util.Set<Integer> drop = new java.util.TreeSet<>();
        int[] firstOnPage = new int[read + 2];
        java.util.Arrays.fill(firstOnPage, text.size());
        for (int i = text.size() - 1; i >= 0; i--) {
            firstOnPage[Math.min(text.get(i).page(), read + 1)] = i;
        }
        for (int p = read; p >= 0; p--) {
            firstOnPage[p] = Math.min(firstOnPage[p], firstOnPage[p + 1]);
        }
        for (Bookmarks.Entry e : entries) {
            if (e.page() >= read) {
                continue;
            }
            int at = named(e, text, drop, firstOnPage[e.page()]);
            String title = e.title();
            if (at >= 0) {
                title = numbered(title, text.get(at).text());
                drop.add(at);
                if (labelled(e, text, at)) {
                    drop.add(at - 1); // the bookmark stands for the chapter's label above its heading too
                }
            } else if ((at = runIn(e, text, drop, firstOnPage[e.page()])) < 0) {
                at = below(e, text, firstOnPage[e.page()]);
            }
            out.add(new PdfText.Bookmark(Logos.spelt(title, logos), e.level(), at));
        }
        out.sort(java.util.Comparator.comparingInt(PdfText.Bookmark::paragraph));
        if (drop.isEmpty()) {
            return out;
        }
        List<Integer> sorted = new ArrayList<>(drop);
        List<PdfText.Bookmark> shifted = new ArrayList<>();
        for (PdfText.Bookmark b : out) {
            int before = 0;
            for (int d : sorted) {
                if (d < b.paragraph()) {
                    before++;
                }
            }
            shifted.add(new PdfText.Bookmark(b.title(), b.level(), b.paragraph() - before));
        }
        for (int i = sorted.size() - 1; i >= 0; i--) {
            text.remove((int) sorted.get(i));
        }
        return shifted;
    }

    /** A section's number at a heading's start: "4", "4.1", "4.1.2", "A.1", "3." (then a space and a letter). */
    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile(
            "^((\\d{1,3}(\\.\\d{1,3})*\\.?)|([A-Z](\\.\\d{1,3})+\\.?))\\s+(?=\\p{L})");

    /**
     * The bookmark's title with the number its heading has and it lacks: hyperref writes bookmarks without the
     * sections' numbers unless told to, so ejpecp's outline read "Section headings and equation numbering" where
     * the page says "4 Section headings…" and the text refers to "section 4"; the heading leaves the text for the
     * bookmark, and its number went with it.
     */
    static String numbered(String title, String heading) {
        java.util.regex.Matcher number = LEADING_NUMBER.matcher(heading);
        if (!number.find() || LEADING_NUMBER.matcher(title).find()
                || !title.strip().regionMatches(true, 0, heading.substring(number.end()).strip(), 0,
                        Math.min(3, title.strip().length()))) {
            return title;
        }
        return number.group(1) + " " + title.strip();
    }

    /** The heading on the bookmark's page (or the next) that says what it says, nearest its height, or -1. */
    private static int named(Bookmarks.Entry e, List<PdfParagraph> text, java.util.Set<Integer> taken, int from) {
        int best = -1;
        float bestCost = Float.MAX_VALUE;
        String title = letters(e.title());
        for (int i = from; i < text.size(); i++) {
            PdfParagraph p = text.get(i);
            if (p.page() < e.page() || taken.contains(i)) {
                continue;
            }
            if (p.page() > e.page() + 1) {
                break;
            }
            if (p.text().length() > e.title().length() + 16
                    || !(sameLetters(letters(p.text()), title) || sameNumber(p.text(), e.title()))) {
                continue;
            }
            float cost = (p.page() - e.page()) * 10_000f + (Float.isNaN(e.y()) ? 0 : Math.abs(p.y() - e.y()));
            if (cost < bestCost) {
                bestCost = cost;
                best = i;
            }
        }
        return best;
    }

    /**
     * Whether paragraph {@code at}, a bookmark's heading, has its chapter's label just above it on its page
     * ("Chapitre 3" over "Pages de titre", the bookmark "3 Pages de titre"), the label's number the bookmark's when the
     * bookmark has one: the label goes with the heading, or it ends the section before (yathesis-fr.pdf's "Chapitre3"
     * closed each chapter before the next).
     */
    private static boolean labelled(Bookmarks.Entry e, List<PdfParagraph> text, int at) {
        if (at == 0) {
            return false;
        }
        PdfParagraph label = text.get(at - 1);
        String number = ChapterLabels.chapterLabel(label.text());
        String marked = e.title().strip().split("\\s+")[0].replaceAll("\\.$", "");
        boolean numbered = marked.matches("[0-9]{1,3}|[IVXLC]{1,6}|[A-Z]");
        return number != null && label.page() == text.get(at).page() && label.y() < text.get(at).y()
                && (!numbered || marked.equals(number));
    }

    /**
     * The paragraph on the bookmark's page (or the next) that starts with the heading it names run in, in bold and
     * ending with a full stop or a colon ("3.1 Subsection Headings. Section, subsection…", asmejour's subsections),
     * nearest its height: that paragraph, the run-in heading taken out of it (the bookmark stands for it; it read
     * twice, in the outline and at the paragraph's start); else -1.
     */
    private static int runIn(Bookmarks.Entry e, List<PdfParagraph> text, java.util.Set<Integer> taken, int from) {
        String title = letters(e.title());
        int best = -1;
        int cut = 0;
        float bestCost = Float.MAX_VALUE;
        for (int i = from; i < text.size() && text.get(i).page() <= e.page() + 1; i++) {
            PdfParagraph p = text.get(i);
            if (p.page() < e.page() || taken.contains(i) || p.kind() != PdfParagraph.Kind.TEXT) {
                continue;
            }
            int end = runInEnd(p);
            if (end < 0 || !letters(p.text().substring(0, end)).equals(title)) {
                continue;
            }
            float cost = (p.page() - e.page()) * 10_000f + (Float.isNaN(e.y()) ? 0 : Math.abs(p.y() - e.y()));
            if (cost < bestCost) {
                bestCost = cost;
                best = i;
                cut = end;
            }
        }
        if (best >= 0) {
            PdfParagraph p = text.get(best);
            int rest = cut;
            while (rest < p.text().length() && Character.isWhitespace(p.text().charAt(rest))) {
                rest++;
            }
            int shift = rest;
            List<app.margin.model.Span> spans = new ArrayList<>();
            for (app.margin.model.Span s : p.spans()) {
                if (s.end() > rest) {
                    spans.add(new app.margin.model.Span(Math.max(0, s.start() - shift), s.end() - shift, s.style(),
                            s.target()));
                }
            }
            text.set(best, p.withText(p.text().substring(rest)).withSpans(spans));
        }
        return best;
    }

    /**
     * Where a paragraph's run-in heading ends (after its full stop or colon): a bold run from its start, shorter than
     * the paragraph, ending with "." or ":"; -1 when it starts with none.
     */
    private static int runInEnd(PdfParagraph p) {
        for (app.margin.model.Span s : p.spans()) {
            if (s.style() == app.margin.model.Span.Style.STRONG && s.start() == 0 && s.end() < p.text().length()) {
                int end = s.end();
                String run = p.text().substring(0, end).strip();
                if (run.endsWith(".") || run.endsWith(":")) {
                    return end;
                }
                if (end < p.text().length() && (p.text().charAt(end) == '.' || p.text().charAt(end) == ':')) {
                    return end + 1;
                }
            }
        }
        return -1;
    }

    /** The paragraph just below the point the bookmark names (in its column, when it names a left end). */
    private static int below(Bookmarks.Entry e, List<PdfParagraph> text, int from) {
        int best = -1;
        float bestCost = Float.MAX_VALUE;
        for (int i = from; i < text.size(); i++) {
            PdfParagraph p = text.get(i);
            if (p.page() < e.page()) {
                continue;
            }
            if (p.page() > e.page()) {
                return best >= 0 ? best : i;
            }
            if (Float.isNaN(e.y())) {
                return i;
            }
            float dy = p.y() - e.y();
            if (dy < -14f) {
                continue;
            }
            float cost = dy + (!Float.isNaN(e.x()) && Math.abs(p.x() - e.x()) > 60f ? 5_000f : 0f);
            if (cost < bestCost) {
                bestCost = cost;
                best = i;
            }
        }
        return best >= 0 ? best : text.size();
    }

    /** Whether a heading says what a bookmark says, numbering aside ("3.2 Results" and "Results"). */
    static boolean same(String heading, String bookmark) {
        return sameLetters(letters(heading), letters(bookmark));
    }

    private static final java.util.regex.Pattern SECTION_NUMBER =
            java.util.regex.Pattern.compile("^(\\d+(\\.\\d+)+|[A-Z]\\.\\d+(\\.\\d+)*)\\s");

    /**
     * Whether both start with the same section number of two parts or more ("3.1.3 Changes from 𝜀-TEX" and the
     * bookmark "3.1.3 Changes from ETEX", whose letters differ where the heading has a symbol).
     */
    private static boolean sameNumber(String heading, String bookmark) {
        java.util.regex.Matcher h = SECTION_NUMBER.matcher(heading);
        java.util.regex.Matcher b = SECTION_NUMBER.matcher(bookmark);
        return h.find() && b.find() && h.group(1).equals(b.group(1));
    }

    /**
     * Whether a heading's letters and digits say what a bookmark's say: the same, or one beginning the other, or one
     * ending the other after no more than a section's number and its label ("32results" and "results",
     * "appendixblanguagesupport" and "blanguagesupport"); the shorter holds a letter and three characters at least.
     * An equation's number "(1)" on the page after a slide titled "Case 1" was that slide's heading (thubeamer's
     * outline read "Case 2", "Case 1", its equation (1) gone); asmejour-template.pdf's "(5)" took the bookmark "5.1
     * Capitalization of Titles", and its heading "Nomenclature" the bookmark "6.3 Units and Nomenclature", both far
     * from their run-in headings.
     */
    private static boolean sameLetters(String h, String b) {
        if (h.isEmpty() || b.isEmpty() || h.equals(b)) {
            return !h.isEmpty() && h.equals(b);
        }
        String shorter = h.length() < b.length() ? h : b;
        String longer = shorter == h ? b : h;
        if (shorter.length() < 3 || shorter.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        String before = longer.substring(0, longer.length() - shorter.length());
        return longer.startsWith(shorter) || longer.endsWith(shorter) && NUMBERING.matcher(before).matches();
    }

    /** What may stand before a title's letters: a number, or a label and its number ("appendixb", "chapter3"). */
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("(appendix|annexe?|anhang"
            + "|chapter|chapitre|kapitel|capitolo|capítulo|section|part|partie|teil)?[0-9a-z]{0,5}|[0-9]+");

    /** A text's letters and digits in lower case: what headings, bookmarks and the metadata's title are compared by. */
    static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
