package app.margin.article;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: prints where the time of a file's first open goes in a fresh JVM, phase by phase, as the app's open
 * path runs them: the import (parse, find the article, walk the text), the layout the reading pane draws from,
 * the library copy (article JSON) and the content hash the notes are checked against. Then the same again, warm.
 * Without arguments it makes a 5 MB EPUB and a 2 MB web page as {@link FormatsBenchmark} does; give files to
 * measure those instead. Run each file in its own JVM for honest first-open figures:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dslf4j.internal.verbosity=ERROR \
 *     -cp target/classes:target/test-classes:$(cat cp.txt) app.margin.article.FirstOpenBenchmark book.epub</pre>
 */
public final class FirstOpenBenchmark {
    private FirstOpenBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            files.add(Path.of(arg));
        }
        if (files.isEmpty()) {
            Path dir = Files.createTempDirectory("margin-first-open");
            files.add(FormatsBenchmark.novel(dir.resolve("novel.epub")));
            files.add(FormatsBenchmark.page(dir.resolve("long-page.html")));
        }
        System.out.println("file | size | round | import | layout | library copy | content hash | total (each wall ms/CPU ms)");
        for (Path file : files) {
            for (int round = 1; round <= 3; round++) {
                measure(file, round == 1 ? "first" : "again");
            }
        }
    }

    private static void measure(Path file, String round) throws Exception {
        long[] wall = new long[5];
        long[] cpu = new long[5];
        mark(wall, cpu, 0);
        Article article = new ArticleImporter().importFile(file);
        mark(wall, cpu, 1);
        ArticleLayout.of(article);
        mark(wall, cpu, 2);
        ArticleWriter.write(article, OutputStream.nullOutputStream());
        mark(wall, cpu, 3);
        ContentHash.of(article);
        mark(wall, cpu, 4);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s | %.1f MB | %s", file.getFileName(),
                Files.size(file) / 1e6, round));
        for (int i = 1; i <= 4; i++) {
            line.append(String.format(Locale.ROOT, " | %d/%d", ms(wall[i] - wall[i - 1]), ms(cpu[i] - cpu[i - 1])));
        }
        System.out.println(line.append(String.format(Locale.ROOT, " | %d/%d", ms(wall[4] - wall[0]),
                ms(cpu[4] - cpu[0]))));
    }

    /** Wall-clock and this thread's CPU time: on a loaded machine the CPU time is the steadier figure. */
    private static void mark(long[] wall, long[] cpu, int i) {
        wall[i] = System.nanoTime();
        cpu[i] = THREADS.getCurrentThreadCpuTime();
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
