package app.margin.model;

import app.margin.article.ArticleException;
import app.margin.article.ArticleReader;

/**
 * Re-anchoring figures: 50 random highlights (3–12 words), 200 random edits (insert/delete/replace a word,
 * insert a paragraph, delete a sentence, swap two sentences, rename a section id), then every highlight is
 * re-anchored and classified against the tracked ground truth (see {@link ReanchorSimulation}). Runs on the
 * bundled article and on a larger synthetic one, for several seeds. The goal is {@code wrong: 0}.
 *
 * <p>Run from the project folder:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) app.margin.model.ReanchorBenchmark [seeds]
 * </pre>
 */
public final class ReanchorBenchmark {

    private ReanchorBenchmark() {
    }

    public static void main(String[] args) throws ArticleException {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Article bundled = new ArticleReader().readBundled("/articles/us-russia-military-talks.json");
        Article synthetic = ReanchorSimulation.synthetic(bundled, 42, 8, 6);
        run("bundled article", bundled, seeds);
        run("synthetic article (8 sections x 6 paragraphs)", synthetic, seeds);
    }

    private static void run(String name, Article article, int seeds) {
        System.out.println(name);
        int wrong = 0;
        long started = System.nanoTime();
        for (long seed = 1; seed <= seeds; seed++) {
            ReanchorSimulation.Result r = ReanchorSimulation.run(article, seed, 50, 200);
            System.out.println("  seed " + seed + ": " + r.summary() + "   " + r.methods());
            r.wrongCases().forEach(c -> System.out.println("    wrong: " + c));
            wrong += r.wrong();
        }
        System.out.printf("  total wrong: %d, %.1f ms per run%n", wrong, (System.nanoTime() - started) / 1e6 / seeds);
    }
}
