package app.margin.ui.annotations;

import app.margin.model.Anchor;
import app.margin.model.ArticleLayout;
import app.margin.model.Bookmark;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.Placement;
import app.margin.store.AnnotationStore;
import app.margin.store.StoreException;
import app.margin.ui.queue.Background;
import app.margin.ui.queue.StoreQueue;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The bookmarks and notes of the open article, and every command that changes them: the one entry the rest of
 * Margin holds. Changes show at once and are written to the store in order ({@link Writer});
 * {@link #saveStateProperty()} says "saved" only after the store has committed them. Every change can be undone.
 * The work is done by its parts: {@link AnnotationOpening} opens an article and {@link AnnotationLoader} reads and
 * places its annotations, {@link NotesViewModel} and {@link BookmarksViewModel} make the changes,
 * {@link OpenAnnotations} shows them and keeps the undo history, {@link ClosingState} keeps what closing needs.
 */
public final class AnnotationsViewModel {

    private final Writer writer;
    private final ClosingState closing;
    private final OpenAnnotations open;
    private final AnnotationOpening opening;
    private final NotesViewModel notes;
    private final BookmarksViewModel bookmarks;

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
        Background runner = new Background(background, fx);
        this.writer = new Writer(queue, runner);
        this.closing = new ClosingState(writer);
        this.open = new OpenAnnotations(writer, closing);
        this.notes = new NotesViewModel(open, closing, clock);
        this.bookmarks = new BookmarksViewModel(open, clock);
        this.opening = new AnnotationOpening(open, notes, new AnnotationLoader(writer, runner), runner);
    }

    /** The store's queue, for work that must keep its order with the annotations' (exports). */
    StoreQueue queue() {
        return writer.queue();
    }

    // ---- Opening ------------------------------------------------------------------------------------

    /**
     * Shows the annotations of this article, read from the store off the FX thread; the article's content hash
     * (which new annotations carry) is worked out there too.
     */
    public void open(ArticleLayout layout) {
        opening.open(layout);
    }

    /**
     * Shows the beginning of a long article (a book's first chapters) while the rest is read: none of its
     * annotations is read or placed yet, as most would point at text not there; {@link #open(ArticleLayout)} with
     * the whole article follows. One made meanwhile is kept, and found in the whole article by its words.
     */
    public void openBeginning(ArticleLayout beginning) {
        opening.openBeginning(beginning);
    }

    /** Shows the annotations of this article, whose content hash is known. */
    public void open(ArticleLayout layout, String contentHash) {
        opening.open(layout, contentHash);
    }

    /** Whether the open article's annotations have been read from the store. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return open.loadedProperty();
    }

    public ObservableList<Note> notes() {
        return open.notes();
    }

    public ObservableList<Bookmark> bookmarks() {
        return open.bookmarks();
    }

    public ArticleLayout layout() {
        return open.layout();
    }

    /**
     * Where an annotation sits in the pane now; empty if its text cannot be found. Remembered per anchor for
     * the open article: the pane, the outline and the panel all ask, and a fuzzy search is not free.
     */
    public Optional<Placement> placementOf(Anchor anchor) {
        return open.placementOf(anchor);
    }

    /** How many placements are known without a search (for tests: loaded ones are found off the FX thread). */
    int knownPlacements() {
        return open.knownPlacements();
    }

    // ---- Notes and highlights: see NotesViewModel ---------------------------------------------------

    /** Highlights {@code [start, end)} of a body paragraph; returns the new highlight, or empty if not a paragraph. */
    public Optional<Note> addHighlight(int blockIndex, int start, int end, HighlightColor color) {
        return notes.addHighlight(blockIndex, start, end, color);
    }

    /** Adds an empty note on a whole section; returns it for editing. */
    public Note addSectionNote(String sectionId) {
        return notes.addSectionNote(sectionId);
    }

    /** Changes a note's text and tags; an over-long text is kept as a draft and refused. */
    public EditResult editNote(String id, String text, List<String> tags) {
        return notes.editNote(id, text, tags);
    }

    /** Note texts that were too long to save, by note id; the app keeps them in a file when it closes. */
    public ObservableMap<String, String> drafts() {
        return notes.drafts();
    }

    /** Notes what the reader has just typed, before the pause that saves it; closing still has it. */
    public void typing(String id, String text, List<String> tags) {
        notes.typing(id, text, tags);
    }

    /** Notes as typed but not yet handed to the store; safe to call from any thread. */
    public Collection<Note> typedButNotSaved() {
        return notes.typedButNotSaved();
    }

    /** Ends an editing session: the next edit is a new undo step. */
    public void finishEditing() {
        notes.finishEditing();
    }

    public void recolor(String id, HighlightColor color) {
        notes.recolor(id, color);
    }

    /** Drops a section note made in this editing session and left empty, as if it had never been made. */
    public void discardIfEmpty(String id) {
        notes.discardIfEmpty(id);
    }

    public void deleteNote(String id) {
        notes.deleteNote(id);
    }

    public Optional<Note> note(String id) {
        return open.note(id);
    }

    /** The highlight drawn at this character, if any (the most recent one where several overlap). */
    public Optional<Note> highlightAt(int blockIndex, int offset) {
        return notes.highlightAt(blockIndex, offset);
    }

    /** Puts an unplaced highlight or bookmark on the reader's selection, keeping its note, tags and times. */
    public boolean reattach(String id, int blockIndex, int start, int end) {
        Optional<Anchor> passage = open.passage(blockIndex, start, end);
        return passage.isPresent()
                && (notes.reattach(id, passage.get()) || bookmarks.reattach(id, passage.get()));
    }

    // ---- Bookmarks: see BookmarksViewModel ----------------------------------------------------------

    /** Toggles a bookmark on a block's first line; returns the new bookmark, or empty when one was removed. */
    public Optional<Bookmark> toggleBookmark(int blockIndex) {
        return bookmarks.toggleBookmark(blockIndex, 0, 1);
    }

    /** Toggles a bookmark on the line {@code [lineStart, lineEnd)} of a block (on a heading: its section). */
    public Optional<Bookmark> toggleBookmark(int blockIndex, int lineStart, int lineEnd) {
        return bookmarks.toggleBookmark(blockIndex, lineStart, lineEnd);
    }

    /** Takes back a bookmark just made (the confirmation's Undo): it goes without a "deleted" notice. */
    public void takeBackBookmark(String id) {
        bookmarks.takeBackBookmark(id);
    }

    public Optional<Bookmark> bookmark(String id) {
        return open.bookmark(id);
    }

    public Optional<Bookmark> bookmarkAt(int blockIndex) {
        return bookmarks.bookmarkAt(blockIndex);
    }

    public void renameBookmark(String id, String name) {
        bookmarks.renameBookmark(id, name);
    }

    public void deleteBookmark(String id) {
        bookmarks.deleteBookmark(id);
    }

    // ---- Undo ---------------------------------------------------------------------------------------

    public ReadOnlyBooleanProperty canUndoProperty() {
        return open.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return open.canRedoProperty();
    }

    /** The notice's Undo: brings back what {@code deletion} removed, even if other changes came after it. */
    public void restoreDeleted(Change deletion) {
        open.restoreDeleted(deletion);
    }

    public void undo() {
        open.undo();
    }

    public void redo() {
        open.redo();
    }

    /** The latest deletion, for the "Deleted — Undo" notice; its description says what was deleted. */
    public ReadOnlyObjectProperty<Change> lastDeletionProperty() {
        return open.lastDeletionProperty();
    }

    // ---- Saving, the store, closing -----------------------------------------------------------------

    /** "Saved", "Saving…" or what went wrong; reflects commits, not hopes. */
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return writer.saveStateProperty();
    }

    /** Changes made and not yet committed (kept in memory while saving fails); safe from any thread. */
    public int unsavedChanges() {
        return writer.uncommitted();
    }

    /** Replaces the store (restoring a backup) after every change so far, then reloads the open article's. */
    public void swapStore(StoreSwap swap, Consumer<AnnotationStore> onSwapped, Consumer<String> onError) {
        writer.swapStore(swap, next -> {
            opening.reopen();
            onSwapped.accept(next);
        }, onError);
    }

    /** Makes a new store out of the current one. */
    public interface StoreSwap {
        AnnotationStore apply(AnnotationStore current) throws StoreException;
    }

    /** What closing needs, as of the last change; safe to call from any thread. */
    public ClosingSnapshot closingSnapshot() {
        return closing.snapshot();
    }

    /** Closing: hands note text typed but not yet saved to the store's queue; from any thread. */
    public void saveTypingOnClose() {
        closing.saveTypingOnClose();
    }
}
