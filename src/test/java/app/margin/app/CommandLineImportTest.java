package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.TestArticles;
import app.margin.exchange.AnnotationExport;
import app.margin.exchange.ExportData;
import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineImportTest {

    private static final String OTHER = "other-article";
    private static final Instant T = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path dir;

    private Path dataDir;
    private final Article article = TestArticles.bundled();
    private List<Note> others;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void seedAnotherArticlesNotes() throws Exception {
        dataDir = dir.resolve("data");
        others = List.of(note("s1", OTHER, "Another article's note.", T), note("h1", OTHER, "And another.", T));
        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            for (Note n : others) {
                store.saveNote(n);
            }
        }
    }

    private static Note note(String id, String articleId, String text, Instant when) {
        return new Note(id, articleId, "h", NoteKind.SECTION,
                Anchor.section("understanding-the-us-russia-military-dialogue"), null, text, List.of(), when, when);
    }

    /** A JSON export for the bundled article holding {@code notes}. */
    private Path exportOf(String name, Note... notes) throws Exception {
        Path file = dir.resolve(name);
        AnnotationExport.write(file, new ExportData(ExportData.ArticleRef.of(article), T, List.of(notes), List.of()));
        return file;
    }

    private int run(String... args) throws Exception {
        return CommandLineImport.run(Options.parse(List.of(args)), Map.of(), dir,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<Note> notesOf(String articleId) throws Exception {
        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            return store.notes(articleId);
        }
    }

    @Test
    void fileRepeatingAnotherArticlesIdsLeavesThatArticlesNotesUnchanged() throws Exception {
        Instant later = T.plusSeconds(3600);
        Path file = exportOf("notes.json", note("s1", article.id(), "Taken over?", later),
                note("h1", article.id(), "Taken over?", later), note("fresh", article.id(), "Mine.", later));

        assertThat(run("--import", file.toString(), "--data-dir", dataDir.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("margin: imported notes.json into “"
                + article.title() + "”: 1 added, 0 updated, 2 left as they were (2 with ids of another article's"
                + " notes)" + System.lineSeparator());
        assertThat(notesOf(OTHER)).containsExactlyElementsOf(others);
        assertThat(notesOf(article.id())).extracting(Note::id).containsExactly("fresh");
    }

    @Test
    void idThatClimbsOutOfAFolderIsRefusedWithAMessageAndChangesNothing() throws Exception {
        Path file = exportOf("evil.json", note("fine", article.id(), "ok", T), note("../x", article.id(), "evil", T));

        assertThat(run("--import", file.toString(), "--data-dir", dataDir.toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("margin: evil.json, at $.notes[1].id"
                + " (line 25, column 12): the id"
                + " \"../x\" is not one Margin accepts; an id is 1 to 64 letters, digits, '-' or '_'. Nothing was"
                + " changed." + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(notesOf(article.id())).isEmpty();
        assertThat(notesOf(OTHER)).containsExactlyElementsOf(others);
    }

    @Test
    void importingTheSameFileTwiceReportsEverythingLeft() throws Exception {
        Path file = exportOf("notes.json", note("a", article.id(), "one", T), note("b", article.id(), "two", T));
        assertThat(run("--import", file.toString(), "--data-dir", dataDir.toString())).isZero();
        out.reset();

        assertThat(run("--import", file.toString(), "--data-dir", dataDir.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(": 0 added, 0 updated, 2 left as they were (2 already up to date)");
    }

    @Test
    void whileMarginHasTheDataFolderOpenTheImportSaysToCloseItOrUseItsWindow() throws Exception {
        Path file = exportOf("notes.json", note("fresh", article.id(), "Mine.", T));
        try (AnnotationStore window = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            assertThat(run("--import", file.toString(), "--data-dir", dataDir.toString())).isEqualTo(1);

            assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("margin: Margin is open with the data folder "
                    + dataDir + ": close it first, or import the file from its window (File → Import Annotations…, "
                    + "Ctrl+I). Nothing was changed." + System.lineSeparator());
            assertThat(window.notes(article.id())).isEmpty();
        }
    }

    @Test
    void onAFullDiskTheImportSaysPlainlyNothingWasImported() throws Exception {
        Path file = exportOf("notes.json", note("fresh", article.id(), "Mine.", T));
        int code = CommandLineImport.run(Options.parse(List.of("--import", file.toString(), "--data-dir",
                        dataDir.toString())), Map.of(), dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), (folder, clock) -> {
                    throw new app.margin.store.StoreException(app.margin.store.StoreException.Kind.DISK_FULL,
                            "Margin could not check its notes file " + folder.resolve("margin.db") + ". Your disk is "
                            + "full: free some space.");
                });

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("disk is full").contains("nothing was imported")
                .doesNotContain("waiting");
        assertThat(notesOf(article.id())).isEmpty();
    }

    @Test
    void importAndExportTogetherAreRefused() {
        assertThatThrownBy(() -> Options.parse(List.of("--import", "a.json", "--export", "b.md")))
                .hasMessage("--import and --export cannot be used together");
    }

    @Test
    void launcherImportsWithoutADisplay() throws Exception {
        Path file = exportOf("notes.json", note("fresh", article.id(), "Mine.", T));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "app.margin.app.Launcher",
                "--import", file.toString(), "--data-dir", dataDir.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("margin: imported notes.json into").contains("1 added, 0 updated, 0 left");
        assertThat(notesOf(article.id())).extracting(Note::id).containsExactly("fresh");
    }
}
