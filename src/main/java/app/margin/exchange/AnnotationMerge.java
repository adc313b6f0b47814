package app.margin.exchange;

import app.margin.store.AnnotationStore;
import app.margin.store.StoreException;
import java.util.Objects;

/**
 * Merges imported annotations into what the reader already has, by annotation id, in one transaction of the store
 * ({@link AnnotationStore#importAnnotations}): an annotation the reader does not have is added; one the reader has
 * on this article is replaced only when the import's {@code updated} time is later (on a tie the reader's copy
 * stays); one whose id the reader has on another article is left alone: an annotation never moves between
 * articles, and a file cannot overwrite another article's notes by repeating their ids. So importing the same file
 * twice changes nothing, and an older copy never overwrites a newer edit. Nothing is deleted: an annotation deleted
 * here but present in the file comes back. The import is all or nothing.
 */
public final class AnnotationMerge {

    private AnnotationMerge() {}

    /**
     * Merges {@code incoming} into the store's annotations of article {@code targetArticleId}.
     *
     * @throws ExchangeException if the file's annotations belong to another article, or the store fails; either
     *                           way nothing is changed
     */
    public static MergeResult merge(AnnotationStore store, ExportData incoming, String targetArticleId)
            throws ExchangeException {
        Objects.requireNonNull(store, "store");
        checkArticle(incoming, targetArticleId);
        try {
            return MergeResult.of(store.importAnnotations(targetArticleId, incoming.notes(), incoming.bookmarks()));
        } catch (StoreException e) {
            throw new ExchangeException(e.getMessage(), e);
        }
    }

    /** Refuses annotations of another article: "these notes belong to another article: <title>". */
    public static void checkArticle(ExportData incoming, String targetArticleId) throws ExchangeException {
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(targetArticleId, "targetArticleId");
        if (!incoming.article().id().equals(targetArticleId)) {
            throw new ExchangeException("These notes belong to another article: " + incoming.article().title()
                    + ". Open that article to import them.");
        }
    }
}
