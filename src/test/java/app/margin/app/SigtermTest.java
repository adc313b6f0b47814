package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Note;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The system ends Margin (SIGTERM, as at log-out) while a note is being typed: the note is saved. */
class SigtermTest {

    @TempDir
    Path dataDir;

    @Test
    void noteTypedJustBeforeTheSystemEndsMarginIsSaved() throws Exception {
        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dslf4j.internal.verbosity=ERROR",
                "-cp", System.getProperty("java.class.path"), SigtermChild.class.getName(), dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String ready = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith("READY ")) {
                            return line;
                        }
                    }
                    return null;
                } catch (java.io.IOException e) {
                    return null;
                }
            }).get(90, TimeUnit.SECONDS);
            assertThat(ready).as("the child got ready").isNotNull();
            String id = ready.substring("READY ".length());

            long start = System.nanoTime();
            child.destroy(); // SIGTERM
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("Margin ended").isTrue();
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            System.out.println("SigtermTest: Margin ended " + ms + " ms after SIGTERM, with the store open");
            assertThat(ms).isLessThan(EarlyCloseTest.EXIT_BOUND_MS);
            assertThat(dataDir.resolve(WindowState.FILE)).as("the window's state is kept").exists();
            assertThat(dataDir.resolve(UnsavedWork.FOLDER)).as("everything was saved: nothing kept aside")
                    .doesNotExist();

            try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
                assertThat(store.notes("us-russia-military-talks")).filteredOn(n -> n.id().equals(id))
                        .extracting(Note::text).containsExactly(SigtermChild.TYPED);
            }
        } finally {
            child.destroyForcibly();
        }
    }
}
