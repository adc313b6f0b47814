package app.margin.ui.search;

import app.margin.article.ContentHash;
import app.margin.library.Library;
import app.margin.model.Article;
import app.margin.store.AnnotationStore;
import app.margin.store.LibrarySearch;
import app.margin.ui.queue.StoreQueue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Brings the library search up to the library: articles that were in the library before the search existed, or
 * whose file changed since it was indexed (opened at start with {@code --article}, changed outside Margin), go
 * into the index; articles no longer in the library come out. It starts after the first frame and costs a folder
 * listing when there is nothing to do. Files are read on the background executor; the index is written through
 * the store queue, {@value #BLOCKS_PER_TASK} paragraphs a task, each task asked for only when the one before has
 * finished, so a note saved meanwhile waits for at most one small task. Its tasks are reads for the queue: dropped
 * when Margin closes, and an article cut off half-way is done again at the next start (nothing is marked indexed
 * before its last part). Running it twice does nothing twice.
 */
public final class SearchCatchUp {

    static final int BLOCKS_PER_TASK = 200;
    private static final System.Logger LOG = System.getLogger("app.margin");

    private final Library library;
    private final StoreQueue queue;
    private final Executor background;
    private CompletableFuture<Integer> running = CompletableFuture.completedFuture(0);

    public SearchCatchUp(Library library, StoreQueue queue, Executor background) {
        this.library = library;
        this.queue = queue;
        this.background = background;
    }

    /**
     * Starts catching up, unless a round is running (then that one is returned). Completes with how many articles
     * went into the index; a problem is logged, and the next start tries again.
     */
    public synchronized CompletableFuture<Integer> start() {
        if (!running.isDone()) {
            return running;
        }
        running = queue.run(StoreQueue.Kind.READ, SearchCatchUp::indexed)
                .thenApplyAsync(this::plan, background)
                .thenCompose(this::work)
                .whenComplete((count, error) -> {
                    if (error != null && !queue.isClosing()) {
                        LOG.log(System.Logger.Level.WARNING, "the library search could not catch up", error);
                    }
                });
        return running;
    }

    /** The round running, or else the last one (done); done with 0 when none has started. */
    public synchronized CompletableFuture<Integer> current() {
        return running;
    }

    private static Map<String, LibrarySearch.Indexed> indexed(AnnotationStore store) throws Exception {
        if (store == null) {
            throw new IllegalStateException("the notes database is not open");
        }
        return LibrarySearch.of(store).indexedArticles();
    }

    /** The articles to index, with when their files changed (null: the bundled one), and those to take out. */
    private record Plan(Map<String, Instant> toIndex, List<String> toDrop) {}

    /** What is missing or out of date: by the files' times, and for the bundled article by its text. */
    private Plan plan(Map<String, LibrarySearch.Indexed> indexed) {
        Map<String, Instant> changes;
        try {
            changes = library.changes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, Instant> toIndex = new LinkedHashMap<>();
        changes.forEach((id, changed) -> {
            if (isStale(indexed.get(id), changed)) {
                toIndex.put(id, changed);
            }
        });
        List<String> toDrop = indexed.keySet().stream().filter(id -> !changes.containsKey(id)).sorted().toList();
        return new Plan(toIndex, toDrop);
    }

    private boolean isStale(LibrarySearch.Indexed indexed, Instant changed) {
        if (indexed == null) {
            return true;
        }
        if (changed == null) {
            return !indexed.contentHash().equals(ContentHash.of(library.bundled()));
        }
        return changed.isAfter(indexed.at());
    }

    private CompletableFuture<Integer> work(Plan plan) {
        CompletableFuture<Integer> done = queue.run(StoreQueue.Kind.READ, s -> {
            for (String id : plan.toDrop()) {
                LibrarySearch.of(s).dropArticle(id);
            }
            return 0;
        });
        for (Map.Entry<String, Instant> article : plan.toIndex().entrySet()) {
            done = done.thenCompose(count -> index(article.getKey(), article.getValue())
                    .thenApply(added -> count + added));
        }
        return done;
    }

    /** Reads the article, then indexes it part by part; 1 when it went in, 0 when it need not or cannot. */
    private CompletableFuture<Integer> index(String id, Instant changed) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return library.open(id);
            } catch (app.margin.article.ArticleException e) {
                return null; // an unreadable file is said in the Library; there is nothing to index
            }
        }, background).thenCompose(article -> article == null ? CompletableFuture.completedFuture(0)
                : part(article, changed, 0, null));
    }

    /**
     * One part, then the next, each its own queue task; starts over if the store was swapped (a restore). The first
     * part looks again whether the article is still stale: it may have been opened, and indexed, meanwhile.
     * Completes with 1 when the article went in, 0 when it did not need to.
     */
    private CompletableFuture<Integer> part(Article article, Instant changed, int from, AnnotationStore store) {
        int[] next = {-1};
        boolean[] skipped = {false};
        AnnotationStore[] used = {null};
        return queue.run(StoreQueue.Kind.READ, s -> {
            if (s == null) {
                throw new IllegalStateException("the notes database is not open");
            }
            LibrarySearch search = LibrarySearch.of(s);
            int start = s == store ? from : 0;
            if (start == 0 && !isStale(search.indexedArticles().get(article.id()), changed)) {
                skipped[0] = true;
                return null;
            }
            used[0] = s;
            next[0] = search.indexPart(article, start, BLOCKS_PER_TASK);
            return null;
        }).thenCompose(v -> skipped[0] ? CompletableFuture.completedFuture(0)
                : next[0] < 0 ? CompletableFuture.completedFuture(1)
                : part(article, changed, next[0], used[0]));
    }
}
