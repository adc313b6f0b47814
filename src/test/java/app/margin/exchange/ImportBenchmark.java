package app.margin.exchange;

import app.margin.model.Anchor;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * How long importing an export of 100,000 notes takes: reading and checking the file, then merging it into an
 * empty store in one transaction, then importing it again (all unchanged). With {@code --per-note} it also times
 * the old way, one transaction per note (17.8 s before the batch import). Not a unit test. Run it from the
 * project folder with:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) app.margin.exchange.ImportBenchmark [--per-note]
 * </pre>
 */
public final class ImportBenchmark {

    private static final int NOTES = 100_000;
    private static final String ARTICLE = "benchmark-article";

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean perNote = List.of(args).contains("--per-note");
        Path dir = Files.createTempDirectory("margin-import-benchmark");
        try {
            run(dir, perNote);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path dir, boolean perNote) throws Exception {
        Path file = dir.resolve("notes.json");
        AnnotationExport.write(file, new ExportData(new ExportData.ArticleRef(ARTICLE, "Benchmark", "hash"),
                Instant.now(), notes(), List.of()));
        System.out.printf("Import benchmark, %,d notes, %.1f MiB file (%s)%n", NOTES, Files.size(file) / 1048576.0, dir);

        long start = System.nanoTime();
        ExportData data = AnnotationExport.read(file);
        long read = System.nanoTime() - start;
        List<Note> perNoteNotes;
        try (AnnotationStore store = StoreOpener.open(dir.resolve("data"), Clock.systemUTC()).store()) {
            start = System.nanoTime();
            MergeResult first = AnnotationMerge.merge(store, data, ARTICLE);
            long merged = System.nanoTime() - start;
            perNoteNotes = perNote ? data.notes() : List.of();
            data = null; // as in the app, one import's notes are in memory at a time
            start = System.nanoTime();
            MergeResult again = AnnotationMerge.merge(store, AnnotationExport.read(file), ARTICLE);
            long second = System.nanoTime() - start;
            System.out.printf("  read and check the file: %8.0f ms%n", read / 1e6);
            System.out.printf("  import into empty store: %8.0f ms, one transaction (%s)%n", merged / 1e6,
                    first.summary());
            System.out.printf("  read + import:           %8.0f ms%n", (read + merged) / 1e6);
            System.out.printf("  same file again:         %8.0f ms including reading (%s)%n", second / 1e6,
                    again.summary());
        }
        if (perNote) {
            try (AnnotationStore store = StoreOpener.open(dir.resolve("per-note"), Clock.systemUTC()).store()) {
                start = System.nanoTime();
                for (Note note : perNoteNotes) {
                    store.saveNote(note);
                }
                System.out.printf("  one transaction a note:  %8.0f ms%n", (System.nanoTime() - start) / 1e6);
            }
        }
    }

    private static List<Note> notes() {
        String paragraph = "A paragraph of an article that a reader marks up, long enough to quote from, and then"
                + " some more words so that the quote has context on both sides of it.";
        String text = "A sentence or two about the passage and what it means for the argument. #";
        Instant t = Instant.parse("2025-03-01T09:00:00Z");
        List<Note> notes = new ArrayList<>(NOTES);
        for (int i = 0; i < NOTES; i++) {
            Instant when = t.plusSeconds(i);
            notes.add(new Note(UUID.randomUUID().toString(), ARTICLE, "hash", NoteKind.HIGHLIGHT,
                    Anchor.passage("section-" + i % 40, i % 25, paragraph, 30, 70), HighlightColor.BLUE, text + i,
                    List.of("benchmark", "tag" + i % 7), when, when));
        }
        return notes;
    }
}
