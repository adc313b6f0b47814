package app.margin.ui.shell;

import java.util.TreeSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one owner of what is being opened, and so of the status bar's "Opening…" and "Reading the rest…". Each open
 * is numbered when it is asked for ({@link #ask}, on the FX thread) and ends once ({@link #end}: shown whole, failed
 * or given up). An article shows only if no open asked for later has shown its own ({@link #mayShow}): a long book
 * that finishes after a short file asked for since does not take its place. The status is worked out from these
 * numbers after every change, so no ordering of answers (a beginning after a later file, a whole that fails, an open
 * superseded) can leave it set.
 */
final class Openings {

    static final String OPENING = "Opening…";
    static final String READING_THE_REST = "Reading the rest…";

    /** The last number handed out. */
    private long asked;
    /** The open whose article, or its beginning, is on screen; 0 before any. */
    private long shown;
    /** Whether what is on screen is only that open's beginning. */
    private boolean beginningShown;
    /** Opens asked for and not yet ended. */
    private final TreeSet<Long> running = new TreeSet<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper restPending = new ReadOnlyBooleanWrapper(this, "restPending");

    /** A new open, asked for now; it runs until {@link #end}. */
    long ask() {
        long open = ++asked;
        running.add(open);
        update();
        return open;
    }

    /** Whether {@code open} may show what it read: no open asked for after it has shown anything. */
    boolean mayShow(long open) {
        return open >= shown;
    }

    /** Whether an open asked for after {@code open} has shown its article. */
    boolean superseded(long open) {
        return shown > open;
    }

    /** Whether {@code open}'s beginning is what is on screen (its whole then keeps the line the reader reached). */
    boolean beginningOnScreen(long open) {
        return beginningShown && shown == open;
    }

    /** {@code open} showed its beginning (or, with {@code beginning} false, its whole article). */
    void shown(long open, boolean beginning) {
        shown = open;
        beginningShown = beginning;
        update();
    }

    /** {@code open} is over: shown whole, failed, or given up. Again is nothing. */
    void end(long open) {
        if (running.remove(open)) {
            update();
        }
    }

    /** "Opening…", "Reading the rest…" or empty: what the status bar says of the opens. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while only the beginning of an article is on screen and the rest of it is still being read. */
    ReadOnlyBooleanProperty restPendingProperty() {
        return restPending.getReadOnlyProperty();
    }

    private void update() {
        boolean rest = beginningShown && running.contains(shown);
        // An open asked for after the one on screen (and not over) is what the reader waits for; older ones that
        // are still being read will not be shown.
        boolean opening = !running.isEmpty() && running.last() > shown;
        status.set(opening ? OPENING : rest ? READING_THE_REST : ""); // first: it is what a listener to the next reads
        restPending.set(rest);
    }
}
