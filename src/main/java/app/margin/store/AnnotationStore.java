package app.margin.store;

import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.model.ReadingPosition;
import java.util.List;
import java.util.Optional;

/**
 * Bookmarks, notes, reading positions and reader settings, kept safe on disk.
 *
 * <p>Every method that changes something returns only after the change is committed durably; callers may
 * tell the reader "saved" once it returns. Methods block: call them off the FX thread. Implementations are
 * safe to call from several threads.
 */
public interface AnnotationStore extends AutoCloseable {

    List<Bookmark> bookmarks(String articleId) throws StoreException;

    /**
     * Inserts the bookmark, or replaces the one with the same id (the reader's latest action wins, so undo can
     * bring back an older version). An id that belongs to another article's bookmark is refused: a bookmark never
     * moves between articles.
     */
    void saveBookmark(Bookmark bookmark) throws StoreException;

    void deleteBookmark(String id) throws StoreException;

    /** All notes and highlights of the article, oldest first. */
    List<Note> notes(String articleId) throws StoreException;

    /**
     * Inserts the note, or replaces the one with the same id (the reader's latest action wins, so undo can bring
     * back an older version). An id that belongs to another article's note is refused: a note never moves between
     * articles.
     */
    void saveNote(Note note) throws StoreException;

    void deleteNote(String id) throws StoreException;

    /**
     * Merges imported notes and bookmarks into article {@code articleId}, by id, in one transaction: all of it is
     * committed or none. An id the store does not have is added; one it has on this article is replaced only when
     * the import's {@code updated} time is later (on a tie the stored copy stays), so an older copy never overwrites
     * a newer edit and importing twice changes nothing; one it has on another article is left alone, never moved.
     * Nothing is deleted.
     *
     * @throws IllegalArgumentException if a note or bookmark does not belong to {@code articleId}
     */
    ImportOutcome importAnnotations(String articleId, List<Note> notes, List<Bookmark> bookmarks)
            throws StoreException;

    /**
     * Several articles' imports, each merged as {@link #importAnnotations(String, List, List)} merges one, in one
     * transaction: all of them are committed or none. This default, for stores without transactions, merges one
     * article after another.
     */
    default List<ImportOutcome> importAnnotations(List<ArticleImport> imports) throws StoreException {
        List<ImportOutcome> out = new java.util.ArrayList<>();
        for (ArticleImport one : imports) {
            out.add(importAnnotations(one.articleId(), one.notes(), one.bookmarks()));
        }
        return out;
    }

    Optional<ReadingPosition> readingPosition(String articleId) throws StoreException;

    void saveReadingPosition(ReadingPosition position) throws StoreException;

    /** Annotation counts, reading progress and last-read time of every article the store knows. */
    java.util.Map<String, app.margin.model.ArticleActivity> activity() throws StoreException;

    /** A reader setting (theme, font size, window size...), stored as text. */
    Optional<String> setting(String key) throws StoreException;

    void saveSetting(String key, String value) throws StoreException;

    /**
     * Each stored row that could not be read (a bad date, kind or colour) and was therefore left out of what
     * {@link #notes} or {@link #bookmarks} returned; empty when every row read. The rows themselves are kept as they
     * are.
     */
    default List<LeftOutRow> unreadableRows() {
        return List.of();
    }

    @Override
    void close() throws StoreException;
}
