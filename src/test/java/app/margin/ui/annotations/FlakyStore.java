package app.margin.ui.annotations;

import app.margin.model.ArticleActivity;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.model.ReadingPosition;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A real store whose next writes fail with the errors it is given (a full disk, running out of memory). */
public final class FlakyStore implements AnnotationStore {

    private final AnnotationStore real;
    private final Deque<Throwable> failures = new ArrayDeque<>();

    public FlakyStore(AnnotationStore real) {
        this.real = real;
    }

    /** The next write throws this. */
    public FlakyStore failNext(Throwable t) {
        failures.add(t);
        return this;
    }

    private void maybeFail() throws StoreException {
        Throwable t = failures.poll();
        if (t instanceof StoreException e) {
            throw e;
        } else if (t instanceof RuntimeException e) {
            throw e;
        } else if (t instanceof Error e) {
            throw e;
        }
    }

    @Override
    public app.margin.store.ImportOutcome importAnnotations(String articleId, List<Note> notes, List<Bookmark> bookmarks)
            throws StoreException {
        maybeFail();
        return real.importAnnotations(articleId, notes, bookmarks);
    }

    @Override
    public List<Bookmark> bookmarks(String articleId) throws StoreException {
        return real.bookmarks(articleId);
    }

    @Override
    public void saveBookmark(Bookmark bookmark) throws StoreException {
        maybeFail();
        real.saveBookmark(bookmark);
    }

    @Override
    public void deleteBookmark(String id) throws StoreException {
        maybeFail();
        real.deleteBookmark(id);
    }

    @Override
    public List<Note> notes(String articleId) throws StoreException {
        return real.notes(articleId);
    }

    @Override
    public void saveNote(Note note) throws StoreException {
        maybeFail();
        real.saveNote(note);
    }

    @Override
    public void deleteNote(String id) throws StoreException {
        maybeFail();
        real.deleteNote(id);
    }

    @Override
    public Optional<ReadingPosition> readingPosition(String articleId) throws StoreException {
        return real.readingPosition(articleId);
    }

    @Override
    public void saveReadingPosition(ReadingPosition position) throws StoreException {
        maybeFail();
        real.saveReadingPosition(position);
    }

    @Override
    public Map<String, ArticleActivity> activity() throws StoreException {
        return real.activity();
    }

    @Override
    public Optional<String> setting(String key) throws StoreException {
        return real.setting(key);
    }

    @Override
    public void saveSetting(String key, String value) throws StoreException {
        maybeFail();
        real.saveSetting(key, value);
    }

    @Override
    public void close() throws StoreException {
        real.close();
    }
}
