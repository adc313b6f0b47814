package app.margin.article.pdf;

import app.margin.model.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations by author and year: an entry of a list of references that starts with its authors and has its year
 * early ("Donald E. Knuth. 1984.", "Knuth, D. E. (1984a)", "G. Kavoulakis and G. Baym, Phys. Rev. B 53, 7227
 * (1996)"), and the text's citations of it ("(Knuth, 1984)", "(Knuth 1984; Lamport 1994)", "Knuth [1984]",
 * "Lamport et al. (1994)", "Smith and Jones, 2001", "Goossens, Mittelbach et Samarin (1994)", "Hörmander 1985a,
 * 1985b"), matched by the first author's surname and the year (its letter too), and by the last author's surname
 * when two or more are named. A citation that fits no entry, or more than one, is left alone.
 */
final class AuthorYear {
    private static final String YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)[a-z]?";
    /** An entry's year: the first one in it that is not part of a longer number, a page range or an identifier. */
    private static final Pattern ENTRY_YEAR = Pattern.compile("(?<![\\p{L}\\d/.:\\-])(" + YEAR + ")(?![\\d\\p{L}\\-/])");
    /** A surname as the text cites it: "Knuth", "McCallum", "O’Neil", "Kuwata-Gonokami", "IEEE". */
    private static final String NAME = "\\p{Lu}[\\p{L}’'\\-]*\\p{L}";
    private static final String AND = "(?:and|&|et|und|y)";
    private static final Pattern CITATION = Pattern.compile("(?<![\\p{L}\\d])(" + NAME + ")"
            + "(?:(?:,\\s" + NAME + ")*,?\\s" + AND + "\\s(" + NAME + ")|\\set\\sal\\.?)?(?:’s|'s)?,?\\s[\\[(]?"
            + "(" + YEAR + ")((?:,\\s?(?:" + YEAR + "|[a-z](?![\\p{L}\\d])))*)(?![\\d\\p{L}])");
    /** The further years after a citation's first ("1986a, 1986b", "1986a,b"). */
    private static final Pattern MORE = Pattern.compile(YEAR + "|[a-z]");
    /** Where the first author's name ends: a comma, "and", "(Ed.)". */
    private static final Pattern FIRST_END = Pattern.compile(",|\\s" + AND + "\\s|\\s\\(");
    /** Two authors or more. */
    private static final Pattern TOGETHER = Pattern.compile("\\s" + AND + "\\s|et al");
    /** Entries start with a capital, or a particle before one ("van der Berg", "de Gaulle"). */
    private static final Pattern STARTS = Pattern.compile(
            "^(?:(?:van|von|der|den|de|del|della|di|da|du|la|le)\\s)*\\p{Lu}.*", Pattern.DOTALL);

    /** The longest stretch before an entry's year that can be its authors. */
    static final int AUTHORS_AT_MOST = 200;

    private AuthorYear() {}

    /**
     * An entry of a list of references by author and year.
     *
     * @param key     its first author's surname and its year, made plain for an element id ("knuth-1984a")
     * @param first   the words of its first author's name, made plain (lower case, accents off)
     * @param authors the words before its year, made plain
     * @param year    its year with its letter ("1984a")
     * @param alone   whether it has one author
     */
    record Entry(String key, List<String> first, List<String> authors, String year, boolean alone) {}

    /** The paragraph's text as an entry by author and year, or {@code null} when it does not start as one. */
    static Entry entry(String text) {
        if (!STARTS.matcher(text).matches()) {
            return null;
        }
        Matcher y = ENTRY_YEAR.matcher(text);
        if (!y.find() || y.start() > AUTHORS_AT_MOST) {
            return null;
        }
        String names = text.substring(0, y.start());
        Matcher end = FIRST_END.matcher(names);
        boolean ends = end.find();
        String firstAuthor = ends ? names.substring(0, end.start()) : names;
        List<String> first = words(firstAuthor);
        if (first.isEmpty() || firstAuthor.chars().anyMatch(c -> Character.isDigit(c) || c == ':')) {
            return null; // not a name: "Solid State Communications 134", "D: METAFONT: The Program"
        }
        // The surname: before the comma ("Knuth, D. E."), else the last word ("Donald E. Knuth").
        boolean inverted = ends && names.charAt(end.start()) == ',' && firstAuthor.strip().indexOf(' ') < 0;
        String surname = inverted ? first.get(0) : first.get(first.size() - 1);
        long commas = names.chars().filter(c -> c == ',').count();
        boolean alone = !TOGETHER.matcher(names).find() && commas <= (inverted ? 1 : 0);
        String year = y.group(1);
        return new Entry(surname.replaceAll("[^a-z0-9]", "") + "-" + year, first, words(names), year, alone);
    }

    /** A text's words of two letters or more, lower case, accents off. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : plain(text).split("[^\\p{L}\\d]+")) {
            if (w.length() >= 2) {
                out.add(w);
            }
        }
        return out;
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Links from the paragraph's author-year citations to the entries (by id) that they name, one each, over the
     * name and the year ("Knuth (1984)" whole); at most {@code max} links, none over a span in {@code taken}.
     */
    static List<Span> links(PdfParagraph p, Map<String, Entry> entries, List<Span> taken, int max) {
        List<Span> out = new ArrayList<>();
        if (entries.isEmpty()) {
            return out;
        }
        String text = p.text();
        Matcher m = CITATION.matcher(text);
        int from = 0;
        while (out.size() < max && m.find(from)) {
            int before = out.size();
            String surname = plain(m.group(1));
            String second = m.group(2) == null ? null : plain(m.group(2));
            boolean etAl = m.group(2) == null && m.group(0).contains("et al");
            String year = m.group(3);
            int end = m.end(3);
            String between = text.substring(m.end(1), m.start(3));
            if (end < text.length() && (between.endsWith("(") && text.charAt(end) == ')'
                    || between.endsWith("[") && text.charAt(end) == ']')) {
                end++; // "Knuth (1984)" whole
            }
            add(out, taken, m.start(1), end, unique(entries, surname, second, etAl, year));
            Matcher more = MORE.matcher(text).region(m.start(4), m.end(4));
            while (more.find() && out.size() < max) {
                String next = more.group().length() == 1 ? year.replaceAll("[a-z]$", "") + more.group() : more.group();
                add(out, taken, more.start(), more.end(), unique(entries, surname, second, etAl, next));
            }
            // When nothing fitted, the names may start later ("Moreover, Goossens, Mittelbach et Samarin (1994)").
            from = out.size() > before ? m.end() : m.start(1) + 1;
        }
        return out;
    }

    private static void add(List<Span> out, List<Span> taken, int start, int end, String id) {
        if (id == null) {
            return;
        }
        for (Span s : taken) {
            if (s.start() < end && start < s.end()) {
                return;
            }
        }
        out.add(new Span(start, end, Span.Style.LINK, "#" + id));
    }

    /**
     * The id of the one entry the citation names, or {@code null}: none does, or more than one and the number of
     * authors ("Lamport 1994" against "Lamport et al. 1994") does not tell them apart.
     */
    private static String unique(Map<String, Entry> entries, String surname, String second, boolean etAl,
            String year) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            if (entry.year().equals(year) && entry.first().contains(surname)
                    && (second == null || entry.authors().contains(second))) {
                found.add(e.getKey());
            }
        }
        if (found.size() > 1) {
            boolean alone = second == null && !etAl;
            found.removeIf(id -> entries.get(id).alone() != alone);
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    /** An entry's id, made from its key, each once ("ref-knuth-1984", "ref-knuth-1984-2"). */
    static String id(String prefix, Entry entry, Map<String, Integer> used) {
        String base = prefix + entry.key();
        int n = used.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    /** A new record of the ids given, for {@link #id}. */
    static Map<String, Integer> ids() {
        return new HashMap<>();
    }
}
