package app.margin.store;

import app.margin.model.Article;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Search across the library: the text of every article in it, every note's text and tags, every bookmark's name.
 * Notes and bookmarks keep their own index rows in step (triggers in the same transaction); an article's text goes
 * in with {@link #indexArticle} (or in parts, {@link #indexPart}) when it joins the library and out with
 * {@link #dropArticle}.
 */
public interface LibrarySearch {

    /** At most this many hits are returned, the best first. */
    int LIMIT = 200;

    /** Puts the article's text in the index, replacing what was there for its id; one transaction. */
    void indexArticle(Article article) throws StoreException;

    /**
     * Puts at most {@code maxBlocks} of the article's blocks, from block {@code from}, in the index, in one
     * transaction. Part 0 first takes out what was there for the article; the last part records the article as
     * indexed, so an article cut off half-way (Margin closed) is done again from its start.
     *
     * @return the block the next part starts at, or -1 when the article is done
     */
    int indexPart(Article article, int from, int maxBlocks) throws StoreException;

    /** Takes the article's text out of the index (its notes stay, as they stay in the store). */
    void dropArticle(String articleId) throws StoreException;

    /** The articles whose text is in the index, by id. */
    Map<String, Indexed> indexedArticles() throws StoreException;

    /** An article in the index: the content hash of the text indexed, and when. */
    record Indexed(String contentHash, Instant at) {}

    /**
     * Searches for every word of {@code query} (each a prefix, but for one-letter words), ranked by bm25, grouped by
     * article in the order of each article's best hit. Any text is a valid query: FTS syntax in it is taken as words.
     */
    SearchResults search(String query) throws StoreException;

    /** The search kept in the same file as {@code store}, on its connection. */
    static LibrarySearch of(AnnotationStore store) {
        return find(store).orElseThrow(() -> new IllegalArgumentException(
                "The library search is kept only in a store opened by StoreOpener"));
    }

    /** The search of {@code store}, or empty when it is not a store opened by StoreOpener (or is null). */
    static Optional<LibrarySearch> find(AnnotationStore store) {
        return store instanceof SqliteAnnotationStore sqlite ? Optional.of(new SqliteLibrarySearch(sqlite))
                : Optional.empty();
    }

    /**
     * Puts {@code article} in the search of {@code store} when it keeps one (a store opened by StoreOpener; not a
     * null one), as an article joins the library.
     */
    static void index(AnnotationStore store, Article article) throws StoreException {
        Optional<LibrarySearch> search = find(store);
        if (search.isPresent()) {
            search.get().indexArticle(article);
        }
    }

    /**
     * What a search found, grouped by article; {@code message} says why there is nothing, or, with results, that
     * only the latest of very many matches were ranked (else it is empty).
     */
    record SearchResults(List<ArticleHits> articles, String message) {
        public SearchResults {
            articles = List.copyOf(articles);
        }

        static SearchResults nothing(String message) {
            return new SearchResults(List.of(), message);
        }

        public int hitCount() {
            return articles.stream().mapToInt(a -> a.hits().size()).sum();
        }
    }

    /** The hits in one article; {@code title} is the article's id when the article is not in the library. */
    record ArticleHits(String articleId, String title, List<Hit> hits) {
        public ArticleHits {
            hits = List.copyOf(hits);
        }
    }

    /**
     * Where a hit is: an article's text, the words inside one of its pictures (a PDF table's cells; its
     * {@code offset} is 0, the start of the picture's paragraph), a note, a note's tags, a bookmark's name.
     */
    enum HitKind { TEXT, PICTURE, NOTE, TAG, BOOKMARK }

    /**
     * One matching row: where it is ({@code paragraphIndex} -1 for a heading or a section note; {@code offset} the
     * character in that paragraph where the first matching word starts, for a note or bookmark where its words
     * start), the matching words in context ({@code snippet}, with {@code marks} the matched ranges in it), and its
     * bm25 score (lower is better). {@code refId} is the note's or bookmark's id, or null for article text.
     */
    record Hit(HitKind kind, String articleId, String sectionId, int paragraphIndex, int offset, String refId,
               String snippet, List<Mark> marks, double score) {
        public Hit {
            marks = List.copyOf(marks);
        }

        /** How many characters the first matching word has (article text), else 0. */
        public int length() {
            return kind == HitKind.TEXT && !marks.isEmpty() ? marks.get(0).end() - marks.get(0).start() : 0;
        }
    }

    /** A matched range {@code [start, end)} in a snippet. */
    record Mark(int start, int end) {}
}
