package app.margin.store;

import app.margin.store.KillRounds.Round;
import app.margin.store.KillRounds.Signal;
import app.margin.store.KillRounds.Stage;
import app.margin.store.KillRounds.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A long run of the kill test, not part of {@code mvn test}: kills a writing child JVM at every stage, SIGKILL
 * and SIGTERM in turn, and prints per stage how many rounds ran, notes were acknowledged and lost, and how often
 * the integrity check or the next open complained. Every 100 rounds it starts a new data folder (so the
 * database stays small); every other MIGRATE round kills a fresh folder while its schema is made.
 *
 * <p>Run after {@code mvn test-compile}: {@code java -cp target/test-classes:target/classes:<deps>
 * app.margin.store.StoreKillDriver [rounds=1000] [seed]}.
 */
public final class StoreKillDriver {

    private static final int ROUNDS_PER_FOLDER = 100;

    private StoreKillDriver() {}

    /** Per-stage counts. */
    private static final class Tally {
        int rounds;
        int sigkill;
        int sigterm;
        int reached;
        long acknowledged;
        long lost;
        int integrityFailures;
        int problems;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.currentTimeMillis();
        Random random = new Random(seed);
        Path root = Files.createTempDirectory("margin-kill-");
        Map<Stage, Tally> tallies = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            tallies.put(stage, new Tally());
        }
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        Path dataDir = null;
        List<String> acknowledged = new ArrayList<>();
        int migrateRounds = 0;
        for (int round = 0; round < rounds; round++) {
            if (round % ROUNDS_PER_FOLDER == 0) {
                dataDir = Files.createDirectories(root.resolve("data-" + round));
                acknowledged = new ArrayList<>();
            }
            Stage stage = Stage.values()[round % Stage.values().length];
            Signal signal = Signal.values()[(round / Stage.values().length) % 2];
            boolean fresh = stage == Stage.MIGRATE && migrateRounds++ % 2 == 1;
            Path folder = fresh ? Files.createDirectories(root.resolve("fresh-" + round)) : dataDir;
            Round result = KillRounds.run(folder, root, seed * 10_000 + round, round, stage, signal, random);
            List<String> expected = fresh ? result.acknowledged() : acknowledged;
            if (!fresh) {
                acknowledged.addAll(result.acknowledged());
            }
            Verdict verdict = KillRounds.verify(folder, expected);
            if (fresh) {
                OpenResult reopened = StoreOpener.open(folder, Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"),
                        ZoneOffset.UTC));
                reopened.store().close();
                reopened.problem().ifPresent(p -> result.problems().add("reopening a fresh folder: " + p));
            }
            Tally tally = tallies.get(stage);
            tally.rounds++;
            if (signal == Signal.SIGKILL) {
                tally.sigkill++;
            } else {
                tally.sigterm++;
            }
            tally.reached += result.reached() ? 1 : 0;
            tally.acknowledged += result.acknowledged().size();
            tally.lost += verdict.lost();
            tally.integrityFailures += verdict.integrity().isEmpty() ? 0 : 1;
            tally.problems += result.problems().isEmpty() ? 0 : 1;
            if (!verdict.ok() || !result.problems().isEmpty()) {
                failures.add("round " + round + " " + signal + " at " + stage + ": lost " + verdict.lost()
                        + ", integrity " + verdict.integrity() + ", problems " + result.problems());
                if (!verdict.ok()) {
                    acknowledged.clear(); // count each loss once
                }
            }
            if ((round + 1) % 50 == 0) {
                System.out.printf("%d rounds, %.0f s%n", round + 1, (System.nanoTime() - started) / 1e9);
            }
        }
        print(seed, rounds, tallies, failures, (System.nanoTime() - started) / 1e9);
    }

    private static void print(long seed, int rounds, Map<Stage, Tally> tallies, List<String> failures,
            double seconds) {
        System.out.printf("%nStore kill driver, seed %d: %d rounds in %.0f s%n", seed, rounds, seconds);
        System.out.printf("%-10s %7s %8s %8s %8s %13s %6s %10s %9s%n", "stage", "rounds", "SIGKILL", "SIGTERM",
                "reached", "acknowledged", "lost", "integrity", "problems");
        Tally total = new Tally();
        tallies.forEach((stage, t) -> {
            System.out.printf("%-10s %7d %8d %8d %8d %13d %6d %10d %9d%n", stage, t.rounds, t.sigkill, t.sigterm,
                    t.reached, t.acknowledged, t.lost, t.integrityFailures, t.problems);
            total.rounds += t.rounds;
            total.sigkill += t.sigkill;
            total.sigterm += t.sigterm;
            total.reached += t.reached;
            total.acknowledged += t.acknowledged;
            total.lost += t.lost;
            total.integrityFailures += t.integrityFailures;
            total.problems += t.problems;
        });
        System.out.printf("%-10s %7d %8d %8d %8d %13d %6d %10d %9d%n", "total", total.rounds, total.sigkill,
                total.sigterm, total.reached, total.acknowledged, total.lost, total.integrityFailures, total.problems);
        failures.stream().limit(20).forEach(System.out::println);
    }
}
