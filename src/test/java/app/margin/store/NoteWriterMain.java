package app.margin.store;

import app.margin.model.Anchor;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The child process of the kill tests: opens the store and saves notes until it is killed. It prints
 * {@code stage:<NAME>} as it enters each stage (START, then the stages of {@link OpenSteps.Stage}, then CLOSE),
 * and {@code ack:<id>} for each note only after {@code saveNote} has returned, that is, once the note is
 * acknowledged as saved. On SIGTERM a shutdown hook closes the store, as Margin's own does.
 *
 * <p>Usage: {@code NoteWriterMain <dataDir> <seed> [<day> [<closeAfter>]]}: the store's clock stands at noon
 * UTC of 2025-01-01 plus {@code day} days (so each new day takes a backup); after {@code closeAfter} notes
 * (if not negative) it closes the store and exits. A problem reported on open is printed as {@code problem:}.
 */
public final class NoteWriterMain {

    static final String ARTICLE_ID = "kill-test";
    static final String STAGE = "stage:";
    static final String ACK = "ack:";
    static final String PROBLEM = "problem:";

    private NoteWriterMain() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        say(out, STAGE + "START");
        Path dataDir = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int day = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        long closeAfter = args.length > 3 ? Long.parseLong(args[3]) : -1;
        Random random = new Random(seed);
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T12:00:00Z").plusSeconds(86_400L * day), ZoneOffset.UTC);
        AtomicReference<AnnotationStore> open = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            AnnotationStore store = open.get();
            if (store != null) {
                try {
                    store.close();
                } catch (StoreException e) {
                    System.err.println("close on SIGTERM failed: " + e);
                }
            }
        }));
        OpenSteps stages = new OpenSteps() {
            @Override
            public void entering(Stage stage) {
                say(out, STAGE + stage);
            }
        };
        OpenResult result = StoreOpener.open(dataDir, clock, stages);
        open.set(result.store());
        result.problem().ifPresent(p -> say(out, PROBLEM + p.replace('\n', ' ')));
        AnnotationStore store = result.store();
        String paragraph = "Words that a reader highlights, again and again, while the power may go at any time.";
        for (long i = 0; closeAfter < 0 || i < closeAfter; i++) {
            String id = seed + "-" + i;
            Instant now = Instant.now();
            Note note = new Note(id, ARTICLE_ID, "hash", NoteKind.HIGHLIGHT,
                    Anchor.passage("s-1", (int) (i % 50), paragraph, 6, 10), HighlightColor.YELLOW,
                    "note ".repeat(random.nextInt(400)), List.of("kill", "t" + random.nextInt(10)), now, now);
            store.saveNote(note);
            say(out, ACK + id);
        }
        say(out, STAGE + "CLOSE");
        open.set(null);
        store.close();
        say(out, "closed");
    }

    private static void say(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }
}
