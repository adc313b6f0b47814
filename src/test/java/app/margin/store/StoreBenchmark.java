package app.margin.store;

import app.margin.model.Anchor;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * How fast the store is for one article with 10,000 notes, each saved in its own transaction as the app does.
 * Not a unit test. Run it from the project folder with:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) app.margin.store.StoreBenchmark [dataDir]
 * </pre>
 *
 * Without {@code dataDir} it uses a temporary folder and deletes it afterwards. The disk matters: every save
 * waits for an fsync.
 */
public final class StoreBenchmark {

    private static final int NOTES = 10_000;

    private StoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean temporary = args.length == 0;
        Path dataDir = temporary ? Files.createTempDirectory("margin-benchmark") : Path.of(args[0]);
        try {
            run(dataDir);
        } finally {
            if (temporary) {
                try (Stream<Path> files = Files.walk(dataDir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void run(Path dataDir) throws Exception {
        String paragraph = "A paragraph of an article that a reader marks up, long enough to quote from.";
        long[] saveNanos = new long[NOTES];
        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            long start = System.nanoTime();
            for (int i = 0; i < NOTES; i++) {
                Instant now = Instant.now();
                Note note = new Note(UUID.randomUUID().toString(), "benchmark-article", "hash", NoteKind.HIGHLIGHT,
                        Anchor.passage("s-" + i % 40, i % 25, paragraph, 2, 30), HighlightColor.BLUE,
                        "A note of a typical length, a sentence or two about the passage. #" + i,
                        List.of("benchmark", "tag" + i % 7), now, now);
                long before = System.nanoTime();
                store.saveNote(note);
                saveNanos[i] = System.nanoTime() - before;
            }
            long inserted = System.nanoTime() - start;

            store.notes("benchmark-article"); // warm-up
            long loadStart = System.nanoTime();
            int loaded = store.notes("benchmark-article").size();
            long load = System.nanoTime() - loadStart;

            Arrays.sort(saveNanos);
            System.out.printf("Store benchmark, %d notes on one article, one transaction each (%s)%n", NOTES, dataDir);
            System.out.printf("  insert all:      %8.1f ms (%.0f notes/s)%n", inserted / 1e6, NOTES / (inserted / 1e9));
            System.out.printf("  load all:        %8.1f ms (%d notes)%n", load / 1e6, loaded);
            System.out.printf("  add one, median: %8.3f ms%n", saveNanos[NOTES / 2] / 1e6);
            System.out.printf("  add one, p99:    %8.3f ms%n", saveNanos[(int) (NOTES * 0.99)] / 1e6);
        }
    }
}
