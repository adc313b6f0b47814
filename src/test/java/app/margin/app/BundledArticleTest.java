package app.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.article.ArticleReader;
import app.margin.model.Article;
import app.margin.ui.queue.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled article is read once, and at start only when it is the article to show. */
class BundledArticleTest {
    @TempDir
    Path dir;

    private final ArrayDeque<Runnable> worker = new ArrayDeque<>();
    private final Background background = new Background(worker::add, Runnable::run);

    @Test
    void aStartWithAFileAskedForDoesNotReadTheBundledArticle() throws Exception {
        Path book = Files.writeString(dir.resolve("notes.md"), "# Notes\n\nA line.\n");
        StartUp withFile = new StartUp(Optional.of(book), WindowState.load(dir), background, null, () -> false);
        withFile.readBundled(new ArticleReader());
        assertThat(worker).as("nothing queued to read it").isEmpty();

        StartUp plain = new StartUp(Optional.empty(), WindowState.load(dir.resolve("fresh")), background, null,
                () -> false);
        BundledArticle bundled = plain.readBundled(new ArticleReader());
        assertThat(worker).as("it is the article to show: read alongside the window").hasSize(1);
        worker.poll().run();
        assertThat(bundled.get().title()).startsWith("US-Russia Military Talks");
    }

    @Test
    void itIsReadOnceWhoeverAsksFirst() {
        AtomicInteger reads = new AtomicInteger();
        Article article = app.margin.TestArticles.bundled();
        BundledArticle bundled = new BundledArticle(() -> {
            reads.incrementAndGet();
            return article;
        }, background);

        bundled.soon();
        bundled.soon();
        assertThat(worker).hasSize(1);
        worker.poll().run();
        assertThat(bundled.get()).isSameAs(article);
        List<Article> later = new ArrayList<>();
        bundled.whenRead(later::add, e -> { });
        assertThat(later).containsExactly(article);
        assertThat(worker).isEmpty();
        assertThat(reads).hasValue(1);
    }

    @Test
    void askedForBeforeAnyoneStartedItIsReadOnTheAskingThread() {
        AtomicInteger reads = new AtomicInteger();
        BundledArticle bundled = new BundledArticle(() -> {
            reads.incrementAndGet();
            return app.margin.TestArticles.bundled();
        }, background);
        assertThat(bundled.get().title()).startsWith("US-Russia");
        bundled.soon();
        assertThat(worker).as("read already").isEmpty();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aBundledArticleThatCannotBeReadSaysSoToWhoeverWaits() {
        BundledArticle bundled = new BundledArticle(() -> {
            throw new java.io.IOException("gone");
        }, background);
        List<Throwable> failures = new ArrayList<>();
        bundled.whenRead(a -> { }, failures::add);
        worker.poll().run();
        assertThat(failures).hasSize(1);
    }
}
