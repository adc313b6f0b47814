package app.margin.ui.annotations;

/** Whether the reader's changes are safely on disk. */
public record SaveState(Kind kind, String message) {
    public enum Kind { SAVED, SAVING, FAILED }

    public static final SaveState SAVED = new SaveState(Kind.SAVED, "All changes saved");
    public static final SaveState SAVING = new SaveState(Kind.SAVING, "Saving…");

    public static SaveState failed(String why) {
        return new SaveState(Kind.FAILED, "Not saved yet: " + why + " Your changes are kept; Margin tries again "
                + "every few seconds and with your next change.");
    }
}
