package app.margin.ui.annotations;

import app.margin.model.ArticleLayout;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What closing needs from the annotations, kept where any thread can read it: the open article's notes,
 * bookmarks and drafts as of the last change, and note text typed but not yet handed to the {@link Writer}
 * (saving waits for a pause in typing). Written on the FX thread; read when the window closes or the system ends
 * Margin, perhaps off the FX thread.
 */
final class ClosingState {

    private final Writer writer;
    private final ConcurrentHashMap<String, Note> typing = new ConcurrentHashMap<>();
    private volatile ClosingSnapshot snapshot = ClosingSnapshot.EMPTY;

    ClosingState(Writer writer) {
        this.writer = writer;
    }

    /** On the FX thread, after every change. */
    void update(ArticleLayout layout, List<Note> notes, List<Bookmark> bookmarks, Map<String, String> drafts) {
        snapshot = new ClosingSnapshot(layout, List.copyOf(notes), List.copyOf(bookmarks), Map.copyOf(drafts));
    }

    /** What closing needs, as of the last change; safe to call from any thread. */
    ClosingSnapshot snapshot() {
        return snapshot;
    }

    /** A note as the reader is typing it, not handed to the store yet. */
    void typed(Note asTyped) {
        typing.put(asTyped.id(), asTyped);
    }

    /** The note's typing was handed to the store (or the note is gone). */
    void handedOver(String id) {
        typing.remove(id);
    }

    /** Notes as typed but not yet handed to the store; safe to call from any thread. */
    Collection<Note> typedButNotSaved() {
        return List.copyOf(typing.values());
    }

    /**
     * Hands note text typed but not yet saved to the store's queue, after every change made so far. Safe from any
     * thread; the FX thread hears nothing more.
     */
    void saveTypingOnClose() {
        writer.writeOnClose(typedButNotSaved());
        typing.clear();
    }
}
