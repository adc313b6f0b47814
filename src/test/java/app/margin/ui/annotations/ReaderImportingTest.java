package app.margin.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Import Annotations… with Kindle clippings: a preview to accept, then the notes are in the open article. */
class ReaderImportingTest {

    @TempDir
    Path dir;

    private final Article article = TestArticles.bundled();
    private final List<String> infos = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<List<String>> previews = new ArrayList<>();
    private AnnotationStore store;
    private AnnotationsViewModel annotations;
    private AnnotationExchange exchange;

    @BeforeEach
    void open() throws Exception {
        store = StoreOpener.open(dir.resolve("data"), Clock.systemUTC()).store();
        annotations = new AnnotationsViewModel(CompletableFuture.completedFuture(store), Runnable::run, Runnable::run,
                Clock.systemUTC());
        annotations.open(ArticleLayout.of(article), "hash");
        exchange = new AnnotationExchange(annotations, Runnable::run, Runnable::run, Clock.systemUTC(), infos::add,
                problems::add, List::of);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private Path clippings() throws Exception {
        String sentence = article.sections().get(0).paragraphs().get(0).split("(?<=\\.) ")[0];
        Path file = dir.resolve("My Clippings.txt");
        Files.writeString(file, "Some Other Title (Someone)\r\n- Your Highlight on page 3 | Location 40-42 | Added on"
                + " Monday, 7 December 2026 10:20:31\r\n\r\n" + sentence + "\r\n==========\r\n");
        return file;
    }

    @Test
    void theReaderSeesThePreviewAndTheHighlightLandsOnAccepting() throws Exception {
        exchange.importFrom(clippings(), (preview, accept) -> {
            previews.add(preview);
            accept.run();
        });
        assertThat(problems).isEmpty();
        assertThat(previews).singleElement().asList().contains("1 highlight for 'Some Other Title' (into '"
                + article.title() + "'): 1 placed, 0 unplaced");
        assertThat(infos).singleElement().asString().startsWith("Imported My Clippings.txt: 1 added");
        assertThat(store.notes(article.id())).hasSize(1);
    }

    @Test
    void declinedPreviewChangesNothing() throws Exception {
        exchange.importFrom(clippings(), (preview, accept) -> previews.add(preview));
        assertThat(previews).hasSize(1);
        assertThat(store.notes(article.id())).isEmpty();
    }

    @Test
    void aSidecarWithCodeIsRefusedWithItsLine() throws Exception {
        Path file = dir.resolve("metadata.epub.lua");
        Files.writeString(file, "return {\n  [\"a\"] = io.open(\"/etc/passwd\"):read(\"*a\"),\n}");
        exchange.importFrom(file, (preview, accept) -> accept.run());
        assertThat(problems).singleElement().asString().isEqualTo("metadata.epub.lua is not a KOReader sidecar: it"
                + " holds code at line 2. Margin reads such files as data and never runs them."
                + " Nothing was changed.");
    }

    @Test
    void aW3cExportFromTheWindowImportsBackUnchanged() throws Exception {
        exchange.importFrom(clippings(), (preview, accept) -> accept.run());
        Path w3c = dir.resolve("notes.jsonld");
        exchange.export(w3c, AnnotationExchange.Format.W3C);
        assertThat(Files.readString(w3c)).contains("\"TextQuoteSelector\"", "\"TextPositionSelector\"");
        infos.clear();
        exchange.importFrom(w3c);
        assertThat(problems).isEmpty();
        assertThat(infos).singleElement().asString().isEqualTo("Imported notes.jsonld: 0 added, 0 updated, 1 left as"
                + " they were (1 already up to date)");
    }
}
