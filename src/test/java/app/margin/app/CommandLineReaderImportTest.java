package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.AnchorResolver;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.Note;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code margin --import} with another reader's file, and {@code --export --format w3c} back in. */
class CommandLineReaderImportTest {

    @TempDir
    Path dir;

    private final Article article = TestArticles.bundled();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Path dataDir() {
        return dir.resolve("data");
    }

    private int run(boolean export, String... args) {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        try {
            Options options = Options.parse(List.of(args));
            return export ? CommandLineExport.run(options, Map.of(), dir, o, e)
                    : CommandLineImport.run(options, Map.of(), dir, o, e);
        } catch (Exception x) {
            throw new AssertionError(x);
        }
    }

    private List<Note> notes() throws Exception {
        try (AnnotationStore store = StoreOpener.open(dataDir(), Clock.systemUTC()).store()) {
            return store.notes(article.id());
        }
    }

    /** Three sentences of the bundled article's first section and one that is in no article, as Kindle keeps them. */
    private Path clippings() throws Exception {
        String paragraph = article.sections().get(0).paragraphs().get(0);
        String[] sentences = paragraph.split("(?<=\\.) ");
        StringBuilder file = new StringBuilder("\uFEFF");
        String[] words = {sentences[0], sentences[1], sentences[2], "Words that no article of the library holds."};
        for (int i = 0; i < words.length; i++) {
            file.append(article.title()).append(" (").append(article.byline()).append(")\r\n")
                    .append("- Your Highlight on page 1 | Location ").append(10 * i + 1).append('-').append(10 * i + 3)
                    .append(" | Added on Monday, 7 December 2026 10:2").append(i).append(":31\r\n\r\n")
                    .append(words[i]).append("\r\n==========\r\n");
        }
        Path path = dir.resolve("My Clippings.txt");
        Files.writeString(path, file.toString());
        return path;
    }

    @Test
    void kindleClippingsArePreviewedPlacedAndASecondImportChangesNothing() throws Exception {
        Path file = clippings();
        assertThat(run(false, "--import", file.toString(), "--data-dir", dataDir().toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        String said = out.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("margin: My Clippings.txt (Kindle clippings):",
                "margin: 4 highlights for '" + article.title() + "': 3 placed, 1 unplaced",
                "margin: imported My Clippings.txt: 4 added, 0 updated, 0 left as they were");
        List<Note> first = notes();
        ArticleLayout layout = ArticleLayout.of(article);
        assertThat(first).filteredOn(n -> new AnchorResolver(layout).resolve(n.anchor()).isPresent()).hasSize(3);

        out.reset();
        assertThat(run(false, "--import", file.toString(), "--data-dir", dataDir().toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 placed, 1 unplaced; 4 already here",
                ": 0 added, 0 updated, 4 left as they were (4 already up to date)");
        assertThat(notes()).isEqualTo(first);
    }

    @Test
    void aBookNoArticleMatchesIsNamedAndNothingChanges() throws Exception {
        Path file = dir.resolve("My Clippings.txt");
        Files.writeString(file, "Unknown Book (Nobody)\n- Your Highlight on page 1 | Location 1-2 | Added on Monday,"
                + " 7 December 2026 10:20:31\n\nSome words.\n==========\nOther Unknown (Nobody)\n- Your Highlight"
                + " on page 1 | Location 1-2 | Added on Monday, 7 December 2026 10:20:31\n\nMore.\n==========\n");
        assertThat(run(false, "--import", file.toString(), "--data-dir", dataDir().toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'Unknown Book' by Nobody (1 mark): no article in"
                + " your library has this title", "nothing was imported");
        assertThat(notes()).isEmpty();
    }

    @Test
    void aW3cExportImportsBackLosslessly() throws Exception {
        assertThat(run(false, "--import", clippings().toString(), "--data-dir", dataDir().toString())).isZero();
        List<Note> before = notes();
        Path w3c = dir.resolve("notes.jsonld");
        assertThat(run(true, "--export", w3c.toString(), "--format", "w3c", "--data-dir", dataDir().toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(w3c)).contains("\"TextQuoteSelector\"", "\"TextPositionSelector\"");

        Path fresh = dir.resolve("fresh");
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(CommandLineImport.run(Options.parse(List.of("--import", w3c.toString(), "--data-dir",
                fresh.toString())), Map.of(), dir, o, o)).isZero();
        try (AnnotationStore store = StoreOpener.open(fresh, Clock.systemUTC()).store()) {
            assertThat(store.notes(article.id())).isEqualTo(before);
        }
    }
}
