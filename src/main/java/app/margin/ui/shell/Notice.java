package app.margin.ui.shell;

/**
 * A message shown in the bar above the reading pane until the reader dismisses it, optionally with one
 * action button (such as "Undo" after a deletion, or "Restore Backup").
 */
public record Notice(Kind kind, String text, String actionLabel, Runnable action, Runnable dismissed) {
    public enum Kind { INFO, PROBLEM }

    public static Notice problem(String text) {
        return new Notice(Kind.PROBLEM, text, null, null, null);
    }

    public static Notice info(String text) {
        return new Notice(Kind.INFO, text, null, null, null);
    }

    public Notice withAction(String label, Runnable run) {
        return new Notice(kind, text, label, run, dismissed);
    }

    /** Runs {@code run} when the reader dismisses the notice (not when another notice replaces it). */
    public Notice whenDismissed(Runnable run) {
        return new Notice(kind, text, actionLabel, action, run);
    }

    public boolean hasAction() {
        return action != null;
    }
}
