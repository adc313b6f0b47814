package app.margin.ui.annotations;

import app.margin.model.Anchor;
import app.margin.model.AnchorResolver;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import app.margin.model.Placement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The notes, bookmarks and drafts of the open article as shown, where each sits in the text, and the one path by
 * which they change: every {@link Change} is recorded for undo, shown at once, handed to the {@link Writer} and
 * kept in the {@link ClosingState}. Used on the FX thread.
 */
final class OpenAnnotations {

    private final Writer writer;
    private final ClosingState closing;
    private final UndoHistory history = new UndoHistory();
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final ObservableList<Bookmark> bookmarks = FXCollections.observableArrayList();
    /**
     * The notes by id, kept in step with {@link #notes} and updated before it, so that listeners of the list
     * can look notes up. Lookups by id stay fast with thousands of notes.
     */
    private final Map<String, Note> notesById = new HashMap<>();
    private final ObservableList<Note> readOnlyNotes = FXCollections.unmodifiableObservableList(notes);
    private final ObservableList<Bookmark> readOnlyBookmarks = FXCollections.unmodifiableObservableList(bookmarks);
    /** Note texts refused for being too long, by note id: kept so that closing the editor loses nothing. */
    private final ObservableMap<String, String> drafts = FXCollections.observableHashMap();
    private final ObservableMap<String, String> readOnlyDrafts = FXCollections.unmodifiableObservableMap(drafts);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyObjectWrapper<Change> lastDeletion = new ReadOnlyObjectWrapper<>(this, "lastDeletion");
    private final Map<Anchor, Optional<Placement>> placements = new HashMap<>();
    private ArticleLayout layout;
    private AnchorResolver resolver;
    /** The open article's content hash, worked out off the FX thread (a book's text takes a moment). */
    private ContentHashTask contentHash = ContentHashTask.known(null);

    OpenAnnotations(Writer writer, ClosingState closing) {
        this.writer = writer;
        this.closing = closing;
    }

    /** Shows another article, with nothing on it until its annotations are read. */
    void reset(ArticleLayout newLayout, ContentHashTask newContentHash) {
        layout = newLayout;
        resolver = new AnchorResolver(newLayout);
        contentHash = newContentHash;
        loaded.set(false);
        history.clear();
        placements.clear();
        notesById.clear();
        notes.clear();
        bookmarks.clear();
        updateSnapshot();
    }

    /** Shows what was read for {@code readFor}, if it is still open; what changed since opening is newer and kept. */
    void showLoaded(ArticleLayout readFor, AnnotationLoader.Loaded read, Map<Anchor, Optional<Placement>> found) {
        if (layout != readFor) {
            return;
        }
        found.forEach(placements::putIfAbsent);
        List<Note> mergedNotes = merge(read.notes(), notes, Note::id);
        List<Bookmark> mergedBookmarks = merge(read.bookmarks(), bookmarks, Bookmark::id);
        notesById.clear();
        mergedNotes.forEach(n -> notesById.put(n.id(), n));
        notes.setAll(mergedNotes);
        bookmarks.setAll(mergedBookmarks);
        updateSnapshot();
        loaded.set(true);
    }

    private static <T> List<T> merge(List<T> stored, List<T> sinceOpening, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        stored.forEach(t -> byId.put(id.apply(t), t));
        sinceOpening.forEach(t -> byId.put(id.apply(t), t));
        return List.copyOf(byId.values());
    }

    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    ObservableList<Note> notes() {
        return readOnlyNotes;
    }

    ObservableList<Bookmark> bookmarks() {
        return readOnlyBookmarks;
    }

    ObservableMap<String, String> drafts() {
        return readOnlyDrafts;
    }

    ArticleLayout layout() {
        return layout;
    }

    ContentHashTask contentHashTask() {
        return contentHash;
    }

    /** The open article's content hash; waits for it in the moment after opening a long book. */
    String contentHash() {
        return contentHash.join();
    }

    /** Where an annotation sits in the pane now, remembered per anchor: a fuzzy search is not free. */
    Optional<Placement> placementOf(Anchor anchor) {
        return resolver == null ? Optional.empty() : placements.computeIfAbsent(anchor, resolver::resolve);
    }

    int knownPlacements() {
        return placements.size();
    }

    Optional<Note> note(String id) {
        return Optional.ofNullable(notesById.get(id));
    }

    Optional<Bookmark> bookmark(String id) {
        return bookmarks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** The anchor of {@code [start, end)} in a body paragraph; empty for headings and empty ranges. */
    Optional<Anchor> passage(int blockIndex, int start, int end) {
        Block block = layout.blocks().get(blockIndex);
        if (!block.isParagraph() || start >= end) {
            return Optional.empty();
        }
        return Optional.of(Anchor.passage(block.sectionId(), block.paragraphIndex(), block.text(), start, end));
    }

    // ---- Drafts ---------------------------------------------------------------------------------------

    void putDraft(String id, String text) {
        drafts.put(id, text);
        updateSnapshot();
    }

    void dropDraft(String id) {
        if (drafts.remove(id) != null) {
            updateSnapshot();
        }
    }

    // ---- Changes and undo -----------------------------------------------------------------------------

    void apply(Change change) {
        history.record(change);
        show(change.after(), change.before());
    }

    /** Applies a deletion and offers it to the "Deleted — Undo" notice. */
    void delete(Change deletion) {
        apply(deletion);
        lastDeletion.set(deletion);
    }

    /** Ends an editing session: the next edit is a new undo step. */
    void seal() {
        history.seal();
    }

    /** Makes {@code gone} vanish as if it had never been: no notice, nothing to undo. */
    void discard(Note gone) {
        history.forget(gone.id());
        show(null, gone);
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    ReadOnlyObjectProperty<Change> lastDeletionProperty() {
        return lastDeletion.getReadOnlyProperty();
    }

    /** Brings back what a deletion removed, as a new, undoable change, even if other changes came after it. */
    void restoreDeleted(Change deletion) {
        Object gone = deletion.before();
        boolean present = gone instanceof Note n ? note(n.id()).isPresent()
                : bookmark(((Bookmark) gone).id()).isPresent();
        if (!present) {
            apply(new Change(null, gone, "Restore", false));
        }
    }

    void undo() {
        if (history.canUndoProperty().get()) {
            Change c = history.popUndo();
            show(c.before(), c.after());
        }
    }

    void redo() {
        if (history.canRedoProperty().get()) {
            Change c = history.popRedo();
            show(c.after(), c.before());
        }
    }

    /** Makes {@code state} current (null: {@code other} no longer exists), in the lists and in the store. */
    private void show(Object state, Object other) {
        if (state instanceof Note n) {
            notesById.put(n.id(), n);
            replace(notes, n.id(), n);
            writer.write(store -> store.saveNote(n));
        } else if (state instanceof Bookmark b) {
            replace(bookmarks, b.id(), b);
            writer.write(store -> store.saveBookmark(b));
        } else if (other instanceof Note n) {
            notesById.remove(n.id());
            drafts.remove(n.id());
            closing.handedOver(n.id());
            notes.removeIf(x -> x.id().equals(n.id()));
            writer.write(store -> store.deleteNote(n.id()));
        } else if (other instanceof Bookmark b) {
            bookmarks.removeIf(x -> x.id().equals(b.id()));
            writer.write(store -> store.deleteBookmark(b.id()));
        }
        updateSnapshot();
    }

    private static <T> void replace(ObservableList<T> list, String id, T value) {
        for (int i = 0; i < list.size(); i++) {
            Object x = list.get(i);
            String xId = x instanceof Note n ? n.id() : ((Bookmark) x).id();
            if (xId.equals(id)) {
                list.set(i, value);
                return;
            }
        }
        list.add(value);
    }

    private void updateSnapshot() {
        closing.update(layout, notes, bookmarks, drafts);
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
