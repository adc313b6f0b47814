package app.margin.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Places random highlights on an article, edits the text at random, re-anchors every highlight and
 * classifies each against the ground truth carried by {@link TrackedArticle}: on the same words, unplaced,
 * or wrong.
 *
 * <p>A placement counts as "same words" when at least {@value #MIN_PRECISION} of its characters are the
 * note's own (original characters of the quote, words written over them, new text inserted between two of
 * them, or new text inserted at an end of the quote where its words were deleted) and it covers at least
 * {@value #MIN_RECALL} of the quote's characters that survived the edits.
 * Anything else placed is wrong, including a placement of a note whose words were all deleted.
 */
final class ReanchorSimulation {

    static final double MIN_PRECISION = 0.75;
    static final double MIN_RECALL = 0.5;

    /** The outcome of one run. */
    record Result(int notes, int edits, int sameWords, int unplaced, int wrong,
                  Map<Resolution.Method, Integer> methods, List<String> wrongCases) {
        String summary() {
            return "notes: " + notes + ", edits: " + edits + ", same words: " + sameWords + ", unplaced: "
                    + unplaced + ", wrong: " + wrong;
        }
    }

    /** A highlight and the origin ids of its characters, which are consecutive: {@code [first, last]}. */
    private record Note(Anchor anchor, Set<Integer> ids, int first, int last) {}

    private ReanchorSimulation() {
    }

    static Result run(Article article, long seed, int noteCount, int editCount) {
        Random rnd = new Random(seed);
        TrackedArticle tracked = new TrackedArticle(article);
        List<String> vocabulary = vocabulary(tracked);
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < noteCount; i++) {
            notes.add(randomNote(rnd, tracked));
        }
        for (int i = 0; i < editCount; i++) {
            tracked.randomEdit(rnd, vocabulary);
        }
        Article changed = tracked.toArticle();
        AnchorResolver resolver = new AnchorResolver(ArticleLayout.of(changed));
        List<List<Integer>> origins = blockOrigins(tracked, ArticleLayout.of(changed));
        int same = 0;
        int unplaced = 0;
        List<String> wrongCases = new ArrayList<>();
        Map<Resolution.Method, Integer> methods = new EnumMap<>(Resolution.Method.class);
        for (Note note : notes) {
            Resolution r = resolver.resolveDetailed(note.anchor());
            methods.merge(r.method(), 1, Integer::sum);
            if (!r.isPlaced()) {
                unplaced++;
            } else if (onSameWords(note, r.placement(), origins)) {
                same++;
            } else {
                Placement p = r.placement();
                String text = ArticleLayout.of(changed).blocks().get(p.blockIndex()).text();
                wrongCases.add(r.method() + " '" + note.anchor().quote().exact() + "' -> '"
                        + text.substring(p.start(), p.end()) + "' (its words there: '"
                        + survivorsIn(note, origins.get(p.blockIndex()), text) + "')");
            }
        }
        return new Result(noteCount, editCount, same, unplaced, wrongCases.size(), methods, wrongCases);
    }

    /**
     * A multi-section article of made-up sentences drawn from the words of {@code source}: {@code sections}
     * sections of {@code paragraphs} paragraphs, each of three to six sentences.
     */
    static Article synthetic(Article source, long seed, int sections, int paragraphs) {
        Random rnd = new Random(seed);
        List<String> vocabulary = vocabulary(new TrackedArticle(source));
        List<Section> list = new ArrayList<>();
        for (int s = 0; s < sections; s++) {
            List<String> ps = new ArrayList<>();
            for (int p = 0; p < paragraphs; p++) {
                ps.add(TrackedArticle.sentences(rnd, vocabulary, 3 + rnd.nextInt(4)));
            }
            list.add(new Section("section-" + s, "Section " + s, ps, List.of()));
        }
        return new Article("synthetic", "Synthetic", null, null, null,
                List.of(TrackedArticle.sentences(rnd, vocabulary, 3)), list, false);
    }

    private static List<String> vocabulary(TrackedArticle tracked) {
        List<String> words = new ArrayList<>();
        for (TrackedArticle.Sec s : tracked.sections) {
            for (TrackedArticle.Para p : s.paras) {
                for (String w : p.text.toString().split(" +")) {
                    String clean = w.replaceAll("[.!?]+$", "");
                    if (!clean.isEmpty()) {
                        words.add(clean);
                    }
                }
            }
        }
        return words;
    }

    /** A highlight of 3 to 12 whole words somewhere in the article. */
    private static Note randomNote(Random rnd, TrackedArticle tracked) {
        while (true) {
            int s = rnd.nextInt(tracked.sections.size());
            TrackedArticle.Sec sec = tracked.sections.get(s);
            if (sec.paras.isEmpty()) {
                continue;
            }
            int pi = rnd.nextInt(sec.paras.size());
            TrackedArticle.Para para = sec.paras.get(pi);
            List<int[]> words = TrackedArticle.words(para);
            int n = 3 + rnd.nextInt(10);
            if (words.size() < n) {
                continue;
            }
            int first = rnd.nextInt(words.size() - n + 1);
            int start = words.get(first)[0];
            int end = words.get(first + n - 1)[1];
            Anchor anchor = Anchor.passage(sec.id, pi, para.text.toString(), start, end);
            return new Note(anchor, new HashSet<>(para.origin.subList(start, end)), para.origin.get(start),
                    para.origin.get(end - 1));
        }
    }

    /** Per block of the changed layout, the origin id of each character (empty lists for non-paragraphs). */
    private static List<List<Integer>> blockOrigins(TrackedArticle tracked, ArticleLayout layout) {
        List<List<Integer>> out = new ArrayList<>();
        for (Block b : layout.blocks()) {
            out.add(List.of());
        }
        for (TrackedArticle.Sec s : tracked.sections) {
            for (int i = 0; i < s.paras.size(); i++) {
                out.set(layout.blockOf(s.id, i), s.paras.get(i).origin);
            }
        }
        return out;
    }

    private static boolean onSameWords(Note note, Placement p, List<List<Integer>> origins) {
        int surviving = 0;
        for (List<Integer> block : origins) {
            for (int id : block) {
                surviving += note.ids().contains(id) ? 1 : 0;
            }
        }
        List<Integer> block = origins.get(p.blockIndex());
        int own = 0;
        int covered = 0;
        for (int i = p.start(); i < p.end(); i++) {
            boolean original = note.ids().contains(block.get(i));
            covered += original ? 1 : 0;
            own += original || insertedIn(note, block, i) ? 1 : 0;
        }
        double precision = (double) own / Math.max(1, p.end() - p.start());
        double recall = surviving == 0 ? 0 : (double) covered / surviving;
        return precision >= MIN_PRECISION && recall >= MIN_RECALL;
    }

    /** The text from the first to the last of the note's surviving characters in a block, or "". */
    private static String survivorsIn(Note note, List<Integer> block, String text) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < block.size(); i++) {
            if (note.ids().contains(block.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? "" : text.substring(first, last + 1);
    }

    /**
     * Whether new text at {@code i} belongs to the note: it sits between two of the note's characters, or
     * next to one where the note's neighbouring characters were deleted (a word deleted and another
     * inserted in its place reads the same as a word replaced).
     */
    private static boolean insertedIn(Note note, List<Integer> block, int i) {
        if (block.get(i) != TrackedArticle.NEW) {
            return false;
        }
        int l = i;
        while (l >= 0 && block.get(l) == TrackedArticle.NEW) {
            l--;
        }
        int r = i;
        while (r < block.size() && block.get(r) == TrackedArticle.NEW) {
            r++;
        }
        boolean leftOwn = l >= 0 && note.ids().contains(block.get(l));
        boolean rightOwn = r < block.size() && note.ids().contains(block.get(r));
        return (leftOwn && rightOwn) || (rightOwn && !leftOwn && block.get(r) != note.first())
                || (leftOwn && !rightOwn && block.get(l) != note.last());
    }
}
