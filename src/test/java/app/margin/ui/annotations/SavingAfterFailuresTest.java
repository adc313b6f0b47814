package app.margin.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreException;
import app.margin.store.StoreOpener;
import app.margin.ui.queue.StoreQueue;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors never stop saving: whatever a write throws, later writes are saved and the kept ones with them. */
class SavingAfterFailuresTest {

    @TempDir
    Path dataDir;

    private AnnotationStore store;
    private FlakyStore flaky;
    private final ArticleLayout layout = ArticleLayout.of(TestArticles.bundled());
    private int leadBlock;

    @BeforeEach
    void open() throws Exception {
        store = StoreOpener.open(dataDir, Clock.systemUTC()).store();
        flaky = new FlakyStore(store);
        leadBlock = layout.blockOf(Article.LEAD_SECTION_ID, 0);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void savingGoesOnAfterAnOutOfMemoryErrorInAWrite() throws Exception {
        AnnotationsViewModel vm = new AnnotationsViewModel(CompletableFuture.completedFuture(flaky), Runnable::run,
                Runnable::run, Clock.systemUTC());
        vm.open(layout, "hash-1");
        flaky.failNext(new OutOfMemoryError("Java heap space"));

        Note first = vm.addHighlight(leadBlock, 0, 5, HighlightColor.YELLOW).orElseThrow();
        assertThat(vm.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.FAILED);
        assertThat(vm.saveStateProperty().get().message()).contains("ran out of memory");

        Note second = vm.addHighlight(leadBlock, 10, 15, HighlightColor.GREEN).orElseThrow();
        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(store.notes(layout.article().id())).extracting(Note::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void changesKeptWhileSavingFailsAreSavedByTheRetryWithoutAnotherChange() throws Exception {
        List<Runnable> retries = new ArrayList<>();
        StoreQueue queue = StoreQueue.over(CompletableFuture.completedFuture(flaky), Runnable::run,
                (delay, task) -> retries.add(task));
        AnnotationsViewModel vm = new AnnotationsViewModel(queue, Runnable::run, Runnable::run, Clock.systemUTC());
        vm.open(layout, "hash-1");
        flaky.failNext(new StoreException("Your disk is full."));

        Note kept = vm.addHighlight(leadBlock, 0, 5, HighlightColor.YELLOW).orElseThrow();
        assertThat(vm.saveStateProperty().get().message()).contains("Your disk is full.", "kept");
        assertThat(vm.unsavedChanges()).isEqualTo(1);
        assertThat(store.notes(layout.article().id())).isEmpty();

        assertThat(retries).hasSize(1);
        retries.remove(0).run();

        assertThat(vm.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(vm.unsavedChanges()).isZero();
        assertThat(store.notes(layout.article().id())).extracting(Note::id).containsExactly(kept.id());
    }

    @Test
    void annotationsLoadedFromTheStoreArePlacedOffTheFxThread() throws Exception {
        store.saveNote(sampleNote());
        java.util.ArrayDeque<Runnable> background = new java.util.ArrayDeque<>();
        AnnotationsViewModel vm = new AnnotationsViewModel(
                StoreQueue.over(CompletableFuture.completedFuture(store), Runnable::run), background::add,
                Runnable::run, Clock.systemUTC());

        vm.open(layout, "hash-1");
        assertThat(vm.loadedProperty().get()).as("waits for the placing").isFalse();
        assertThat(vm.knownPlacements()).isZero();
        background.poll().run();

        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.knownPlacements()).as("placed on the background executor").isEqualTo(1);
    }

    private Note sampleNote() {
        String text = layout.blocks().get(leadBlock).text();
        var anchor = app.margin.model.Anchor.passage(Article.LEAD_SECTION_ID, 0, text, 0, 12);
        java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
        return new Note("n1", layout.article().id(), "hash-1", app.margin.model.NoteKind.HIGHLIGHT, anchor,
                HighlightColor.YELLOW, "", List.of(), t, t);
    }
}
