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
import java.util.List;
import java.util.Random;

/**
 * The child process of {@link StoreKillTest}: opens the store and saves notes until it is killed, printing each
 * note's id only after {@code saveNote} has returned, that is, once the note is acknowledged as saved.
 *
 * <p>Usage: {@code NoteWriterMain <dataDir> <seed>}. Exits with status 3 if the store reports a problem on open.
 */
public final class NoteWriterMain {

    static final String ARTICLE_ID = "kill-test";

    private NoteWriterMain() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        Random random = new Random(seed);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        OpenResult result = StoreOpener.open(dataDir, Clock.systemUTC());
        if (result.problem().isPresent()) {
            System.err.println("PROBLEM: " + result.problem().get());
            System.exit(3);
        }
        AnnotationStore store = result.store();
        String paragraph = "Words that a reader highlights, again and again, while the power may go at any time.";
        for (long i = 0; ; i++) {
            String id = seed + "-" + i;
            Instant now = Instant.now();
            Note note = new Note(id, ARTICLE_ID, "hash", NoteKind.HIGHLIGHT,
                    Anchor.passage("s-1", (int) (i % 50), paragraph, 6, 10), HighlightColor.YELLOW,
                    "note ".repeat(random.nextInt(400)), List.of("kill", "t" + random.nextInt(10)), now, now);
            store.saveNote(note);
            out.println(id);
            out.flush();
        }
    }
}
