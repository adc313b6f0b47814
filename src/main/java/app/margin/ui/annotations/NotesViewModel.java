package app.margin.ui.annotations;

import app.margin.model.Anchor;
import app.margin.model.HighlightColor;
import app.margin.model.Note;
import app.margin.model.NoteKind;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ObservableMap;

/**
 * Highlights and notes of the open article, and their editing: text typed before the pause that saves it, texts
 * refused for being too long kept as drafts, and section notes made and left empty, which closing their editor
 * drops. Used on the FX thread.
 */
final class NotesViewModel {

    private final OpenAnnotations open;
    private final ClosingState closing;
    private final Clock clock;
    /** Section notes made in this session and still empty: the only ones closing their editor may discard. */
    private final Set<String> freshSectionNotes = new HashSet<>();

    NotesViewModel(OpenAnnotations open, ClosingState closing, Clock clock) {
        this.open = open;
        this.closing = closing;
        this.clock = clock;
    }

    /** Another article was opened. */
    void reset() {
        freshSectionNotes.clear();
    }

    /** Highlights {@code [start, end)} of a body paragraph; returns the new highlight, or empty if not a paragraph. */
    Optional<Note> addHighlight(int blockIndex, int start, int end, HighlightColor color) {
        Optional<Anchor> passage = open.passage(blockIndex, start, end);
        if (passage.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Note note = new Note(OpenAnnotations.newId(), open.layout().article().id(), open.contentHash(),
                NoteKind.HIGHLIGHT, passage.get(), color, "", List.of(), now, now);
        open.apply(new Change(null, note, "Highlight", false));
        return Optional.of(note);
    }

    /** Adds an empty note on a whole section; returns it for editing. */
    Note addSectionNote(String sectionId) {
        Instant now = clock.instant();
        Note note = new Note(OpenAnnotations.newId(), open.layout().article().id(), open.contentHash(),
                NoteKind.SECTION, Anchor.section(sectionId), null, "", List.of(), now, now);
        freshSectionNotes.add(note.id());
        open.apply(new Change(null, note, "Section note", false));
        return note;
    }

    /**
     * Changes a note's text and tags. Successive edits of one note undo as one step until
     * {@link #finishEditing()}. A text over {@link Note#MAX_TEXT_LENGTH} is refused with a message, and
     * nothing changes: the editor keeps the text, the store keeps the last good version.
     */
    EditResult editNote(String id, String text, List<String> tags) {
        Optional<Note> current = open.note(id);
        if (current.isEmpty()) {
            return EditResult.gone();
        }
        if (text.length() > Note.MAX_TEXT_LENGTH) {
            open.putDraft(id, text);
            return EditResult.tooLong(text.length());
        }
        open.dropDraft(id);
        closing.handedOver(id);
        if (!text.isBlank() || !tags.isEmpty()) {
            freshSectionNotes.remove(id);
        }
        Note before = current.get();
        if (before.text().equals(text) && before.tags().equals(tags)) {
            return EditResult.OK;
        }
        open.apply(new Change(before, before.withText(text, tags, clock.instant()), "Edit note", true));
        return EditResult.OK;
    }

    /** Note texts that were too long to save, by note id; the app keeps them in a file when it closes. */
    ObservableMap<String, String> drafts() {
        return open.drafts();
    }

    /** Notes what the reader has just typed, before the pause that saves it. */
    void typing(String id, String text, List<String> tags) {
        open.note(id).filter(n -> text.length() <= Note.MAX_TEXT_LENGTH)
                .ifPresent(n -> closing.typed(n.withText(text, tags, clock.instant())));
    }

    /** Notes as typed but not yet handed to the store; safe to call from any thread. */
    Collection<Note> typedButNotSaved() {
        return closing.typedButNotSaved();
    }

    /** Ends an editing session: the next edit is a new undo step. */
    void finishEditing() {
        open.seal();
    }

    void recolor(String id, HighlightColor color) {
        open.note(id).filter(n -> n.color() != color)
                .ifPresent(n -> open.apply(new Change(n, n.withColor(color, clock.instant()), "Colour", false)));
    }

    /** Puts a note on {@code anchor}, keeping its text, tags and times; false if there is no such note. */
    boolean reattach(String id, Anchor anchor) {
        Optional<Note> note = open.note(id);
        note.ifPresent(n -> open.apply(new Change(n, new Note(n.id(), n.articleId(), open.contentHash(), n.kind(),
                anchor, n.color(), n.text(), n.tags(), n.created(), clock.instant()), "Attach", false)));
        return note.isPresent();
    }

    /**
     * Drops a section note made in this editing session and left empty (no text, no tags), as if it had
     * never been made: no notice, nothing to undo. A note that had text once is never discarded this way.
     */
    void discardIfEmpty(String id) {
        open.note(id).filter(n -> freshSectionNotes.contains(id) && n.kind() == NoteKind.SECTION
                && n.text().isBlank() && n.tags().isEmpty() && !open.drafts().containsKey(id)).ifPresent(n -> {
                    freshSectionNotes.remove(id);
                    open.discard(n);
                });
    }

    void deleteNote(String id) {
        open.note(id).ifPresent(n -> open.delete(new Change(n, null,
                n.kind() == NoteKind.HIGHLIGHT ? "Highlight deleted" : "Note deleted", false)));
    }

    /** The highlight drawn at this character, if any (the most recent one where several overlap). */
    Optional<Note> highlightAt(int blockIndex, int offset) {
        Note found = null;
        for (Note n : open.notes()) {
            if (n.kind() == NoteKind.HIGHLIGHT
                    && open.placementOf(n.anchor()).filter(p -> p.contains(blockIndex, offset)).isPresent()) {
                found = n;
            }
        }
        return Optional.ofNullable(found);
    }
}
