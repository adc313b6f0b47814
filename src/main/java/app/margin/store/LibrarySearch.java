package app.margin.store;

import app.margin.model.Article;
import java.util.List;
import java.util.Map;

/**
 * Search across the library: the text of every article in it, every note's text and tags, every bookmark's name.
 * Notes and bookmarks keep their own index rows in step (triggers in the same transaction); an article's text goes
 * in with {@link #indexArticle} when it joins the library and out with {@link #dropArticle}.
 */
public interface LibrarySearch {

    /** At most this many hits are returned, the best first. */
    int LIMIT = 200;

    /** Puts the article's text in the index, replacing what was there for its id; one transaction. */
    void indexArticle(Article article) throws StoreException;

    /** Takes the article's text out of the index (its notes stay, as they stay in the store). */
    void dropArticle(String articleId) throws StoreException;

    /** The articles whose text is in the index, by id, with the content hash it was indexed at. */
    Map<String, String> indexedArticles() throws StoreException;

    /**
     * Searches for every word of {@code query} (each a prefix), ranked by bm25, grouped by article in the order of
     * each article's best hit. Any text is a valid query: FTS syntax in it is taken as words.
     */
    SearchResults search(String query) throws StoreException;

    /** The search kept in the same file as {@code store}, on its connection. */
    static LibrarySearch of(AnnotationStore store) {
        if (store instanceof SqliteAnnotationStore sqlite) {
            return new SqliteLibrarySearch(sqlite);
        }
        throw new IllegalArgumentException("The library search is kept only in a store opened by StoreOpener");
    }

    /** The search of {@code store}, or empty when it is not a store opened by StoreOpener (or is null). */
    static java.util.Optional<LibrarySearch> find(AnnotationStore store) {
        return store instanceof SqliteAnnotationStore sqlite ? java.util.Optional.of(new SqliteLibrarySearch(sqlite))
                : java.util.Optional.empty();
    }

    /** What a search found, grouped by article; {@code message} says why there is nothing (else empty). */
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

    /** Where a hit is. */
    enum HitKind { TEXT, NOTE, TAG, BOOKMARK }

    /**
     * One matching row: where it is ({@code paragraphIndex} -1 for a heading or a section note), the matching words
     * in context ({@code snippet}, with {@code marks} the matched ranges in it), and its bm25 score (lower is
     * better). {@code refId} is the note's or bookmark's id, or null for article text.
     */
    record Hit(HitKind kind, String articleId, String sectionId, int paragraphIndex, String refId, String snippet,
               List<Mark> marks, double score) {
        public Hit {
            marks = List.copyOf(marks);
        }
    }

    /** A matched range {@code [start, end)} in a snippet. */
    record Mark(int start, int end) {}
}
