package app.margin.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreException;
import app.margin.store.StoreOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports report how they ended, on the FX side: a failure is said, never dropped. */
class AnnotationExchangeTest {

    @TempDir
    Path dir;

    private final ArticleLayout layout = ArticleLayout.of(TestArticles.bundled());
    private final List<String> infos = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private AnnotationStore store;

    @AfterEach
    void close() throws Exception {
        if (store != null) {
            store.close();
        }
    }

    private AnnotationExchange exchangeOver(CompletableFuture<AnnotationStore> opened) {
        AnnotationsViewModel annotations = new AnnotationsViewModel(opened, Runnable::run, Runnable::run,
                Clock.systemUTC());
        annotations.open(layout, "hash");
        annotations.addHighlight(layout.blockOf(app.margin.model.Article.LEAD_SECTION_ID, 0), 0, 12,
                HighlightColor.YELLOW);
        return new AnnotationExchange(annotations, Runnable::run, Runnable::run, Clock.systemUTC(), infos::add,
                problems::add);
    }

    @Test
    void anExportSaysWhereItWroteTheAnnotations() throws Exception {
        store = StoreOpener.open(dir.resolve("data"), Clock.systemUTC()).store();
        Path file = dir.resolve("notes.json");

        exchangeOver(CompletableFuture.completedFuture(store)).export(file, AnnotationExchange.Format.JSON);

        assertThat(file).exists();
        assertThat(problems).isEmpty();
        assertThat(infos).singleElement().asString().endsWith(" to " + file + ".");
    }

    @Test
    void anExportWorksWhenTheNotesDatabaseCouldNotBeOpened() {
        Path file = dir.resolve("notes.md");

        exchangeOver(CompletableFuture.failedFuture(new StoreException("the database is damaged.")))
                .export(file, AnnotationExchange.Format.MARKDOWN);

        assertThat(file).exists();
        assertThat(problems).isEmpty();
        assertThat(infos).hasSize(1);
    }

    @Test
    void anExportThatCannotBeWrittenSaysSo() throws Exception {
        store = StoreOpener.open(dir.resolve("data"), Clock.systemUTC()).store();
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");

        exchangeOver(CompletableFuture.completedFuture(store))
                .export(notAFolder.resolve("notes.json"), AnnotationExchange.Format.JSON);

        assertThat(infos).isEmpty();
        assertThat(problems).singleElement().asString().startsWith("Margin could not write notes.json: ");
    }

    @Test
    void aPdfThatCannotBeWrittenSaysSo() throws Exception {
        store = StoreOpener.open(dir.resolve("data"), Clock.systemUTC()).store();
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");

        exchangeOver(CompletableFuture.completedFuture(store)).exportPdf(notAFolder.resolve("sheet.pdf"), null)
                .exceptionally(error -> null).join();

        assertThat(infos).isEmpty();
        assertThat(problems).hasSize(1);
    }
}
