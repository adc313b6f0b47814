package app.margin.exchange.readers;

import app.margin.exchange.MergeResult;
import app.margin.model.Article;
import app.margin.model.Section;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * How long placing 5,000 Kindle highlights over 50 library books takes (the target is under 5 s): reading the
 * clippings, matching the books, finding every highlight's words, then the one store transaction, and a second
 * import of the same file. Books are generated (20 chapters of 20 paragraphs of about 700 characters, about 280,000
 * characters a book); a tenth of the highlights have typographic quotes where the book has straight ones. Not a unit
 * test; it prints wall and CPU time, as a busy machine stretches the first. Run it from the project folder with:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) app.margin.exchange.readers.ReaderPlacementBenchmark
 * </pre>
 */
public final class ReaderPlacementBenchmark {

    private static final int BOOKS = 50;
    private static final int PER_BOOK = 100;

    private ReaderPlacementBenchmark() {}

    public static void main(String[] args) throws Exception {
        Random random = new Random(24);
        String[] vocabulary = vocabulary(random, 3000);
        List<Article> books = new ArrayList<>();
        StringBuilder clippings = new StringBuilder("\uFEFF");
        for (int b = 0; b < BOOKS; b++) {
            Article book = book(b, random, vocabulary);
            books.add(book);
            List<String> paragraphs = book.sections().stream().flatMap(s -> s.paragraphs().stream()).toList();
            for (int h = 0; h < PER_BOOK; h++) {
                String paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
                int from = paragraph.indexOf(' ', random.nextInt(paragraph.length() / 2)) + 1;
                int to = Math.min(paragraph.length(), from + 40 + random.nextInt(260));
                String words = paragraph.substring(from, to).strip();
                if (h % 10 == 0) {
                    words = words.replace('\'', '\u2019');
                }
                clippings.append(book.title()).append(" (").append(book.byline()).append(")\r\n")
                        .append("- Your Highlight on page ").append(h + 1).append(" | Location ").append(h * 10 + 1)
                        .append('-').append(h * 10 + 4).append(" | Added on Monday, 7 December 2026 10:20:31\r\n\r\n")
                        .append(words).append("\r\n==========\r\n");
            }
        }
        byte[] file = clippings.toString().getBytes(StandardCharsets.UTF_8);
        List<LibraryArticle> library = books.stream().map(LibraryArticle::of).toList();
        System.out.printf("Reader placement benchmark: %,d highlights over %d books (%,d characters each), %.1f MiB"
                + " of clippings%n", BOOKS * PER_BOOK, BOOKS, chars(books.get(0)), file.length / 1048576.0);

        for (int round = 1; round <= 3; round++) {
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ForeignFile read = KindleClippings.read(new ByteArrayInputStream(file), "My Clippings.txt",
                    ZoneOffset.UTC);
            long parsed = System.nanoTime();
            ImportPlan plan = new HighlightPlacer(library, null, Instant.EPOCH).plan(read);
            long placed = System.nanoTime();
            long cpuUsed = cpu.getCurrentThreadCpuTime() - cpuStart;
            int ok = plan.books().stream().mapToInt(BookPlan::placed).sum();
            int unplaced = plan.books().stream().mapToInt(BookPlan::unplaced).sum();
            System.out.printf("round %d: read %d ms, matched and placed %d ms, total %d ms (this thread's CPU %d ms):"
                    + " %,d placed, %,d unplaced, %d books matched%n", round, (parsed - start) / 1_000_000,
                    (placed - parsed) / 1_000_000, (placed - start) / 1_000_000, cpuUsed / 1_000_000, ok, unplaced,
                    plan.books().size());
            if (round == 3) {
                store(plan);
            }
        }
    }

    private static void store(ImportPlan plan) throws Exception {
        Path dir = Files.createTempDirectory("margin-reader-benchmark");
        try (AnnotationStore store = StoreOpener.open(dir.resolve("data"), Clock.systemUTC()).store()) {
            for (int i = 1; i <= 2; i++) {
                long start = System.nanoTime();
                ImportPlan checked = ReaderImport.against(plan, store);
                MergeResult result = ReaderImport.commit(checked, store);
                System.out.printf("store import %d (preview check and one transaction): %d ms, %s%n", i,
                        (System.nanoTime() - start) / 1_000_000, result.summary());
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Article book(int b, Random random, String[] vocabulary) {
        List<Section> chapters = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 20; p++) {
                StringBuilder text = new StringBuilder();
                while (text.length() < 700) {
                    String word = vocabulary[random.nextInt(vocabulary.length)];
                    boolean first = text.isEmpty() || text.charAt(text.length() - 2) == '.';
                    text.append(first ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    text.append(random.nextInt(12) == 0 ? ". " : random.nextInt(30) == 0 ? "'s " : " ");
                }
                paragraphs.add(text.toString().strip());
            }
            chapters.add(new Section("b" + b + "-c" + c, "Chapter " + (c + 1), paragraphs, List.of()));
        }
        return new Article("book-" + b, "Generated Book Number " + b, "Author " + b, null, null, List.of(),
                chapters, false);
    }

    private static String[] vocabulary(Random random, int size) {
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            StringBuilder w = new StringBuilder();
            int length = 2 + random.nextInt(8);
            for (int k = 0; k < length; k++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = w.toString();
        }
        return words;
    }

    private static long chars(Article book) {
        return book.sections().stream().flatMap(s -> s.paragraphs().stream()).mapToLong(String::length).sum();
    }
}
