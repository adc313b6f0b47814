package app.margin.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.margin.model.Note;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing Margin with SIGKILL again and again on the same data folder and checks that every note it
 * acknowledged as saved is still there, and that the database is intact. Set {@code -Dmargin.killtest.seed}
 * to replay a run.
 */
class StoreKillTest {

    private static final int ROUNDS = 24;
    private static final int MAX_NOTES_BEFORE_KILL = 120;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyAcknowledgedNoteSurvivesSigkill() throws Exception {
        long seed = Long.getLong("margin.killtest.seed", 20250301L);
        Random random = new Random(seed);
        List<String> acknowledged = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            acknowledged.addAll(writeUntilKilled(seed * 1000 + round, 1 + random.nextInt(MAX_NOTES_BEFORE_KILL)));
        }

        OpenResult reopened = StoreOpener.open(dataDir, Clock.systemUTC());
        Set<String> present = new HashSet<>();
        try (AnnotationStore store = reopened.store()) {
            assertThat(reopened.problem()).isEmpty();
            store.notes(NoteWriterMain.ARTICLE_ID).stream().map(Note::id).forEach(present::add);
        }
        List<String> lost = acknowledged.stream().filter(id -> !present.contains(id)).toList();
        System.out.printf("Kill test (seed %d): %d rounds, %d notes acknowledged, %d notes lost%n",
                seed, ROUNDS, acknowledged.size(), lost.size());
        assertThat(lost).isEmpty();
        try (Connection connection = Sqlite.openReadOnly(dataDir.resolve("margin.db"))) {
            assertThat(Sqlite.integrityCheck(connection)).isEmpty();
        }
    }

    /** Runs the writer until it has acknowledged {@code killAfter} notes, kills it, returns every id it printed. */
    private List<String> writeUntilKilled(long seed, int killAfter) throws Exception {
        Path stderr = dataDir.resolveSibling(dataDir.getFileName() + "-writer-" + seed + ".err");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"),
                        NoteWriterMain.class.getName(), dataDir.toString(), Long.toString(seed))
                .redirectError(stderr.toFile())
                .start();
        List<String> ids = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while (ids.size() < killAfter) {
                String line = out.readLine();
                if (line == null) {
                    child.waitFor(10, TimeUnit.SECONDS);
                    fail("The writer stopped by itself after " + ids.size() + " notes: " + Files.readString(stderr));
                }
                ids.add(line);
            }
            // SIGKILL on Linux: no shutdown hooks, no closing of the store. Through the handle, unlike
            // Process.destroyForcibly(), our end of the pipe stays open, so ids printed before the kill
            // landed can still be read: they were acknowledged too.
            child.toHandle().destroyForcibly();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                ids.add(line);
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return ids;
    }
}
