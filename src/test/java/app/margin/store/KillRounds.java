package app.margin.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One round of the kill tests: start {@link NoteWriterMain} in a child JVM, wait until it reaches a stage, kill
 * it there (SIGKILL, or SIGTERM so that its shutdown hook closes the store), and collect every note it
 * acknowledged. Shared by {@link StoreKillTest} (in {@code mvn test}) and {@link StoreKillDriver} (long runs).
 */
final class KillRounds {

    /** Where a round kills the writer. */
    enum Stage {
        START, LOCK, CHECK, MIGRATE, BACKUP, MID_WRITE, CLOSE;

        /** The marker the writer prints on entering the stage; MID_WRITE has none (it counts acknowledgements). */
        String marker() {
            return NoteWriterMain.STAGE + name();
        }
    }

    enum Signal { SIGKILL, SIGTERM }

    /**
     * What a round saw.
     *
     * @param acknowledged the ids of every note the writer acknowledged, including any printed as it died
     * @param reached      whether the writer reached the stage before it was killed or ended
     * @param problems     what the writer's open reported, or why it ended by itself; should be empty
     */
    record Round(List<String> acknowledged, boolean reached, List<String> problems) {}

    /** What the data folder holds after rounds: the acknowledged notes missing, and SQLite's integrity verdict. */
    record Verdict(int lost, List<String> integrity) {
        boolean ok() {
            return lost == 0 && integrity.isEmpty();
        }
    }

    private KillRounds() {}

    static Round run(Path dataDir, Path logDir, long seed, int day, Stage stage, Signal signal, Random random)
            throws IOException, InterruptedException {
        int acksBeforeKill = 1 + random.nextInt(60);
        long closeAfter = stage == Stage.CLOSE ? 1 + random.nextInt(40) : -1;
        Path stderr = logDir.resolve("writer-" + seed + ".err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                NoteWriterMain.class.getName(), dataDir.toString(), Long.toString(seed), Integer.toString(day),
                Long.toString(closeAfter))
                .redirectError(stderr.toFile())
                .start();
        List<String> acked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean reached = false;
        boolean ended = false;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while (!reached) {
                String line = out.readLine();
                if (line == null) {
                    ended = true;
                    break;
                }
                take(line, acked, problems);
                reached = stage == Stage.MID_WRITE ? acked.size() >= acksBeforeKill : line.equals(stage.marker());
            }
            if (reached) {
                // A little later, so that the kill lands inside the stage and not only at its start.
                long delayNanos = stage == Stage.START ? random.nextInt(400_000_000)
                        : random.nextInt(4) == 0 ? random.nextInt(20_000_000) : random.nextInt(2_000_000);
                LockSupport.parkNanos(delayNanos);
                // Through the handle, unlike Process.destroy(), our end of the pipe stays open, so lines
                // printed before the kill landed can still be read: those notes were acknowledged too.
                if (signal == Signal.SIGKILL) {
                    child.toHandle().destroyForcibly();
                } else {
                    child.toHandle().destroy();
                }
            }
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                take(line, acked, problems);
            }
        } finally {
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
                problems.add("the writer did not end within 30 s of " + signal);
            }
        }
        boolean closedByItself = stage == Stage.CLOSE && child.exitValue() == 0;
        if (ended && !closedByItself) {
            problems.add("the writer ended by itself (exit " + child.exitValue() + ") before " + stage + ": "
                    + Files.readString(stderr).lines().limit(5).toList());
        }
        Files.deleteIfExists(stderr);
        return new Round(acked, reached || closedByItself, problems);
    }

    private static void take(String line, List<String> acked, List<String> problems) {
        if (line.startsWith(NoteWriterMain.ACK)) {
            acked.add(line.substring(NoteWriterMain.ACK.length()));
        } else if (line.startsWith(NoteWriterMain.PROBLEM)) {
            problems.add(line.substring(NoteWriterMain.PROBLEM.length()));
        }
    }

    /**
     * Checks, without changing the folder (a read-only connection), that every acknowledged note is in
     * {@code margin.db} and that SQLite's integrity check passes.
     */
    static Verdict verify(Path dataDir, Collection<String> acknowledged) throws SQLException {
        Path db = dataDir.resolve(SqliteAnnotationStore.FILE_NAME);
        if (!Files.exists(db)) {
            return new Verdict(acknowledged.size(), List.of());
        }
        Set<String> present = new HashSet<>();
        try (Connection connection = Sqlite.openReadOnly(db)) {
            List<String> integrity = Sqlite.integrityCheck(connection);
            if (Migrations.version(connection) > 0) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT id FROM notes")) {
                    while (rows.next()) {
                        present.add(rows.getString(1));
                    }
                }
            }
            int lost = (int) acknowledged.stream().filter(id -> !present.contains(id)).count();
            return new Verdict(lost, integrity);
        }
    }
}
