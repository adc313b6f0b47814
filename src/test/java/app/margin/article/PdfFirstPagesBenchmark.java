package app.margin.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: how soon a PDF's first pages are read in a fresh JVM, as at a start with the file (the installed app
 * reads it while its window is built), compared between app images in interleaved rounds. Each round starts, for each
 * image in turn, its own runtime with its launcher's options, class path and AOT cache (as {@code margin} starts it),
 * running this class on one file: it prints the milliseconds from the JVM's start to the beginning handed over and to
 * the whole text read. Then the medians. The machine is shared: compare only images measured in the same run.
 *
 * <pre>chrt -f 10 java -cp target/test-classes app.margin.article.PdfFirstPagesBenchmark ROUNDS IMAGE_A IMAGE_B \
 *     -- FILE.pdf ...</pre>
 *
 * (an image: a {@code target/dist/margin} made by {@code packaging/build.sh}, copied aside). On a machine other
 * work keeps busy, run it under {@code nice -n -20} with {@code -Dchild.options=-XX:ThreadPriorityPolicy=0}: the
 * installed runtime otherwise puts every Java thread back at nice 0 as it starts (its priorities reach Linux), and
 * {@code chrt -f} is no way here, as its first-in-first-out threads starve the compiler's thread while two threads
 * read. With {@code -Dchild.options=-Dbeginning.only=true} each child stops at the beginning. Run as
 * {@code PdfFirstPagesBenchmark --once FILE} it is the child: one open, one line.
 */
public final class PdfFirstPagesBenchmark {
    private PdfFirstPagesBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--once")) {
            once(Path.of(args[1]));
            return;
        }
        int rounds = Integer.parseInt(args[0]);
        List<Path> images = new ArrayList<>();
        int i = 1;
        for (; i < args.length && !args[i].equals("--"); i++) {
            images.add(Path.of(args[i]));
        }
        List<Path> files = new ArrayList<>();
        for (i++; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        Path self = Path.of(PdfFirstPagesBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (Path file : files) {
            long[][][] times = new long[images.size()][rounds][];
            for (int r = 0; r < rounds; r++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s round %d:",
                        file.getFileName(), r + 1));
                for (int v = 0; v < images.size(); v++) {
                    times[v][r] = child(images.get(v), self, file);
                    line.append(String.format(Locale.ROOT, "  %s beginning %d whole %d (CPU: thread %d, process %d)",
                            images.get(v).getFileName(), times[v][r][0], times[v][r][1], times[v][r][2],
                            times[v][r][3]));
                }
                System.out.println(line);
            }
            for (int v = 0; v < images.size(); v++) {
                System.out.printf(Locale.ROOT, "%s %s: median of %d, ms since JVM start: beginning %d (%d–%d),"
                        + " whole %d; CPU ms by the beginning: reading thread %d (%d–%d), process %d (%d–%d)%n",
                        file.getFileName(), images.get(v).getFileName(), rounds, median(times[v], 0),
                        min(times[v], 0), max(times[v], 0), median(times[v], 1), median(times[v], 2),
                        min(times[v], 2), max(times[v], 2), median(times[v], 3), min(times[v], 3),
                        max(times[v], 3));
            }
        }
    }

    /**
     * One open in this JVM: milliseconds since its start to the beginning (the whole, when none) and to the whole;
     * and, as a machine others keep busy stretches wall time but hardly CPU time, the CPU milliseconds the reading
     * thread and the whole process had used by the beginning.
     */
    private static void once(Path file) throws ArticleException {
        long[] beginning = {-1, -1, -1};
        boolean only = Boolean.getBoolean("beginning.only"); // the whole not waited for: more rounds in the time
        new ArticleImporter().open(file, first -> {
            beginning[0] = sinceStart();
            beginning[1] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            beginning[2] = processCpu();
            if (only) {
                System.out.println(line(beginning, -1));
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }
        });
        long whole = sinceStart();
        if (beginning[0] < 0) {
            beginning[0] = whole;
            beginning[1] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            beginning[2] = processCpu();
        }
        System.out.println(line(beginning, whole));
    }

    private static String line(long[] beginning, long whole) {
        return "beginning " + beginning[0] + " whole " + whole + " thread-cpu " + beginning[1] + " process-cpu "
                + beginning[2];
    }

    /** The CPU time of the process's live threads (the JVM's own too), from Linux's scheduler, or -1. */
    private static long processCpu() {
        long total = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    total += Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return total / 1_000_000;
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Starts the image's runtime as its launcher would, on this class and one file; its two figures. */
    private static long[] child(Path image, Path self, Path file) throws IOException, InterruptedException {
        Path app = image.resolve("lib/app");
        List<String> cfg = Files.readAllLines(app.resolve("margin.cfg"));
        List<String> command = new ArrayList<>(List.of(image.resolve("lib/runtime/bin/java").toString()));
        StringBuilder classPath = new StringBuilder();
        for (String line : cfg) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", app.toString());
            if (line.startsWith("java-options=")) {
                command.add(value);
            } else if (line.startsWith("app.classpath=")) {
                classPath.append(value).append(':');
            }
        }
        String extra = System.getProperty("child.options", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(Arrays.asList(extra.split("\\s+")));
        }
        command.addAll(List.of("-Dslf4j.internal.verbosity=ERROR", "-cp", classPath + self.toString(),
                PdfFirstPagesBenchmark.class.getName(), "--once", file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("beginning ")) {
                    result = line;
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IOException(image + " failed on " + file);
        }
        String[] words = result.split(" ");
        return new long[] {Long.parseLong(words[1]), Long.parseLong(words[3]), Long.parseLong(words[5]),
                Long.parseLong(words[7])};
    }

    private static long median(long[][] rows, int column) {
        long[] values = Arrays.stream(rows).mapToLong(row -> row[column]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static long min(long[][] rows, int column) {
        return Arrays.stream(rows).mapToLong(row -> row[column]).min().orElse(0);
    }

    private static long max(long[][] rows, int column) {
        return Arrays.stream(rows).mapToLong(row -> row[column]).max().orElse(0);
    }
}
