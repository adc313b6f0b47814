package app.margin.ui.shell;

import app.margin.model.Note;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.annotations.SaveState;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.MapChangeListener;

/**
 * The one notice over the page, and the ones the annotations raise themselves: a deletion (with Undo), a note too
 * long to save, a save that failed, and "Saved" once the retry after it saved what waited.
 */
final class Notices {

    static final String SAVED_AFTER_PROBLEM = "Saved: the changes that were waiting are on disk now.";

    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    /** The "not saved yet" notice last shown, until a save succeeds; null while everything is saved. */
    private Notice saveProblem;

    Notices(AnnotationsViewModel annotations) {
        annotations.lastDeletionProperty().addListener((obs, old, change) -> {
            if (change != null) {
                show(Notice.info(change.description() + ".").withAction("Undo",
                        () -> annotations.restoreDeleted(change)));
            }
        });
        annotations.drafts().addListener((MapChangeListener<String, String>) c -> {
            if (c.wasAdded() && !c.wasRemoved()) {
                show(Notice.problem("A note is over " + String.format(Locale.ROOT, "%,d", Note.MAX_TEXT_LENGTH)
                        + " characters and cannot be saved as it is. Its text is kept in its editor (and in a file "
                        + "if you close Margin); shorten it to save it."));
            }
        });
        annotations.saveStateProperty().addListener((obs, old, state) -> {
            if (state.kind() == SaveState.Kind.FAILED) {
                saveProblem = Notice.problem(state.message());
                show(saveProblem);
            } else if (state.kind() == SaveState.Kind.SAVED && saveProblem != null) {
                // The retry (or a later change) saved what was waiting: the warning on screen would now be wrong.
                if (notice.get() == saveProblem) {
                    show(Notice.info(SAVED_AFTER_PROBLEM));
                }
                saveProblem = null;
            }
        });
    }

    ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    void show(Notice n) {
        notice.set(n);
    }

    void dismiss() {
        notice.set(null);
    }

    /** The reader closed the notice: it goes, and whatever waited on that runs. */
    void dismissedByReader() {
        Notice n = notice.get();
        notice.set(null);
        if (n != null && n.dismissed() != null) {
            n.dismissed().run();
        }
    }

    /** Undo is about to take back a change: an "Undo" notice for it goes. */
    void undoing() {
        Notice n = notice.get();
        if (n != null && n.hasAction() && "Undo".equals(n.actionLabel())) {
            dismiss();
        }
    }
}
