package app.margin.ui.find;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * How fast {@link TextSearch#findAll} is on a 10 MB article: 2,000 sections of 25 paragraphs of varied words,
 * searched for 100 different queries of 1 to 12 characters, typed keystroke by keystroke. Not a unit test. Run it
 * from the project folder with:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) app.margin.ui.find.FindBenchmark
 * </pre>
 *
 * Each option set (ignore case, match case, whole word) is run once to warm up, then once measured.
 */
public final class FindBenchmark {

    private static final int SECTIONS = 2_000;
    private static final int PARAGRAPHS_PER_SECTION = 25;
    private static final int PARAGRAPH_CHARS = 200;
    private static final int QUERIES = 100;
    private static final String[] SYLLABLES = {
        "al", "be", "con", "de", "er", "for", "ga", "hi", "in", "ju", "ka", "lo", "men", "na", "or", "pre",
        "qui", "ra", "sta", "ti", "un", "ver", "wa", "xe", "yo", "ze", "tion", "ment", "ing", "ous"};

    private FindBenchmark() {}

    public static void main(String[] args) {
        Random random = new Random(42);
        List<String> vocabulary = vocabulary(random, 20_000);
        List<String> blocks = article(random, vocabulary);
        long chars = blocks.stream().mapToLong(String::length).sum();
        List<String> queries = typedQueries(random, vocabulary);
        System.out.printf("%,d blocks, %,d characters; %d queries of 1-12 characters%n",
                blocks.size(), chars, queries.size());

        run("ignore case", blocks, queries, false, false);
        run("match case", blocks, queries, true, false);
        run("whole word, ignore case", blocks, queries, false, true);
    }

    private static void run(String label, List<String> blocks, List<String> queries, boolean matchCase,
                            boolean wholeWord) {
        long firstNanos = 0;
        for (String q : queries) { // warm-up
            long t0 = System.nanoTime();
            TextSearch.findAll(blocks, q, matchCase, wholeWord);
            if (firstNanos == 0) {
                firstNanos = System.nanoTime() - t0;
            }
        }
        double[] ms = new double[queries.size()];
        int maxHits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long t0 = System.nanoTime();
            int hits = TextSearch.findAll(blocks, queries.get(i), matchCase, wholeWord).size();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            maxHits = Math.max(maxHits, hits);
        }
        Arrays.sort(ms);
        System.out.printf("%-24s median %6.1f ms  p99 %6.1f ms  max %6.1f ms  (first cold query %.1f ms;"
                        + " most hits for one query %,d)%n",
                label, ms[ms.length / 2], percentile(ms, 0.99), ms[ms.length - 1], firstNanos / 1e6, maxHits);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static List<String> vocabulary(Random random, int size) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < size) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + random.nextInt(5);
            for (int s = 0; s < syllables; s++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(w.toString());
        }
        return new ArrayList<>(words);
    }

    /** A word drawn with a Zipf-like skew, so a few words are common and most are rare. */
    private static String word(Random random, List<String> vocabulary) {
        double u = random.nextDouble();
        return vocabulary.get((int) (vocabulary.size() * u * u * u));
    }

    private static List<String> article(Random random, List<String> vocabulary) {
        List<String> blocks = new ArrayList<>();
        for (int s = 0; s < SECTIONS; s++) {
            blocks.add(capitalised(word(random, vocabulary)) + " and " + word(random, vocabulary));
            for (int p = 0; p < PARAGRAPHS_PER_SECTION; p++) {
                blocks.add(paragraph(random, vocabulary));
            }
        }
        return blocks;
    }

    private static String paragraph(Random random, List<String> vocabulary) {
        StringBuilder text = new StringBuilder(PARAGRAPH_CHARS + 40);
        boolean sentenceStart = true;
        while (text.length() < PARAGRAPH_CHARS) {
            String w = word(random, vocabulary);
            text.append(sentenceStart ? capitalised(w) : w);
            int r = random.nextInt(12);
            sentenceStart = r == 0;
            text.append(r == 0 ? ". " : r == 1 ? ", " : " ");
        }
        return text.toString().strip();
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** Prefixes of words of 12 or more letters, as a reader types them, until there are 100 different ones. */
    private static List<String> typedQueries(Random random, List<String> vocabulary) {
        Set<String> queries = new LinkedHashSet<>();
        while (queries.size() < QUERIES) {
            String w = word(random, vocabulary);
            if (w.length() < 12) {
                continue;
            }
            for (int n = 1; n <= 12 && queries.size() < QUERIES; n++) {
                queries.add(w.substring(0, n));
            }
        }
        return new ArrayList<>(queries);
    }
}
