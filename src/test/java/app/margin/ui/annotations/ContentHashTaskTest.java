package app.margin.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.margin.TestArticles;
import app.margin.article.ContentHash;
import app.margin.model.ArticleLayout;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An article's content hash is worked out once, when its annotations have been read or a new one needs it, not as
 * the article is shown: a long book's hash no longer competes with painting its first page.
 */
class ContentHashTaskTest {

    @Test
    void theHashIsWorkedOutOnlyOnceStartedAndOnlyOnce() {
        AtomicInteger runs = new AtomicInteger();
        List<Runnable> queued = new ArrayList<>();
        ContentHashTask task = new ContentHashTask(
                () -> "hash-" + runs.incrementAndGet(), queued::add);

        assertThat(queued).isEmpty();
        task.start();
        task.start();
        assertThat(queued).hasSize(1);
        queued.get(0).run();

        assertThat(task.join()).isEqualTo("hash-1");
        assertThat(task.join()).isEqualTo("hash-1");
        assertThat(runs).hasValue(1);
    }

    @Test
    void askingForTheHashStartsIt() {
        ContentHashTask task = new ContentHashTask(() -> "h", Runnable::run);

        assertThat(task.join()).isEqualTo("h");
    }

    @Test
    void whenTheBackgroundThreadsAreGoneTheHashIsWorkedOutByWhoeverAsks() {
        java.util.concurrent.ExecutorService gone = java.util.concurrent.Executors.newSingleThreadExecutor();
        gone.shutdown();
        ContentHashTask task = new ContentHashTask(() -> "h", gone);

        assertThat(task.join()).isEqualTo("h");
    }

    @Test
    void aHashThatCannotBeWorkedOutFailsWhoeverWaitsForIt() {
        ContentHashTask task = new ContentHashTask(() -> {
            throw new OutOfMemoryError("no room");
        }, Runnable::run);

        assertThatThrownBy(task::join).isInstanceOf(CompletionException.class).hasCauseInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void aHighlightMadeBeforeTheStoreOpensCarriesTheArticlesHash() {
        ArticleLayout layout = ArticleLayout.of(TestArticles.bundled());
        // The store never opens here, so the annotations are never read: the highlight itself asks for the hash.
        AnnotationsViewModel vm = new AnnotationsViewModel(new CompletableFuture<>(), Runnable::run, Runnable::run,
                Clock.systemUTC());
        vm.open(layout);

        Note note = vm.addHighlight(layout.blockOf(app.margin.model.Article.LEAD_SECTION_ID, 0), 0, 12,
                HighlightColor.YELLOW).orElseThrow();

        assertThat(note.contentHash()).isEqualTo(ContentHash.of(TestArticles.bundled()));
    }
}
