package app.margin.store;

import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Library search at 200 articles (40 sections of 5 paragraphs each) and 20,000 notes; prints the median and
 * worst query time of a set of queries, common and rare words. Not part of {@code mvn test}: run its main.
 */
public final class SearchBenchmark {

    private static final String[] WORDS = ("river stone light reader margin history garden winter letter city "
            + "memory science water island music paper window forest market language night voice silver engine "
            + "theory mountain harbour school mirror signal").split(" ");

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("margin-search-bench");
        Random random = new Random(13);
        try (AnnotationStore store = StoreOpener.open(dir, TestNotes.day("2025-03-01")).store()) {
            LibrarySearch search = LibrarySearch.of(store);
            long start = System.nanoTime();
            for (int a = 0; a < 200; a++) {
                search.indexArticle(article(a, random));
            }
            Instant t = Instant.parse("2025-03-01T08:00:00Z");
            for (int a = 0; a < 200; a++) {
                String articleId = "article-" + a;
                List<Note> notes = new ArrayList<>();
                for (int k = 0; k < 100; k++) {
                    int n = a * 100 + k;
                    notes.add(new Note("note-" + n, articleId, "hash", NoteKind.HIGHLIGHT,
                            Anchor.passage("s-" + (n % 40), n % 5, "quoted words", 0, 6), HighlightColor.YELLOW,
                            sentence(random, 12), List.of(WORDS[n % WORDS.length]), t, t));
                }
                store.importAnnotations(articleId, notes, List.of());
            }
            System.out.printf("built: 200 articles, 20,000 notes in %.1f s%n", (System.nanoTime() - start) / 1e9);
            String[] queries = {"river", "riv", "stone light", "garden winter letter", "zebra", "sig", "m",
                    "harbour \"school", "note-17", "(memory) OR"};
            for (int warm = 0; warm < 20; warm++) {
                search.search(queries[warm % queries.length]);
            }
            long[] times = new long[queries.length * 10];
            int hits = 0;
            for (int i = 0; i < times.length; i++) {
                long q = System.nanoTime();
                hits += search.search(queries[i % queries.length]).hitCount();
                times[i] = System.nanoTime() - q;
            }
            for (int q = 0; q < queries.length; q++) {
                long[] mine = new long[10];
                for (int r = 0; r < 10; r++) {
                    mine[r] = times[r * queries.length + q];
                }
                Arrays.sort(mine);
                System.out.printf("  %-24s median %6.1f ms%n", queries[q], mine[5] / 1e6);
            }
            Arrays.sort(times);
            System.out.printf("query: median %.1f ms, 90th %.1f ms, worst %.1f ms (%d queries, %d hits)%n",
                    times[times.length / 2] / 1e6, times[times.length * 9 / 10] / 1e6,
                    times[times.length - 1] / 1e6, times.length, hits);
        }
    }

    private static Article article(int a, Random random) {
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 5; p++) {
                paragraphs.add(sentence(random, 60));
            }
            sections.add(new Section("s-" + s, "Section " + s, paragraphs, List.of()));
        }
        return new Article("article-" + a, "Article " + a, null, null, null, List.of(), sections, false);
    }

    private static String sentence(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            out.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(8) == 0) {
                out.append("s").append(random.nextInt(500));
            }
        }
        return out.append('.').toString();
    }

    private SearchBenchmark() {}
}
