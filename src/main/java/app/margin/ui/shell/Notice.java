package app.margin.ui.shell;

/** A message shown in the bar above the reading pane until the reader dismisses it. */
public record Notice(Kind kind, String text) {
    public enum Kind { INFO, PROBLEM }

    public static Notice problem(String text) {
        return new Notice(Kind.PROBLEM, text);
    }

    public static Notice info(String text) {
        return new Notice(Kind.INFO, text);
    }
}
