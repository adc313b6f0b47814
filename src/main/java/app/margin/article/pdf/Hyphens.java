package app.margin.article.pdf;

import app.margin.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a hyphen at a line's end, before a line that starts in lower case, is TeX's discretionary one (the word
 * joined: "infor-" "mation" → "information") or a real one ("cross-" "referencing" → "cross-referencing", "HIV-"
 * "infected" → "HIV-infected"). While paragraphs are built such a hyphen is left in their text as {@link #MARK}; once
 * the whole document is read, {@link #resolve} decides each from the words the document has inside its lines, in one
 * pass to count them and one to decide:
 * <ul>
 *   <li>the hyphenated form occurs elsewhere and the joined one not (or less often): the hyphen stays;</li>
 *   <li>the joined form occurs elsewhere (as often or more): joined;</li>
 *   <li>neither occurs: the hyphen stays after an abbreviation in capitals ("HIV-", "PDF-") and after a name, a word
 *       in capitals the document never writes in lower case ("Scribe-" "compatible"); else joined, as TeX's
 *       hyphenation breaks words far more often than compounds, and a capital at a sentence's start ("Op-" "tional")
 *       or a common word ("some-" "thing") says nothing.</li>
 * </ul>
 */
final class Hyphens {
    /** A hyphen at a line's end not yet decided (a soft hyphen: {@link Letters} drops those a PDF draws). */
    static final char MARK = '\u00AD';
    /** The key's prefix under which a word written in lower case is counted too. */
    private static final String LOWER = "\u0000";

    private Hyphens() {}

    /**
     * The paragraphs with their marks decided: {@code text} returned, {@code notes} changed in place. A paragraph
     * without a mark is returned as it was (the same instance: display equations are found by it).
     */
    static List<PdfParagraph> resolve(List<PdfParagraph> text, List<PdfParagraph> notes) {
        Map<String, Integer> words = new HashMap<>();
        count(text, words);
        count(notes, words);
        List<PdfParagraph> out = new ArrayList<>(text.size());
        for (PdfParagraph p : text) {
            out.add(decide(p, words));
        }
        notes.replaceAll(p -> decide(p, words));
        return out;
    }

    /** Counts the words inside lines (those with no mark) in lower case, and apart those written in lower case. */
    private static void count(List<PdfParagraph> paragraphs, Map<String, Integer> words) {
        for (PdfParagraph p : paragraphs) {
            String t = p.text();
            int i = 0;
            while (i < t.length()) {
                int end = wordEnd(t, i);
                if (end > i) {
                    String word = trim(t.substring(i, end));
                    if (!word.isEmpty() && word.indexOf(MARK) < 0) {
                        String lower = word.toLowerCase(Locale.ROOT);
                        words.merge(lower, 1, Integer::sum);
                        if (lower.equals(word)) {
                            words.merge(LOWER + lower, 1, Integer::sum);
                        }
                    }
                    i = end;
                } else {
                    i++;
                }
            }
        }
    }

    private static PdfParagraph decide(PdfParagraph p, Map<String, Integer> words) {
        String t = p.text();
        if (t.indexOf(MARK) < 0) {
            return p;
        }
        StringBuilder b = new StringBuilder(t.length());
        List<Integer> removed = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != MARK) {
                b.append(c);
            } else if (keeps(t, i, words)) {
                b.append('-');
            } else {
                removed.add(i);
            }
        }
        PdfParagraph done = p.withText(b.toString());
        return removed.isEmpty() ? done : done.withSpans(shifted(p.spans(), removed));
    }

    /** Whether the mark at {@code at} is a real hyphen (see the class's comment). */
    static boolean keeps(String t, int at, Map<String, Integer> words) {
        int start = at;
        while (start > 0 && wordChar(t.charAt(start - 1))) {
            start--;
        }
        int end = wordEnd(t, at + 1);
        String word = t.substring(start, end).replace(MARK, '-');
        String hyphenated = trim(word).toLowerCase(Locale.ROOT);
        String joined = trim(t.substring(start, at) + t.substring(at + 1, end)).replace(MARK, '-')
                .toLowerCase(Locale.ROOT);
        int h = words.getOrDefault(hyphenated, 0);
        int j = words.getOrDefault(joined, 0);
        if (h > 0 || j > 0) {
            return h > j;
        }
        int segment = at;
        while (segment > start && t.charAt(segment - 1) != '-' && t.charAt(segment - 1) != MARK) {
            segment--;
        }
        String before = t.substring(segment, at);
        return capitals(before) || name(before, words);
    }

    /** An abbreviation in capitals: two letters or more, none in lower case ("HIV", "PDF"). */
    private static boolean capitals(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && s.codePoints().noneMatch(Character::isLowerCase);
    }

    /** A word with a capital first that the document writes so elsewhere and never in lower case ("Scribe"). */
    private static boolean name(String s, Map<String, Integer> words) {
        String lower = s.toLowerCase(Locale.ROOT);
        return s.length() >= 2 && Character.isUpperCase(s.codePointAt(0)) && words.containsKey(lower)
                && !words.containsKey(LOWER + lower);
    }

    private static List<Span> shifted(List<Span> spans, List<Integer> removed) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int start = s.start() - before(removed, s.start());
            int end = s.end() - before(removed, s.end());
            if (end > start) {
                out.add(new Span(start, end, s.style(), s.target()));
            }
        }
        return out;
    }

    /** How many removed positions lie before {@code x} (they are sorted). */
    private static int before(List<Integer> removed, int x) {
        int n = 0;
        while (n < removed.size() && removed.get(n) < x) {
            n++;
        }
        return n;
    }

    private static int wordEnd(String t, int from) {
        int i = from;
        while (i < t.length() && wordChar(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == MARK;
    }

    /** The word without hyphens at its ends ("-" alone, "well-" of "well- and ill-known"). */
    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == '-' || s.charAt(a) == MARK)) {
            a++;
        }
        while (b > a && (s.charAt(b - 1) == '-' || s.charAt(b - 1) == MARK)) {
            b--;
        }
        return s.substring(a, b);
    }
}
