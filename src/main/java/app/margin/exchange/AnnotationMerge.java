package app.margin.exchange;

import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Merges imported annotations into what the reader already has, by annotation id: an annotation the reader does
 * not have is added; one the reader has is replaced only when the import's {@code updated} time is later (on a
 * tie the reader's copy stays). So importing the same file twice changes nothing, and an older copy never
 * overwrites a newer edit. Nothing is deleted: an annotation deleted here but present in the file comes back.
 */
public final class AnnotationMerge {

    /**
     * What a merge would save, and its counts; {@link #plan} computes it without touching any store.
     *
     * @param notesToSave     notes to insert or replace
     * @param bookmarksToSave bookmarks to insert or replace
     * @param result          the counts the reader is told
     */
    public record Plan(List<Note> notesToSave, List<Bookmark> bookmarksToSave, MergeResult result) {
        public Plan {
            notesToSave = List.copyOf(notesToSave);
            bookmarksToSave = List.copyOf(bookmarksToSave);
        }
    }

    private AnnotationMerge() {}

    /**
     * Merges {@code incoming} into the store's annotations of article {@code targetArticleId}.
     *
     * @throws ExchangeException if the file's annotations belong to another article (nothing is changed), or the
     *                           store fails (annotations saved before the failure stay saved; importing again
     *                           finishes the job, since the merge is idempotent)
     */
    public static MergeResult merge(AnnotationStore store, ExportData incoming, String targetArticleId)
            throws ExchangeException {
        Objects.requireNonNull(store, "store");
        checkArticle(incoming, targetArticleId);
        try {
            Plan plan = plan(store.notes(targetArticleId), store.bookmarks(targetArticleId), incoming);
            for (Note note : plan.notesToSave()) {
                store.saveNote(note);
            }
            for (Bookmark bookmark : plan.bookmarksToSave()) {
                store.saveBookmark(bookmark);
            }
            return plan.result();
        } catch (StoreException e) {
            throw new ExchangeException("Margin could not save the imported notes: " + e.getMessage(), e);
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

    /** The pure merge: what to save given what the reader has now. */
    public static Plan plan(List<Note> currentNotes, List<Bookmark> currentBookmarks, ExportData incoming) {
        Counter counter = new Counter();
        List<Note> notes = changes(currentNotes, incoming.notes(), Note::id, Note::updated, counter);
        List<Bookmark> bookmarks =
                changes(currentBookmarks, incoming.bookmarks(), Bookmark::id, Bookmark::updated, counter);
        return new Plan(notes, bookmarks,
                new MergeResult(counter.added, counter.updated, counter.unchanged, counter.skippedOlder));
    }

    private static <T> List<T> changes(List<T> current, List<T> incoming, Function<T, String> id,
            Function<T, Instant> updated, Counter counter) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T existing : current) {
            byId.put(id.apply(existing), existing);
        }
        List<T> toSave = new ArrayList<>();
        for (T candidate : incoming) {
            T existing = byId.get(id.apply(candidate));
            if (existing == null) {
                counter.added++;
                toSave.add(candidate);
                byId.put(id.apply(candidate), candidate);
            } else if (existing.equals(candidate)) {
                counter.unchanged++;
            } else if (updated.apply(candidate).isAfter(updated.apply(existing))) {
                counter.updated++;
                toSave.add(candidate);
                byId.put(id.apply(candidate), candidate);
            } else {
                counter.skippedOlder++;
            }
        }
        return toSave;
    }

    private static final class Counter {
        int added;
        int updated;
        int unchanged;
        int skippedOlder;
    }
}
