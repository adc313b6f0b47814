package app.margin.store;

import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Library search at 200 articles (40 sections of 5 paragraphs of about 60 words each: 40,000 paragraphs) and
 * 20,000 notes with tags. The words follow Zipf's law over a vocabulary of 30,000 (the 60 commonest English words
 * first, then made-up words of two to four syllables), as the words of real prose do, so "the" is in nearly every
 * paragraph and most words are rare. Prints the median and 95th percentile of each query shape, then what the
 * search index's triggers add to one note save. Not part of {@code mvn test}: run its main.
 */
public final class SearchBenchmark {

    private static final String[] COMMON = ("the of and to a in is it you that he was for on are with as his they be"
            + " at one have this from or had by not word but what some we can out other were all there when up use"
            + " your how said an each she which do their time if will way about many then them write would").split(" ");
    private static final String[] SYLLABLES = ("ka ri mo len sta por vi tu gra nel cho fen da li ser om bra tec qui"
            + " mar sol ven dor pla tri ste gon fal ber cu ra ne ti").split(" ");
    private static final int VOCABULARY = 30_000;
    private static final int ROUNDS = 40;
    /** The query runs in SQLite's C code on the calling thread, so its CPU time counts it on a busy machine too. */
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("margin-search-bench");
        Random random = new Random(13);
        String[] words = vocabulary(random);
        double[] zipf = zipf(words.length, 1.07);
        try (AnnotationStore store = StoreOpener.open(dir, TestNotes.day("2025-03-01")).store()) {
            LibrarySearch search = LibrarySearch.of(store);
            long start = System.nanoTime();
            for (int a = 0; a < 200; a++) {
                search.indexArticle(article(a, random, words, zipf));
            }
            Instant t = Instant.parse("2025-03-01T08:00:00Z");
            for (int a = 0; a < 200; a++) {
                String articleId = "article-" + a;
                List<Note> notes = new ArrayList<>();
                for (int k = 0; k < 100; k++) {
                    int n = a * 100 + k;
                    notes.add(new Note("note-" + n, articleId, "hash", NoteKind.HIGHLIGHT,
                            Anchor.passage("s-" + (n % 40), n % 5, "quoted words", 0, 6), HighlightColor.YELLOW,
                            sentence(random, 12, words, zipf), List.of(words[60 + n % 500]), t, t));
                }
                store.importAnnotations(articleId, notes, List.of());
            }
            System.out.printf("built: 200 articles (40,000 paragraphs), 20,000 notes in %.1f s; database %.0f MB%n",
                    (System.nanoTime() - start) / 1e9, Files.size(dir.resolve("margin.db")) / 1e6);
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("commonest word", "the");
            queries.put("common word", words[20]);
            queries.put("mid word", words[400]);
            queries.put("rare word", words[20_000]);
            queries.put("two words", words[20] + " " + words[300]);
            queries.put("three words", words[5] + " " + words[90] + " " + words[700]);
            queries.put("1 letter", "t");
            queries.put("2-letter prefix", "ka");
            queries.put("3-letter prefix", "kar");
            queries.put("4-letter prefix", words[1000].substring(0, 4));
            queries.put("tag", words[61]);
            queries.put("no match", "zzyzx");
            queries.put("hostile", "\"" + words[30] + " (OR NEAR* ^:-");
            for (int warm = 0; warm < 3; warm++) {
                for (String q : queries.values()) {
                    search.search(q);
                }
            }
            List<Long> all = new ArrayList<>();
            for (Map.Entry<String, String> q : queries.entrySet()) {
                long[] times = new long[ROUNDS];
                long[] cpu = new long[ROUNDS];
                int hits = 0;
                for (int r = 0; r < ROUNDS; r++) {
                    long begin = System.nanoTime();
                    long cpuBegin = THREADS.getCurrentThreadCpuTime();
                    hits = search.search(q.getValue()).hitCount();
                    cpu[r] = THREADS.getCurrentThreadCpuTime() - cpuBegin;
                    times[r] = System.nanoTime() - begin;
                    all.add(times[r]);
                }
                Arrays.sort(times);
                Arrays.sort(cpu);
                System.out.printf("  %-16s %-28s median %6.2f ms, p95 %6.2f ms; CPU median %6.2f ms (%d hits)%n",
                        q.getKey(), "“" + shortened(q.getValue()) + "”", times[ROUNDS / 2] / 1e6,
                        times[ROUNDS * 95 / 100] / 1e6, cpu[ROUNDS / 2] / 1e6, hits);
            }
            long[] everything = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("all queries: median %.2f ms, p95 %.2f ms, worst %.2f ms (%d queries)%n",
                    everything[everything.length / 2] / 1e6, everything[everything.length * 95 / 100] / 1e6,
                    everything[everything.length - 1] / 1e6, everything.length);
            noteSaveCost(store, dir, random, words, zipf, t);
        }
    }

    /** One note saved (edited), median and p95, with the index's triggers and without them. */
    private static void noteSaveCost(AnnotationStore store, Path dir, Random random, String[] words, double[] zipf,
                                     Instant t) throws Exception {
        long[][] with = saves(store, random, words, zipf, t);
        try (Connection connection = Sqlite.openForWriting(dir.resolve("margin.db"));
                Statement statement = connection.createStatement()) {
            for (String change : List.of("insert", "update", "delete")) {
                statement.execute("DROP TRIGGER notes_search_" + change);
            }
        }
        long[][] without = saves(store, random, words, zipf, t);
        System.out.printf("note save (an edit, 30 words, 2 tags), %d saves each:%n", with[0].length);
        System.out.printf("  with the index's triggers: median %.2f ms, p95 %.2f ms; CPU median %.2f ms, p95 %.2f ms%n",
                with[0][with[0].length / 2] / 1e6, with[0][with[0].length * 95 / 100] / 1e6,
                with[1][with[1].length / 2] / 1e6, with[1][with[1].length * 95 / 100] / 1e6);
        System.out.printf("  without them:              median %.2f ms, p95 %.2f ms; CPU median %.2f ms, p95 %.2f ms%n",
                without[0][without[0].length / 2] / 1e6, without[0][without[0].length * 95 / 100] / 1e6,
                without[1][without[1].length / 2] / 1e6, without[1][without[1].length * 95 / 100] / 1e6);
    }

    /** Wall-clock and CPU times of 300 saves, each sorted. */
    private static long[][] saves(AnnotationStore store, Random random, String[] words, double[] zipf, Instant t)
            throws StoreException {
        long[] times = new long[300];
        long[] cpu = new long[times.length];
        for (int i = 0; i < times.length; i++) {
            int n = random.nextInt(20_000);
            Note note = new Note("note-" + n, "article-" + n / 100, "hash", NoteKind.HIGHLIGHT,
                    Anchor.passage("s-1", 1, "quoted words", 0, 6), HighlightColor.GREEN,
                    sentence(random, 30, words, zipf), List.of(words[60 + i % 500], "exam"), t, t.plusSeconds(i));
            long begin = System.nanoTime();
            long cpuBegin = THREADS.getCurrentThreadCpuTime();
            store.saveNote(note);
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuBegin;
            times[i] = System.nanoTime() - begin;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        return new long[][] {times, cpu};
    }

    private static String shortened(String q) {
        return q.length() <= 24 ? q : q.substring(0, 23) + "…";
    }

    private static String[] vocabulary(Random random) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(Arrays.asList(COMMON));
        while (out.size() < VOCABULARY) {
            StringBuilder w = new StringBuilder();
            for (int s = 2 + random.nextInt(3); s > 0; s--) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            out.add(w.toString());
        }
        return out.toArray(String[]::new);
    }

    /** The cumulative Zipf distribution over {@code n} ranks. */
    private static double[] zipf(int n, double s) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1 / Math.pow(k + 1, s);
            cumulative[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= sum;
        }
        return cumulative;
    }

    private static String word(Random random, String[] words, double[] zipf) {
        int k = Arrays.binarySearch(zipf, random.nextDouble());
        return words[Math.min(words.length - 1, k < 0 ? -k - 1 : k)];
    }

    private static Article article(int a, Random random, String[] words, double[] zipf) {
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 5; p++) {
                paragraphs.add(sentence(random, 60, words, zipf));
            }
            sections.add(new Section("s-" + s, "Section " + s, paragraphs, List.of()));
        }
        return new Article("article-" + a, "Article " + a, null, null, null, List.of(), sections, false);
    }

    private static String sentence(Random random, int count, String[] words, double[] zipf) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < count; w++) {
            out.append(w == 0 ? "" : random.nextInt(12) == 0 ? ". " : " ").append(word(random, words, zipf));
        }
        return out.append('.').toString();
    }

    private SearchBenchmark() {}
}
