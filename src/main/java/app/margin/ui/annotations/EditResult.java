package app.margin.ui.annotations;

import app.margin.model.Note;

/** Result of a note edit, for the editor to show. */
public record EditResult(boolean accepted, String problem) {
    static final EditResult OK = new EditResult(true, null);

    public static EditResult tooLong(int length) {
        return new EditResult(false, String.format(
                "A note can hold at most %,d characters; this one has %,d. Shorten it to save it "
                        + "(your text stays here; the last saved version is safe).",
                Note.MAX_TEXT_LENGTH, length));
    }

    static EditResult gone() {
        return new EditResult(false, "This note was deleted. Undo (Ctrl+Z) brings it back.");
    }
}
