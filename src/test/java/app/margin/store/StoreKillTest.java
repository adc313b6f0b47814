package app.margin.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.model.Note;
import app.margin.store.KillRounds.Round;
import app.margin.store.KillRounds.Signal;
import app.margin.store.KillRounds.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing Margin (a child JVM) at every stage: JVM start, lock, checks, migrations, backup, mid-write and
 * close, with SIGKILL and with SIGTERM, again and again on the same data folder, and checks after every round
 * that each note it acknowledged as saved is still there and the database is intact; a fresh folder is also
 * killed while its schema is being created. Set {@code -Dmargin.killtest.seed} to replay a run;
 * {@link StoreKillDriver} runs many more rounds.
 */
class StoreKillTest {

    /** Each stage and signal this many times: about 30 child JVMs, some 15 s. */
    private static final int PASSES = 2;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyAcknowledgedNoteSurvivesAKillAtEveryStage() throws Exception {
        long seed = Long.getLong("margin.killtest.seed", 20250301L);
        Random random = new Random(seed);
        Path dataDir = Files.createDirectories(dir.resolve("data"));
        List<Stage> stages = new ArrayList<>();
        List<Signal> signals = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (Signal signal : Signal.values()) {
                stages.add(stage);
                signals.add(signal);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int pass = 0; pass < PASSES; pass++) {
            List<Integer> once = new ArrayList<>();
            for (int i = 0; i < stages.size(); i++) {
                once.add(i);
            }
            Collections.shuffle(once, random);
            order.addAll(once);
        }
        order.add(0, stages.indexOf(Stage.MID_WRITE)); // so that later rounds open a folder that holds notes

        List<String> acknowledged = new ArrayList<>();
        int round = 0;
        for (int i : order) {
            Round result = KillRounds.run(dataDir, dir, seed * 1000 + round, round, stages.get(i), signals.get(i),
                    random);
            String what = "round " + round + ", " + signals.get(i) + " at " + stages.get(i);
            assertThat(result.problems()).as(what).isEmpty();
            assertThat(result.reached()).as(what).isTrue();
            acknowledged.addAll(result.acknowledged());
            KillRounds.Verdict verdict = KillRounds.verify(dataDir, acknowledged);
            assertThat(verdict.lost()).as(what + ": acknowledged notes lost").isZero();
            assertThat(verdict.integrity()).as(what).isEmpty();
            round++;
        }
        for (Signal signal : Signal.values()) {
            Path fresh = Files.createDirectories(dir.resolve("fresh-" + signal));
            Round result = KillRounds.run(fresh, dir, seed * 1000 + round++, 0, Stage.MIGRATE, signal, random);
            assertThat(result.problems()).isEmpty();
            assertThat(KillRounds.verify(fresh, result.acknowledged()).ok()).isTrue();
            assertOpensCleanly(fresh, result.acknowledged(), round);
        }

        assertOpensCleanly(dataDir, acknowledged, round);
        System.out.printf("Kill test (seed %d): %d rounds, %d notes acknowledged, 0 lost%n",
                seed, round, acknowledged.size());
    }

    /** The real open reports nothing, finds every acknowledged note and leaves no partial file behind. */
    private static void assertOpensCleanly(Path dataDir, List<String> acknowledged, int day) throws Exception {
        Clock later = Clock.fixed(Instant.parse("2025-01-01T12:00:00Z").plusSeconds(86_400L * (day + 1)),
                ZoneOffset.UTC);
        OpenResult reopened = StoreOpener.open(dataDir, later);
        Set<String> present = new HashSet<>();
        try (AnnotationStore store = reopened.store()) {
            assertThat(reopened.problem()).isEmpty();
            store.notes(NoteWriterMain.ARTICLE_ID).stream().map(Note::id).forEach(present::add);
        }
        assertThat(acknowledged).allMatch(present::contains);
        try (Connection connection = Sqlite.openReadOnly(dataDir.resolve("margin.db"))) {
            assertThat(Sqlite.integrityCheck(connection)).isEmpty();
        }
        try (Stream<Path> files = Stream.concat(Files.list(dataDir),
                Files.isDirectory(dataDir.resolve("backups")) ? Files.list(dataDir.resolve("backups")) : Stream.of())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(name -> name.contains(".partial") || name.contains(".creating"));
        }
    }
}
