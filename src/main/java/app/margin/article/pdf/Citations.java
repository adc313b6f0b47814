package app.margin.article.pdf;

import app.margin.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered citations as links to their references: in the text, each number of "[12]", "[3, 7]" or "[4–6]" that a
 * list of references ({@link References}) has as an entry becomes a link to that entry, so a reader follows it and
 * comes back with Alt+Left, as a web page's citations do. A citation links to the first list after it in reading
 * order that has every number cited since the list before it (a paper's own, not a sample list printed inside it),
 * else to the first list after it, else to the last one before it. The text is unchanged: the link is a span over the
 * digits. Citations by author and year ("(Knuth, 1986)", "Lamport et al. [1994]") link to the entries of a list by
 * author and year that they name ({@link AuthorYear}), the link over the name and the year. Numbers no list has, and
 * names that fit no entry or more than one, are left as they are.
 */
final class Citations {
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,4}(?:\\s*[,;\u2013\u2014-]\\s*\\d{1,4})*)\\]");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    /** A list's ids start "ref-", "ref2-"… (see {@link References#ID_PREFIX}). */
    private static final Pattern LIST = Pattern.compile(References.ID_PREFIX + "\\d*-");
    /** The most links one paragraph gets: a page of bracketed numbers (a table of data) is not a page of citations. */
    static final int MAX_A_PARAGRAPH = 200;

    private Citations() {}

    /** The paragraphs, those that cite an entry of a list of references with links to it. */
    static List<PdfParagraph> link(List<PdfParagraph> text) {
        // Each list by its ids' prefix ("ref-", "ref2-"): where it starts, and its entries.
        java.util.Map<String, Integer> starts = new java.util.LinkedHashMap<>();
        java.util.Map<String, Set<String>> lists = new java.util.HashMap<>();
        java.util.Map<String, java.util.Map<String, AuthorYear.Entry>> byAuthor = new java.util.HashMap<>();
        for (int i = 0; i < text.size(); i++) {
            PdfParagraph p = text.get(i);
            Matcher list = p.kind() == PdfParagraph.Kind.ITEM && p.id() != null ? LIST.matcher(p.id()) : null;
            if (list != null && list.lookingAt()) {
                String prefix = list.group();
                starts.putIfAbsent(prefix, i);
                lists.computeIfAbsent(prefix, k -> new HashSet<>()).add(p.id());
                AuthorYear.Entry entry = p.marker() == null ? AuthorYear.entry(p.text()) : null;
                if (entry != null) {
                    byAuthor.computeIfAbsent(prefix, k -> new java.util.LinkedHashMap<>())
                            .put(p.id(), entry);
                }
            }
        }
        if (lists.isEmpty()) {
            return text;
        }
        List<String> prefixes = new ArrayList<>(starts.keySet());
        List<Set<Integer>> cited = new ArrayList<>(text.size());
        for (PdfParagraph p : text) {
            cited.add(cites(p) ? numbers(p.text()) : Set.of());
        }
        java.util.Map<Integer, String> chosen = new java.util.HashMap<>();
        List<PdfParagraph> out = new ArrayList<>(text.size());
        for (int i = 0; i < text.size(); i++) {
            PdfParagraph p = text.get(i);
            if (!cites(p)) {
                out.add(p);
                continue;
            }
            int from = 0;
            for (String candidate : prefixes) {
                if (starts.get(candidate) <= i) {
                    from = starts.get(candidate);
                }
            }
            String prefix = chosen.get(from); // the same for every paragraph between two lists' starts
            if (prefix == null) {
                prefix = choose(prefixes, starts, lists, cited, from, i);
                chosen.put(from, prefix);
            }
            out.add(linked(p, prefix, lists.get(prefix), byAuthor.getOrDefault(prefix, java.util.Map.of())));
        }
        return out;
    }

    /** Whether the paragraph's bracketed numbers may be citations (not a list's entry, a heading, a formula, code). */
    private static boolean cites(PdfParagraph p) {
        return p.kind() != PdfParagraph.Kind.ITEM && p.kind() != PdfParagraph.Kind.HEADING
                && p.kind() != PdfParagraph.Kind.EQUATION && p.kind() != PdfParagraph.Kind.CODE;
    }

    /**
     * The list a citation in paragraph {@code i} links to: the first list after it that has every number cited from
     * the list before the citation ({@code from}, or the text's start) up to that list, so that a sample list printed
     * inside a paper (two entries [1] and [2]) does not take the citations of a text that also cites [3] and [4];
     * when none has, the first list after it, else the last one before it.
     */
    private static String choose(List<String> prefixes, java.util.Map<String, Integer> starts,
            java.util.Map<String, Set<String>> lists, List<Set<Integer>> cited, int from, int i) {
        String first = null;
        for (String candidate : prefixes) {
            int start = starts.get(candidate);
            if (start <= i) {
                continue;
            }
            first = first == null ? candidate : first;
            boolean all = true;
            for (int j = from; j < start && all; j++) {
                for (int n : cited.get(j)) {
                    all &= lists.get(candidate).contains(candidate + n);
                }
            }
            if (all) {
                return candidate;
            }
        }
        return first != null ? first : prefixes.get(prefixes.size() - 1);
    }

    /** The numbers a text cites in brackets ("[12]", "[3, 7]", "[4–6]"). */
    private static Set<Integer> numbers(String text) {
        Set<Integer> out = new HashSet<>();
        Matcher m = CITATION.matcher(text);
        while (m.find() && out.size() < MAX_A_PARAGRAPH) {
            Matcher n = NUMBER.matcher(text).region(m.start(1), m.end(1));
            while (n.find()) {
                out.add(Integer.parseInt(n.group()));
            }
        }
        return out;
    }

    private static PdfParagraph linked(PdfParagraph p, String prefix, Set<String> ids,
            java.util.Map<String, AuthorYear.Entry> byAuthor) {
        Matcher m = CITATION.matcher(p.text());
        List<Span> links = new ArrayList<>();
        // The document's own links over a citation give way to it (see LinkTargets): they take no place here.
        List<Span> own = p.spans().stream().filter(s -> PdfLinks.pendingLink(s) < 0).toList();
        while (m.find() && links.size() < MAX_A_PARAGRAPH) {
            Matcher n = NUMBER.matcher(p.text()).region(m.start(1), m.end(1));
            while (n.find()) {
                String id = prefix + Integer.parseInt(n.group());
                if (ids.contains(id) && !overlaps(own, n.start(), n.end())) {
                    links.add(new Span(n.start(), n.end(), Span.Style.LINK, "#" + id));
                }
            }
        }
        List<Span> taken = new ArrayList<>(own);
        taken.addAll(links);
        links.addAll(AuthorYear.links(p, byAuthor, taken, MAX_A_PARAGRAPH - links.size()));
        if (links.isEmpty()) {
            return p;
        }
        List<Span> all = new ArrayList<>(p.spans());
        all.addAll(links);
        all.sort(Comparator.comparingInt(Span::start));
        return p.withSpans(all);
    }

    private static boolean overlaps(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }
}
