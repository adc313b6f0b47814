package app.margin.ui.annotations;

import app.margin.model.Anchor;
import app.margin.model.AnchorResolver;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import app.margin.model.Placement;
import app.margin.store.AnnotationStore;
import app.margin.ui.queue.StoreQueue;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The bookmarks and notes of the open article, and every command that changes them. Changes show at
 * once and are written to the store on the background executor, in order; {@link #saveStateProperty()}
 * says "saved" only after the store has committed them. Every change can be undone.
 */
public final class AnnotationsViewModel {

    /** How many characters of a paragraph name a new bookmark. */
    static final int BOOKMARK_NAME_LENGTH = 48;

    private final Writer writer;
    private final Executor background;
    private final Executor fx;
    private final Clock clock;
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
    /**
     * What is typed in note editors and not yet handed to the store (saving waits for a pause in typing),
     * as the notes would be saved. Thread-safe: read when the system ends Margin, off the FX thread.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Note> typing = new java.util.concurrent.ConcurrentHashMap<>();
    /** Note texts refused for being too long, by note id: kept so that closing the editor loses nothing. */
    private final ObservableMap<String, String> drafts = FXCollections.observableHashMap();
    private final ObservableMap<String, String> readOnlyDrafts = FXCollections.unmodifiableObservableMap(drafts);
    /** Section notes made in this session and still empty: the only ones closing their editor may discard. */
    private final java.util.Set<String> freshSectionNotes = new java.util.HashSet<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyObjectWrapper<Change> lastDeletion = new ReadOnlyObjectWrapper<>(this, "lastDeletion");
    private ArticleLayout layout;
    private AnchorResolver resolver;
    private final Map<Anchor, Optional<Placement>> placements = new HashMap<>();
    /** The open article's content hash, worked out off the FX thread (a book's text takes a moment). */
    private ContentHashTask contentHash = ContentHashTask.known(null);
    /** What closing needs, as of the last change: written on the FX thread, read from any thread. */
    private volatile ClosingSnapshot snapshot = ClosingSnapshot.EMPTY;

    /**
     * @param store      the store, possibly still opening; changes made before it is ready wait for it
     * @param background where store work runs, in order, and re-anchoring (tests and tools)
     * @param fx         where results are delivered (the FX thread)
     */
    public AnnotationsViewModel(CompletableFuture<AnnotationStore> store, Executor background, Executor fx,
                                Clock clock) {
        this(StoreQueue.over(store, background), background, fx, clock);
    }

    /**
     * @param queue      the store's queue: every read and write goes through it, in order
     * @param background where placing the loaded annotations in the text runs, off the FX thread
     * @param fx         where results are delivered (the FX thread)
     */
    public AnnotationsViewModel(StoreQueue queue, Executor background, Executor fx, Clock clock) {
        this.writer = new Writer(queue, fx);
        this.background = background;
        this.fx = fx;
        this.clock = clock;
    }

    /** The notes, bookmarks and over-long drafts of the open article as of the last change; from any thread. */
    public record ClosingSnapshot(ArticleLayout layout, List<Note> notes, List<Bookmark> bookmarks,
                                  Map<String, String> drafts) {
        static final ClosingSnapshot EMPTY = new ClosingSnapshot(null, List.of(), List.of(), Map.of());

        public Optional<Note> note(String id) {
            return notes.stream().filter(n -> n.id().equals(id)).findFirst();
        }
    }

    /** The store's queue, for work that must keep its order with the annotations' (exports). */
    StoreQueue queue() {
        return writer.queue();
    }

    /** What closing needs, as of the last change; safe to call from any thread. */
    public ClosingSnapshot closingSnapshot() {
        return snapshot;
    }

    private void updateSnapshot() {
        snapshot = new ClosingSnapshot(layout, List.copyOf(notes), List.copyOf(bookmarks), Map.copyOf(drafts));
    }

    /**
     * Shows the annotations of this article, read from the store off the FX thread; the article's content hash
     * (which new annotations carry) is worked out there too.
     */
    public void open(ArticleLayout newLayout) {
        open(newLayout, hashOf(newLayout));
    }

    /**
     * Shows the beginning of a long article (a book's first chapters) while the rest is read: none of its
     * annotations is read or placed yet, as most would point at text not there; {@link #open(ArticleLayout)} with
     * the whole article follows. One made meanwhile is kept, and found in the whole article by its words.
     */
    public void openBeginning(ArticleLayout beginning) {
        open(beginning, hashOf(beginning), false);
    }

    private ContentHashTask hashOf(ArticleLayout layout) {
        return new ContentHashTask(() -> app.margin.article.ContentHash.of(layout.article()), background);
    }

    /** Shows the annotations of this article, whose content hash is known. */
    public void open(ArticleLayout newLayout, String newContentHash) {
        open(newLayout, ContentHashTask.known(newContentHash));
    }

    private void open(ArticleLayout newLayout, ContentHashTask newContentHash) {
        open(newLayout, newContentHash, true);
    }

    private void open(ArticleLayout newLayout, ContentHashTask newContentHash, boolean read) {
        layout = newLayout;
        resolver = new AnchorResolver(newLayout);
        contentHash = newContentHash;
        loaded.set(false);
        history.clear();
        freshSectionNotes.clear();
        placements.clear();
        notesById.clear();
        notes.clear();
        bookmarks.clear();
        updateSnapshot();
        if (!read) {
            return;
        }
        String articleId = newLayout.article().id();
        writer.read(store -> new Loaded(store.notes(articleId), store.bookmarks(articleId)), loaded -> {
            try {
                background.execute(() -> {
                    // Finding where each annotation sits (fuzzily, if the text changed) is not FX-thread work.
                    Map<Anchor, Optional<Placement>> found = placeAll(newLayout, loaded);
                    fx.execute(() -> showLoaded(newLayout, loaded, found));
                    // The store opens after the first frame, so the hash's tenth of a second (for a long book)
                    // no longer competes with painting it.
                    newContentHash.start();
                });
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // Margin is closing (the background threads are gone): there is no window left to place them in.
            }
        });
    }

    private record Loaded(List<Note> notes, List<Bookmark> bookmarks) {}

    /**
     * An article's content hash, worked out once, off the FX thread: when its annotations have been read, or when
     * a new annotation first needs it, whichever comes first.
     */
    static final class ContentHashTask {
        private final java.util.function.Supplier<String> compute;
        private final Executor background;
        private final java.util.concurrent.CompletableFuture<String> result = new java.util.concurrent.CompletableFuture<>();
        private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

        ContentHashTask(java.util.function.Supplier<String> compute, Executor background) {
            this.compute = compute;
            this.background = background;
        }

        static ContentHashTask known(String hash) {
            ContentHashTask task = new ContentHashTask(() -> hash, Runnable::run);
            task.start();
            return task;
        }

        void start() {
            if (started.compareAndSet(false, true)) {
                Runnable work = () -> {
                    try {
                        result.complete(compute.get());
                    } catch (RuntimeException | Error e) {
                        result.completeExceptionally(e);
                    }
                };
                try {
                    background.execute(work);
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    work.run(); // closing: whoever needs the hash (a note made as the window closes) still gets it
                }
            }
        }

        String join() {
            start();
            return result.join();
        }
    }

    /** The open article's content hash; waits for it in the moment after opening a long book. */
    private String contentHash() {
        return contentHash.join();
    }

    /** Off the FX thread: where each loaded annotation sits in this layout. */
    static Map<Anchor, Optional<Placement>> placeAll(ArticleLayout layout, Loaded loaded) {
        AnchorResolver placer = new AnchorResolver(layout);
        Map<Anchor, Optional<Placement>> found = new HashMap<>();
        loaded.notes().forEach(n -> found.computeIfAbsent(n.anchor(), placer::resolve));
        loaded.bookmarks().forEach(b -> found.computeIfAbsent(b.anchor(), placer::resolve));
        return found;
    }

    private void showLoaded(ArticleLayout newLayout, Loaded loaded, Map<Anchor, Optional<Placement>> found) {
        if (layout != newLayout) {
            return;
        }
        found.forEach(placements::putIfAbsent);
        // Anything made or changed before the load came back is newer than what was read: keep it.
        List<Note> mergedNotes = merge(loaded.notes(), notes, Note::id);
        List<Bookmark> mergedBookmarks = merge(loaded.bookmarks(), bookmarks, Bookmark::id);
        notesById.clear();
        mergedNotes.forEach(n -> notesById.put(n.id(), n));
        notes.setAll(mergedNotes);
        bookmarks.setAll(mergedBookmarks);
        updateSnapshot();
        this.loaded.set(true);
    }

    /** How many placements are known without a search (for tests: loaded ones are found off the FX thread). */
    int knownPlacements() {
        return placements.size();
    }

    private static <T> List<T> merge(List<T> stored, List<T> sinceOpening, java.util.function.Function<T, String> id) {
        Map<String, T> byId = new java.util.LinkedHashMap<>();
        stored.forEach(t -> byId.put(id.apply(t), t));
        sinceOpening.forEach(t -> byId.put(id.apply(t), t));
        return List.copyOf(byId.values());
    }

    /** Whether the open article's annotations have been read from the store. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObservableList<Note> notes() {
        return readOnlyNotes;
    }

    public ObservableList<Bookmark> bookmarks() {
        return readOnlyBookmarks;
    }

    public ArticleLayout layout() {
        return layout;
    }

    /**
     * Where an annotation sits in the pane now; empty if its text cannot be found. Remembered per anchor for
     * the open article: the pane, the outline and the panel all ask, and a fuzzy search is not free.
     */
    public Optional<Placement> placementOf(Anchor anchor) {
        return resolver == null ? Optional.empty() : placements.computeIfAbsent(anchor, resolver::resolve);
    }

    // ---- Notes and highlights -------------------------------------------------------------------

    /** Highlights {@code [start, end)} of a body paragraph; returns the new highlight, or empty if not a paragraph. */
    public Optional<Note> addHighlight(int blockIndex, int start, int end, HighlightColor color) {
        Optional<Anchor> passage = passage(blockIndex, start, end);
        if (passage.isEmpty()) {
            return Optional.empty();
        }
        Anchor anchor = passage.get();
        Instant now = clock.instant();
        Note note = new Note(newId(), layout.article().id(), contentHash(), NoteKind.HIGHLIGHT, anchor, color,
                "", List.of(), now, now);
        apply(new Change(null, note, "Highlight", false));
        return Optional.of(note);
    }

    /** Adds an empty note on a whole section; returns it for editing. */
    public Note addSectionNote(String sectionId) {
        Instant now = clock.instant();
        Note note = new Note(newId(), layout.article().id(), contentHash(), NoteKind.SECTION, Anchor.section(sectionId),
                null, "", List.of(), now, now);
        freshSectionNotes.add(note.id());
        apply(new Change(null, note, "Section note", false));
        return note;
    }

    /**
     * Changes a note's text and tags. Successive edits of one note undo as one step until
     * {@link #finishEditing()}. A text over {@link Note#MAX_TEXT_LENGTH} is refused with a message, and
     * nothing changes: the editor keeps the text, the store keeps the last good version.
     */
    public EditResult editNote(String id, String text, List<String> tags) {
        Optional<Note> current = note(id);
        if (current.isEmpty()) {
            return EditResult.gone();
        }
        if (text.length() > Note.MAX_TEXT_LENGTH) {
            drafts.put(id, text);
            updateSnapshot();
            return EditResult.tooLong(text.length());
        }
        if (drafts.remove(id) != null) {
            updateSnapshot();
        }
        typing.remove(id);
        if (!text.isBlank() || !tags.isEmpty()) {
            freshSectionNotes.remove(id);
        }
        Note before = current.get();
        if (before.text().equals(text) && before.tags().equals(tags)) {
            return EditResult.OK;
        }
        apply(new Change(before, before.withText(text, tags, clock.instant()), "Edit note", true));
        return EditResult.OK;
    }

    /**
     * Note texts that were too long to save, by note id. The editor shows a draft instead of the saved text,
     * and the app keeps the drafts in a file when it closes.
     */
    public ObservableMap<String, String> drafts() {
        return readOnlyDrafts;
    }

    /**
     * Notes what the reader has just typed, before the pause that saves it: if the system ends Margin in
     * between, {@link #typedButNotSaved()} still has it.
     */
    public void typing(String id, String text, List<String> tags) {
        note(id).filter(n -> text.length() <= Note.MAX_TEXT_LENGTH)
                .ifPresent(n -> typing.put(id, n.withText(text, tags, clock.instant())));
    }

    /** Notes as typed but not yet handed to the store; safe to call from any thread. */
    public java.util.Collection<Note> typedButNotSaved() {
        return List.copyOf(typing.values());
    }

    /** Ends an editing session: the next edit is a new undo step. */
    public void finishEditing() {
        history.seal();
    }

    public void recolor(String id, HighlightColor color) {
        note(id).filter(n -> n.color() != color)
                .ifPresent(n -> apply(new Change(n, n.withColor(color, clock.instant()), "Colour", false)));
    }

    /**
     * Puts an unplaced highlight or bookmark on a new passage (the reader's selection), keeping its note,
     * tags and times; undoable.
     */
    public boolean reattach(String id, int blockIndex, int start, int end) {
        Optional<Anchor> passage = passage(blockIndex, start, end);
        if (passage.isEmpty()) {
            return false;
        }
        Anchor anchor = passage.get();
        Instant now = clock.instant();
        Optional<Note> note = note(id);
        if (note.isPresent()) {
            Note n = note.get();
            apply(new Change(n, new Note(n.id(), n.articleId(), contentHash(), n.kind(), anchor, n.color(), n.text(),
                    n.tags(), n.created(), now), "Attach", false));
            return true;
        }
        Optional<Bookmark> bookmark = bookmark(id);
        bookmark.ifPresent(b -> apply(new Change(b, new Bookmark(b.id(), b.articleId(), contentHash(), anchor, b.name(),
                b.created(), now), "Attach", false)));
        return bookmark.isPresent();
    }

    /**
     * Drops a section note made in this editing session and left empty (no text, no tags), as if it had
     * never been made: no notice, nothing to undo. A note that had text once is never discarded this way.
     */
    public void discardIfEmpty(String id) {
        note(id).filter(n -> freshSectionNotes.contains(id) && n.kind() == NoteKind.SECTION && n.text().isBlank()
                && n.tags().isEmpty() && !drafts.containsKey(id)).ifPresent(n -> {
                    freshSectionNotes.remove(id);
                    history.forget(id);
                    show(null, n);
                });
    }

    public void deleteNote(String id) {
        note(id).ifPresent(n -> {
            Change change = new Change(n, null, n.kind() == NoteKind.HIGHLIGHT ? "Highlight deleted" : "Note deleted",
                    false);
            apply(change);
            lastDeletion.set(change);
        });
    }

    public Optional<Note> note(String id) {
        return Optional.ofNullable(notesById.get(id));
    }

    /** The highlight drawn at this character, if any (the most recent one where several overlap). */
    public Optional<Note> highlightAt(int blockIndex, int offset) {
        Note found = null;
        for (Note n : notes) {
            if (n.kind() == NoteKind.HIGHLIGHT
                    && placementOf(n.anchor()).filter(p -> p.contains(blockIndex, offset)).isPresent()) {
                found = n;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The anchor of {@code [start, end)} in a body paragraph; empty for headings and empty ranges. */
    private Optional<Anchor> passage(int blockIndex, int start, int end) {
        Block block = layout.blocks().get(blockIndex);
        if (!block.isParagraph() || start >= end) {
            return Optional.empty();
        }
        return Optional.of(Anchor.passage(block.sectionId(), block.paragraphIndex(), block.text(), start, end));
    }

    // ---- Bookmarks --------------------------------------------------------------------------------

    /**
     * Toggles a bookmark on a block: removes the one there, or adds one named after the paragraph's first
     * words. Returns the new bookmark, or empty when one was removed.
     */
    public Optional<Bookmark> toggleBookmark(int blockIndex) {
        return toggleBookmark(blockIndex, 0, 1);
    }

    /**
     * Toggles a bookmark on one line of a block, the characters {@code [lineStart, lineEnd)}: removes a bookmark
     * that marks that line, or adds one there, anchored by the line's opening words and named after them. On a
     * heading, the bookmark is on the section. Returns the new bookmark, or empty when one was removed.
     */
    public Optional<Bookmark> toggleBookmark(int blockIndex, int lineStart, int lineEnd) {
        Block block = layout.blocks().get(blockIndex);
        if (!block.isParagraph() && blockIndex != layout.blockOf(block.sectionId())) {
            // A byline or the end mark: the bookmark goes on its section's heading, where it is drawn.
            return toggleBookmark(layout.blockOf(block.sectionId()), 0, 1);
        }
        String text = block.text();
        int start = block.isParagraph() ? Math.max(0, Math.min(lineStart, text.length() - 1)) : 0;
        int end = block.isParagraph() ? Math.max(start + 1, lineEnd) : 1;
        Optional<Bookmark> existing = bookmarks.stream().filter(b -> placementOf(b.anchor())
                .filter(p -> p.blockIndex() == blockIndex && p.start() >= start && p.start() < end).isPresent())
                .findFirst();
        if (existing.isPresent()) {
            deleteBookmark(existing.get().id());
            return Optional.empty();
        }
        Anchor anchor = block.isParagraph() && !text.isEmpty()
                ? Anchor.passage(block.sectionId(), block.paragraphIndex(), text, start,
                        Math.min(text.length(), start + BOOKMARK_NAME_LENGTH))
                : Anchor.section(block.sectionId());
        Instant now = clock.instant();
        String name = defaultName(start == 0 ? text : "…" + text.substring(start).stripLeading());
        Bookmark bookmark = new Bookmark(newId(), layout.article().id(), contentHash(), anchor, name, now, now);
        apply(new Change(null, bookmark, "Bookmark", false));
        return Optional.of(bookmark);
    }

    /** Takes back a bookmark just made (the confirmation's Undo): it goes without a "deleted" notice. */
    public void takeBackBookmark(String id) {
        bookmark(id).ifPresent(b -> apply(new Change(b, null, "Bookmark removed", false)));
    }

    static String defaultName(String text) {
        String t = text.strip();
        if (t.length() <= BOOKMARK_NAME_LENGTH) {
            return t;
        }
        int cut = t.lastIndexOf(' ', BOOKMARK_NAME_LENGTH);
        return t.substring(0, cut > 20 ? cut : BOOKMARK_NAME_LENGTH) + "…";
    }

    public Optional<Bookmark> bookmark(String id) {
        return bookmarks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Optional<Bookmark> bookmarkAt(int blockIndex) {
        return bookmarks.stream()
                .filter(b -> placementOf(b.anchor()).map(Placement::blockIndex).orElse(-1) == blockIndex)
                .findFirst();
    }

    public void renameBookmark(String id, String name) {
        String clean = name.strip();
        bookmark(id).filter(b -> !clean.isEmpty() && !b.name().equals(clean))
                .ifPresent(b -> apply(new Change(b, b.withName(clean, clock.instant()), "Rename bookmark", false)));
    }

    public void deleteBookmark(String id) {
        bookmark(id).ifPresent(b -> {
            Change change = new Change(b, null, "Bookmark deleted", false);
            apply(change);
            lastDeletion.set(change);
        });
    }

    // ---- Undo, saving -------------------------------------------------------------------------------

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /**
     * Brings back what a deletion removed, as a new, undoable change: the notice's Undo, which must
     * restore the deletion it names even if other changes came after it.
     */
    public void restoreDeleted(Change deletion) {
        Object gone = deletion.before();
        boolean present = gone instanceof Note n ? note(n.id()).isPresent()
                : bookmark(((Bookmark) gone).id()).isPresent();
        if (!present) {
            apply(new Change(null, gone, "Restore", false));
        }
    }

    public void undo() {
        if (history.canUndoProperty().get()) {
            Change c = history.popUndo();
            show(c.before(), c.after());
        }
    }

    public void redo() {
        if (history.canRedoProperty().get()) {
            Change c = history.popRedo();
            show(c.after(), c.before());
        }
    }

    /** The latest deletion, for the "Deleted — Undo" notice; its description says what was deleted. */
    public ReadOnlyObjectProperty<Change> lastDeletionProperty() {
        return lastDeletion.getReadOnlyProperty();
    }

    /** "Saved", "Saving…" or what went wrong; reflects commits, not hopes. */
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return writer.saveStateProperty();
    }

    /**
     * Replaces the store (for restoring a backup) after every change made so far, then reloads the
     * article's annotations from the new one.
     */
    public void swapStore(StoreSwap swap, Consumer<AnnotationStore> onSwapped, Consumer<String> onError) {
        writer.swapStore(swap, next -> {
            if (layout != null) {
                open(layout, contentHash);
            }
            onSwapped.accept(next);
        }, onError);
    }

    /** Makes a new store out of the current one. */
    public interface StoreSwap {
        AnnotationStore apply(AnnotationStore current) throws app.margin.store.StoreException;
    }

    /** Changes made and not yet committed (kept in memory while saving fails); safe from any thread. */
    public int unsavedChanges() {
        return writer.uncommitted();
    }

    /**
     * Closing: hands note text typed but not yet saved to the store's queue, after every change made so far.
     * Safe from any thread; the FX thread hears nothing more.
     */
    public void saveTypingOnClose() {
        writer.writeOnClose(typedButNotSaved());
        typing.clear();
    }

    private void apply(Change change) {
        history.record(change);
        show(change.after(), change.before());
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
            typing.remove(n.id());
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

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
