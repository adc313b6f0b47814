package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.exchange.AnnotationExport;
import app.margin.model.Anchor;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

class CommandLineExportTest {

    @TempDir
    Path dir;

    private Path dataDir;
    private final Article article = TestArticles.bundled();

    @BeforeEach
    void seedNotes() throws Exception {
        dataDir = dir.resolve("data");
        ArticleLayout layout = ArticleLayout.of(article);
        Block para = layout.blocks().get(layout.blockOf("ukraine-the-central-point-of-discussion", 0));
        int at = para.text().indexOf("the elephant in the room");
        Instant t = Instant.parse("2026-11-25T09:00:00Z");
        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            store.saveNote(new Note("s1", article.id(), "h", NoteKind.SECTION,
                    Anchor.section("understanding-the-us-russia-military-dialogue"), null,
                    "A safety valve between militaries.", List.of("exam"), t, t));
            store.saveNote(new Note("h1", article.id(), "h", NoteKind.HIGHLIGHT,
                    Anchor.passage(para.sectionId(), para.paragraphIndex(), para.text(), at, at + 24),
                    HighlightColor.GREEN, "Ukraine dominates.", List.of(), t, t));
        }
    }

    private int run(String... args) throws Exception {
        return CommandLineExport.run(Options.parse(List.of(args)), Map.of(), dir, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void anUnreadableNoteIsLeftOutAndNamedAndTheExportStillSucceeds() throws Exception {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                "jdbc:sqlite:" + dataDir.resolve("margin.db"));
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE notes SET kind = 'SCRIBBLE' WHERE id = 'h1'");
        }
        Path sheet = dir.resolve("sheet.md");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = CommandLineExport.run(Options.parse(List.of("--export", sheet.toString(), "--data-dir",
                dataDir.toString())), Map.of(), dir, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(Files.readString(sheet)).contains("A safety valve between militaries.")
                .doesNotContain("Ukraine dominates.");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("note row h1 cannot be read");
    }

    @Test
    void exportsWhileMarginHasTheDataFolderOpenAndLeavesItsWindowSaving() throws Exception {
        Path sheet = dir.resolve("sheet.md");
        Instant t = Instant.parse("2026-11-26T09:00:00Z");
        try (AnnotationStore window = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            window.saveNote(new Note("s2", article.id(), "h", NoteKind.SECTION,
                    Anchor.section("ukraine-the-central-point-of-discussion"), null,
                    "Saved by the open window.", List.of(), t, t));
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int exit = CommandLineExport.run(Options.parse(List.of("--export", sheet.toString(), "--data-dir",
                    dataDir.toString())), Map.of(), dir, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(Files.readString(sheet)).contains("A safety valve between militaries.", "Ukraine dominates.",
                    "Saved by the open window.");
            window.saveNote(new Note("s3", article.id(), "h", NoteKind.SECTION,
                    Anchor.section("de-escalation-efforts-and-stability"), null, "Still saving.", List.of(), t, t));
            assertThat(window.notes(article.id())).extracting(Note::id).contains("s3");
        }
    }

    @Test
    void anExistingFileThatIsNotAnExportIsLeftAsItIsAndNamed() throws Exception {
        Path paper = Files.write(dir.resolve("paper.pdf"), "%PDF-1.5 the reader's paper".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = CommandLineExport.run(Options.parse(List.of("--export", paper.toString(), "--format", "anki",
                "--data-dir", dataDir.toString())), Map.of(), dir, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(Files.readString(paper)).isEqualTo("%PDF-1.5 the reader's paper");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("paper.pdf exists and is not an export", ".md");
        Path old = Files.writeString(dir.resolve("old-sheet.md"), "an earlier export");
        assertThat(run("--export", old.toString(), "--data-dir", dataDir.toString())).as("an export is replaced")
                .isZero();
        assertThat(Files.readString(old)).contains("A safety valve between militaries.");
    }

    @Test
    void studySheetOfTheBundledArticleHasItsSectionsNotesAndQuotes() throws Exception {
        Path sheet = dir.resolve("sheet.md");

        assertThat(run("--export", sheet.toString(), "--data-dir", dataDir.toString())).isZero();

        String md = Files.readString(sheet);
        assertThat(md).startsWith("# " + article.title())
                .contains("## Understanding the US-Russia Military Dialogue")
                .contains("A safety valve between militaries.")
                .contains("> the elephant in the room")
                .contains("Ukraine dominates.");
        assertThat(md.indexOf("## Understanding")).isLessThan(md.indexOf("## Ukraine"));
    }

    @Test
    void jsonFormatWritesTheFullExport() throws Exception {
        Path out = dir.resolve("notes.data");

        assertThat(run("--export", out.toString(), "--format", "json", "--data-dir", dataDir.toString())).isZero();

        assertThat(AnnotationExport.read(out).notes()).extracting(Note::id).containsExactlyInAnyOrder("s1", "h1");
    }

    @Test
    void aSphinxBooksNotesAreExportedFromTheIdItsLibraryCopyHasAndNoOtherBooksAre() throws Exception {
        String shared = "epub-b23a6a8439c0dde5"; // every Sphinx book's id before: its identifier is "unknown"
        Files.writeString(Files.createDirectories(dataDir.resolve("library")).resolve(shared + ".json"),
                TestArticles.json(shared, "Debian Policy Manual"));
        Instant t = Instant.parse("2026-11-25T09:00:00Z");
        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            store.saveNote(new Note("p1", shared, "h", NoteKind.SECTION, Anchor.section(Article.LEAD_SECTION_ID), null,
                    "On the Policy.", List.of(), t, t));
        }
        Path policy = app.margin.article.TestBooks.sphinxBook(dir.resolve("policy.epub"), "Debian Policy Manual",
                "Packages must build.");
        Path guide = app.margin.article.TestBooks.sphinxBook(dir.resolve("guide.epub"), "Ubuntu Packaging Guide",
                "Welcome, packager.");
        Path fromPolicy = dir.resolve("policy.json");
        Path fromGuide = dir.resolve("guide.json");

        assertThat(run("--export", fromPolicy.toString(), "--article", policy.toString(), "--data-dir",
                dataDir.toString())).isZero();
        assertThat(run("--export", fromGuide.toString(), "--article", guide.toString(), "--data-dir",
                dataDir.toString())).isZero();

        assertThat(AnnotationExport.read(fromPolicy).notes()).extracting(Note::id).containsExactly("p1");
        assertThat(AnnotationExport.read(fromGuide).notes()).isEmpty();
    }

    @Test
    void badArticleIsAClearErrorAndWritesNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{ \"title\": 3 }");
        Path out = dir.resolve("x.md");

        assertThat(run("--export", out.toString(), "--article", bad.toString(), "--data-dir", dataDir.toString()))
                .isEqualTo(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void launcherExportsWithoutADisplay() throws Exception {
        Path sheet = dir.resolve("from-launcher.md");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "app.margin.app.Launcher",
                "--export", sheet.toString(), "--data-dir", dataDir.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("wrote the study sheet");
        assertThat(Files.readString(sheet)).contains("> the elephant in the room");
    }
}
