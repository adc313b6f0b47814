package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing at any moment is quick and honest: SIGTERM as soon as the window shows (the store not open yet), and a
 * --smoke run on a fresh data folder, end Margin within {@link #EXIT_BOUND_MS} and keep nothing in
 * unsaved-notes/ (nothing was changed). Margin itself takes about 0.4 s; the bound leaves room for a loaded
 * 2-core machine, and is far below the 13.5 s it took before.
 */
class EarlyCloseTest {

    /** From SIGTERM (or the smoke run's first frame) to the end of the process. */
    static final long EXIT_BOUND_MS = 1_500;

    @TempDir
    Path dataDir;

    private static List<String> java(String... rest) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dslf4j.internal.verbosity=ERROR",
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(rest));
        return command;
    }

    /** Waits for a line starting with {@code prefix} on the child's output. */
    private static String await(Process child, String prefix) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        return CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith(prefix)) {
                        return line;
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(120, TimeUnit.SECONDS);
    }

    private List<Path> unsavedFiles() throws Exception {
        Path folder = dataDir.resolve(UnsavedWork.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void sigtermAsSoonAsTheWindowShowsEndsMarginPromptlyAndKeepsNothing() throws Exception {
        Path errors = dataDir.resolveSibling(dataDir.getFileName() + "-stderr.txt");
        Process child = new ProcessBuilder(java(EarlyCloseChild.class.getName(), dataDir.toString()))
                .redirectError(errors.toFile()).start();
        try {
            assertThat(await(child, "SHOWN")).as("the window showed").isNotNull();
            long start = System.nanoTime();
            child.destroy(); // SIGTERM
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("Margin ended").isTrue();
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            System.out.println("EarlyCloseTest: Margin ended " + ms + " ms after SIGTERM");

            assertThat(ms).isLessThan(EXIT_BOUND_MS);
            assertThat(unsavedFiles()).as("no false 'could not be saved' file").isEmpty();
            assertThat(dataDir.resolve(WindowState.FILE)).as("the window's state is kept").exists();
            assertThat(Files.readString(errors)).as("no stack trace as it closes").doesNotContain("Exception");
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void smokeRunOnAFreshDataFolderEndsPromptlyAfterItsFirstFrameAndKeepsNothing() throws Exception {
        Process child = new ProcessBuilder(java(Launcher.class.getName(), "--smoke", "--data-dir", dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(await(child, "margin --smoke: first frame")).as("the first frame").isNotNull();
            long start = System.nanoTime();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("Margin ended").isTrue();
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            System.out.println("EarlyCloseTest: --smoke ended " + ms + " ms after its first frame");

            assertThat(child.exitValue()).isZero();
            assertThat(ms).isLessThan(EXIT_BOUND_MS);
            assertThat(unsavedFiles()).isEmpty();
        } finally {
            child.destroyForcibly();
        }
    }
}
