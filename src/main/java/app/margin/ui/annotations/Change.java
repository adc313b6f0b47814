package app.margin.ui.annotations;

import app.margin.model.Bookmark;
import app.margin.model.Note;

/**
 * One undoable change: the state of a note or bookmark before and after. A missing state (null) means
 * it did not exist: a null before is a creation, a null after a deletion.
 *
 * @param mergeable an edit of a note's text that later edits of the same note may merge into
 */
public record Change(Object before, Object after, String description, boolean mergeable) {

    public Change {
        Object any = before != null ? before : after;
        if (!(any instanceof Note || any instanceof Bookmark)) {
            throw new IllegalArgumentException("A change is of a note or a bookmark");
        }
    }

    String id() {
        Object any = before != null ? before : after;
        return any instanceof Note n ? n.id() : ((Bookmark) any).id();
    }

    boolean mergesInto(Change earlier) {
        return mergeable && earlier.mergeable && before != null && after != null && earlier.after != null
                && id().equals(earlier.id());
    }
}
