package app.margin.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An article being edited whose every character remembers where it came from: each original character
 * has a unique origin id, a word written over another word inherits the ids of the one it replaced, and
 * wholly new text has origin {@link #NEW}. This is the ground truth the re-anchoring benchmark checks
 * placements against. Sections are flat; the lead is the first one and is never renamed.
 */
final class TrackedArticle {

    static final int NEW = -1;

    /** One paragraph: its text and, per character, the origin id. */
    static final class Para {
        final StringBuilder text = new StringBuilder();
        final List<Integer> origin = new ArrayList<>();

        void insert(int at, String s, int id) {
            text.insert(at, s);
            for (int i = 0; i < s.length(); i++) {
                origin.add(at + i, id);
            }
        }

        void delete(int from, int to) {
            text.delete(from, to);
            origin.subList(from, to).clear();
        }
    }

    static final class Sec {
        String id;
        final String title;
        final List<Para> paras = new ArrayList<>();

        Sec(String id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    final List<Sec> sections = new ArrayList<>();
    private final String articleId;
    private final String title;
    private int nextId;
    private int renames;

    /** The article flattened: the lead, then every section in reading order with its children after it. */
    TrackedArticle(Article article) {
        articleId = article.id();
        title = article.title();
        Sec lead = new Sec(Article.LEAD_SECTION_ID, title);
        article.lead().forEach(p -> lead.paras.add(original(p)));
        sections.add(lead);
        article.sections().forEach(this::flatten);
    }

    private void flatten(Section s) {
        Sec sec = new Sec(s.id(), s.title());
        s.paragraphs().forEach(p -> sec.paras.add(original(p)));
        sections.add(sec);
        s.children().forEach(this::flatten);
    }

    private Para original(String text) {
        Para p = new Para();
        p.text.append(text);
        for (int i = 0; i < text.length(); i++) {
            p.origin.add(nextId++);
        }
        return p;
    }

    Article toArticle() {
        List<String> lead = sections.get(0).paras.stream().map(p -> p.text.toString()).toList();
        List<Section> rest = new ArrayList<>();
        for (Sec s : sections.subList(1, sections.size())) {
            rest.add(new Section(s.id, s.title, s.paras.stream().map(p -> p.text.toString()).toList(), List.of()));
        }
        return new Article(articleId, title, null, null, null, lead, rest, false);
    }

    // ---- Edits --------------------------------------------------------------------------------------

    /** Applies one random edit of one of seven kinds; returns its name. */
    String randomEdit(Random rnd, List<String> vocabulary) {
        Para p = randomPara(rnd);
        int kind = rnd.nextInt(7);
        if (p == null || (kind <= 2 && words(p).isEmpty())) {
            kind = 3;
        }
        switch (kind) {
            case 0 -> {
                int at = words(p).get(rnd.nextInt(words(p).size()))[0];
                p.insert(at, pick(rnd, vocabulary) + " ", NEW);
                return "insert word";
            }
            case 1 -> {
                int[] w = words(p).get(rnd.nextInt(words(p).size()));
                int to = w[1] < p.text.length() && p.text.charAt(w[1]) == ' ' ? w[1] + 1 : w[1];
                p.delete(w[0], to);
                dropIfEmpty(p);
                return "delete word";
            }
            case 2 -> {
                int[] w = words(p).get(rnd.nextInt(words(p).size()));
                replace(p, w[0], w[1], pick(rnd, vocabulary));
                return "replace word";
            }
            case 3 -> {
                Sec s = sections.get(rnd.nextInt(sections.size()));
                Para fresh = new Para();
                fresh.insert(0, sentences(rnd, vocabulary, 1 + rnd.nextInt(3)), NEW);
                s.paras.add(rnd.nextInt(s.paras.size() + 1), fresh);
                return "insert paragraph";
            }
            case 4 -> {
                List<int[]> ss = sentenceSpans(p);
                int[] s = ss.get(rnd.nextInt(ss.size()));
                p.delete(s[0], s[1]);
                dropIfEmpty(p);
                return "delete sentence";
            }
            case 5 -> {
                List<int[]> ss = sentenceSpans(p);
                if (ss.size() < 2) {
                    return "swap sentences (none)";
                }
                int i = rnd.nextInt(ss.size() - 1);
                swap(p, ss.get(i), ss.get(i + 1));
                return "swap sentences";
            }
            default -> {
                if (sections.size() < 2) {
                    return "rename section (none)";
                }
                Sec s = sections.get(1 + rnd.nextInt(sections.size() - 1));
                s.id = s.id + "-r" + (++renames);
                return "rename section";
            }
        }
    }

    private Para randomPara(Random rnd) {
        List<Para> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.paras));
        return all.isEmpty() ? null : all.get(rnd.nextInt(all.size()));
    }

    private void dropIfEmpty(Para p) {
        if (p.text.toString().isBlank()) {
            sections.forEach(s -> s.paras.remove(p));
        }
    }

    /** The new word takes over the old word's origin ids, spread over its length. */
    private static void replace(Para p, int from, int to, String word) {
        List<Integer> old = new ArrayList<>(p.origin.subList(from, to));
        p.delete(from, to);
        p.text.insert(from, word);
        for (int i = 0; i < word.length(); i++) {
            p.origin.add(from + i, old.get(i * old.size() / word.length()));
        }
    }

    private static void swap(Para p, int[] a, int[] b) {
        String first = p.text.substring(a[0], a[1]);
        String second = p.text.substring(b[0], b[1]);
        List<Integer> firstIds = new ArrayList<>(p.origin.subList(a[0], a[1]));
        List<Integer> secondIds = new ArrayList<>(p.origin.subList(b[0], b[1]));
        p.text.replace(a[0], b[1], second + first);
        p.origin.subList(a[0], b[1]).clear();
        p.origin.addAll(a[0], secondIds);
        p.origin.addAll(a[0] + secondIds.size(), firstIds);
        // a sentence that ended the paragraph has no trailing space; keep one between the two
        if (!second.endsWith(" ") && first.endsWith(" ")) {
            int at = a[0] + second.length();
            p.insert(at, " ", NEW);
            p.delete(a[0] + second.length() + first.length(), a[0] + second.length() + first.length() + 1);
        }
    }

    /** {start, end} of each word (a run of non-spaces). */
    static List<int[]> words(Para p) {
        List<int[]> out = new ArrayList<>();
        String t = p.text.toString();
        for (int i = 0; i < t.length(); ) {
            if (t.charAt(i) == ' ') {
                i++;
                continue;
            }
            int j = i;
            while (j < t.length() && t.charAt(j) != ' ') {
                j++;
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    /** {start, end} of each sentence, including the spaces after it. */
    private static List<int[]> sentenceSpans(Para p) {
        List<int[]> out = new ArrayList<>();
        String t = p.text.toString();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean ends = (c == '.' || c == '!' || c == '?') && (i + 1 == t.length() || t.charAt(i + 1) == ' ');
            if (ends) {
                int end = i + 1;
                while (end < t.length() && t.charAt(end) == ' ') {
                    end++;
                }
                out.add(new int[] {start, end});
                start = end;
                i = end - 1;
            }
        }
        if (start < t.length()) {
            out.add(new int[] {start, t.length()});
        }
        return out;
    }

    static String sentences(Random rnd, List<String> vocabulary, int count) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < count; s++) {
            int n = 8 + rnd.nextInt(13);
            for (int w = 0; w < n; w++) {
                String word = pick(rnd, vocabulary);
                b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                b.append(w == n - 1 ? ". " : " ");
            }
        }
        return b.toString().trim();
    }

    private static String pick(Random rnd, List<String> vocabulary) {
        return vocabulary.get(rnd.nextInt(vocabulary.size()));
    }
}
