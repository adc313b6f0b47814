package app.margin.store;

import static app.margin.store.TestNotes.day;
import static app.margin.store.TestNotes.highlight;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder that cannot be written (a read-only mount, a folder of another user): Margin shows the notes in it
 * and says it cannot save. The folder is made unwritable for real, not through a test seam: as root with a
 * read-only bind mount in a mount namespace of a child process (root ignores permissions), otherwise by taking
 * away the write permission.
 */
class ReadOnlyFolderTest {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    Path dir;

    @Test
    void notesSavedAndClosedShowFromAFolderThatCannotBeWritten() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (AnnotationStore store = StoreOpener.open(data, day("2025-03-01")).store()) {
            for (int i = 0; i < 3; i++) {
                store.saveNote(highlight("n-" + i, "article", T0.plusSeconds(i)));
            }
        }
        assertThat(data.resolve("margin.db-shm")).doesNotExist(); // closed cleanly: no -shm for SQLite to use

        List<String> out = openUnwritable(data);

        assertThat(out).contains("notes:3");
        assertThat(out).anySatisfy(line -> assertThat(line).startsWith("problem:READ_ONLY:").contains("read-only"));
    }

    @Test
    void notesLeftInTheLogOfAKilledMarginShowFromAFolderThatCannotBeWritten() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path killed = Files.createDirectories(dir.resolve("killed"));
        try (AnnotationStore store = StoreOpener.open(data, day("2025-03-01")).store()) {
            for (int i = 0; i < 3; i++) {
                store.saveNote(highlight("n-" + i, "article", T0.plusSeconds(i)));
            }
            // What a kill leaves: the files as they are while the store is open, the last notes only in the log.
            for (String name : List.of("margin.lock", "margin.db", "margin.db-wal", "margin.db-shm")) {
                Files.copy(data.resolve(name), killed.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(Files.size(killed.resolve("margin.db-wal"))).isPositive();

        List<String> out = openUnwritable(killed);

        assertThat(out).contains("notes:3");
        assertThat(Files.size(killed.resolve("margin.db-wal"))).as("the original log is left as it was").isPositive();
    }

    /** Runs {@link ReadOnlyFolderMain} on {@code data} made unwritable; returns what it printed. */
    private List<String> openUnwritable(Path data) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> child = List.of(java, "-cp", System.getProperty("java.class.path"),
                ReadOnlyFolderMain.class.getName(), data.toString(), "article");
        List<String> command = new ArrayList<>();
        if (ROOT) {
            Assumptions.assumeTrue(unshareWorks(), "as root, this needs unshare and mount (util-linux)");
            command.addAll(List.of("unshare", "--mount", "--propagation", "private", "sh", "-c",
                    "mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && shift && exec \"$@\"", "sh",
                    data.toString()));
            command.addAll(child);
        } else {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
            command.addAll(child);
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(printed).isZero();
            return printed.lines().toList();
        } finally {
            if (!ROOT) {
                Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static boolean unshareWorks() throws InterruptedException {
        try {
            Process probe = new ProcessBuilder("unshare", "--mount", "true").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
