package app.margin.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.margin.TestArticles;
import app.margin.article.ArticleReader;
import app.margin.article.ArticleWriter;
import app.margin.library.Library;
import app.margin.model.Article;
import app.margin.model.Section;
import app.margin.store.AnnotationStore;
import app.margin.store.LibrarySearch;
import app.margin.store.StoreOpener;
import app.margin.ui.queue.StoreQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles in the library before the search existed go into it, a part at a time, once. */
class SearchCatchUpTest {

    @TempDir
    Path dataDir;

    private Library library() {
        return new Library(dataDir, new ArticleReader(), TestArticles::bundled, Clock.systemUTC());
    }

    private static Article article(String id, String title, String word, int paragraphs) {
        List<String> text = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            text.add("Paragraph " + i + " about the " + word + ".");
        }
        return new Article(id, title, null, null, null, List.of(), List.of(new Section("s-1", "One", text, List.of())),
                false);
    }

    private void inLibrary(Article article) throws Exception {
        Files.createDirectories(dataDir.resolve(Library.FOLDER));
        ArticleWriter.write(article, library().fileOf(article.id()));
    }

    private static int hits(AnnotationStore store, String word) throws Exception {
        return LibrarySearch.of(store).search(word).hitCount();
    }

    @Test
    void articlesAlreadyInTheLibraryAndTheBundledOneGoInOnce() throws Exception {
        inLibrary(article("a-1", "Mammals", "pangolin", 3));
        inLibrary(article("a-2", "Birds", "kestrel", 2));
        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            StoreQueue queue = StoreQueue.over(CompletableFuture.completedFuture(store), Runnable::run);
            SearchCatchUp catchUp = new SearchCatchUp(library(), queue, Runnable::run);

            assertThat(catchUp.start().join()).isEqualTo(3);
            assertThat(hits(store, "pangolin")).isEqualTo(3);
            assertThat(hits(store, "kestrel")).isEqualTo(2);
            assertThat(hits(store, "Russia")).as("the bundled article").isPositive();
            assertThat(LibrarySearch.of(store).search("kestrel").articles().get(0).title()).isEqualTo("Birds");

            assertThat(catchUp.start().join()).as("nothing to do the second time").isZero();
            assertThat(hits(store, "pangolin")).isEqualTo(3);
        }
    }

    @Test
    void anArticleGoneFromTheLibraryLeavesTheIndex() throws Exception {
        inLibrary(article("a-1", "Mammals", "pangolin", 3));
        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            StoreQueue queue = StoreQueue.over(CompletableFuture.completedFuture(store), Runnable::run);
            new SearchCatchUp(library(), queue, Runnable::run).start().join();
            Files.delete(library().fileOf("a-1"));
            new SearchCatchUp(library(), queue, Runnable::run).start().join();
            assertThat(hits(store, "pangolin")).isZero();
        }
    }

    @Test
    void anArticleCutOffHalfWayIsDoneWholeAtTheNextStart() throws Exception {
        inLibrary(article("a-1", "Long", "pangolin", 3 * SearchCatchUp.BLOCKS_PER_TASK));
        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            // The first part went in, then Margin closed.
            LibrarySearch.of(store).indexPart(library().open("a-1"), 0, SearchCatchUp.BLOCKS_PER_TASK);
        }
        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            StoreQueue queue = StoreQueue.over(CompletableFuture.completedFuture(store), Runnable::run);
            new SearchCatchUp(library(), queue, Runnable::run).start().join();
            assertThat(LibrarySearch.of(store).search("pangolin 599").hitCount()).isEqualTo(1);
            assertThat(LibrarySearch.of(store).search("pangolin 0").hitCount()).as("no row twice").isEqualTo(1);
        }
    }

    /** How many of the long article's five parts are in the index: a paragraph from each. */
    private static int partsIn(AnnotationStore store) throws Exception {
        int parts = 0;
        for (int k = 0; k < 5; k++) {
            parts += hits(store, "paragraph " + (k * SearchCatchUp.BLOCKS_PER_TASK + 150) + " pangolin") > 0 ? 1 : 0;
        }
        return parts;
    }

    @Test
    void aNoteSavedWhileALongArticleIsIndexedWaitsForOnePartOnly() throws Exception {
        inLibrary(article("a-1", "Long", "pangolin", 5 * SearchCatchUp.BLOCKS_PER_TASK));
        try (AnnotationStore store = StoreOpener.open(dataDir, Clock.systemUTC()).store()) {
            ArrayDeque<Runnable> tasks = new ArrayDeque<>();
            StoreQueue queue = StoreQueue.over(CompletableFuture.completedFuture(store), tasks::add);
            CompletableFuture<Integer> done = new SearchCatchUp(library(), queue, Runnable::run).start();
            List<String> order = new ArrayList<>();
            // Run the queue up to the first part of the long article.
            while (partsIn(store) == 0) {
                tasks.poll().run();
            }
            queue.submit(StoreQueue.Kind.WRITE, s -> order.add("note saved"));
            assertThat(tasks).as("the next part and the note: nothing more is asked for ahead").hasSize(2);
            while (!tasks.isEmpty()) {
                int before = partsIn(store);
                tasks.poll().run();
                if (partsIn(store) > before) {
                    order.add("part");
                }
            }
            assertThat(done.join()).as("the long article and the bundled one").isEqualTo(2);
            // The next part was asked for as the first finished; the note goes in after it, before the other three.
            assertThat(order).containsExactly("part", "note saved", "part", "part", "part");
        }
    }
}
