package app.margin.ui.annotations;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo of annotation changes. A change is a before and after state of one note or bookmark;
 * undoing applies its before state, redoing its after state. Successive edits of one note's text merge
 * into one step, so undo takes back a whole editing session, not a keystroke.
 */
final class UndoHistory {

    static final int LIMIT = 500;

    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    void record(Change change) {
        Change top = undo.peek();
        if (top != null && change.mergesInto(top)) {
            undo.pop();
            undo.push(new Change(top.before(), change.after(), top.description(), true));
        } else {
            undo.push(change);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        update();
    }

    /** Stops the current editing session from merging with the next edit. */
    void seal() {
        Change top = undo.peek();
        if (top != null && top.mergeable()) {
            undo.pop();
            undo.push(new Change(top.before(), top.after(), top.description(), false));
        }
    }

    /** Forgets everything: another article was opened. */
    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    /** Forgets every step about one note or bookmark (an empty note that was discarded). */
    void forget(String id) {
        undo.removeIf(c -> c.id().equals(id));
        redo.removeIf(c -> c.id().equals(id));
        update();
    }

    Change popUndo() {
        Change c = undo.pop();
        redo.push(c);
        update();
        return c;
    }

    Change popRedo() {
        Change c = redo.pop();
        undo.push(c);
        update();
        return c;
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
