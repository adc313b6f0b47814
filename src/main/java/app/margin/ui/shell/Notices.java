package app.margin.ui.shell;

import app.margin.model.Note;
import app.margin.ui.annotations.AnnotationsViewModel;
import app.margin.ui.annotations.SaveState;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.MapChangeListener;

/**
 * The notice over the page, the ones waiting behind it, and the ones the annotations raise themselves: a deletion
 * (with Undo), a note too long to save, a save that failed, and "Saved" once the retry after it saved what waited.
 * <p>
 * A problem on screen stays until the reader dismisses it (or what it asks for is done): a problem that comes while it
 * shows waits behind it, in order, and shows when it goes; a passing notice (an Undo, "Exported…") shows at once, and
 * the problem comes back when it goes. So a save that fails while a start notice ("1 note could not be read", a
 * damaged notes file) is on screen neither hides it nor is lost.
 */
final class Notices {

    static final String SAVED_AFTER_PROBLEM = "Saved: the changes that were waiting are on disk now.";

    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    /** What shows once the notice on screen goes, the next first. */
    private final Deque<Notice> waiting = new ArrayDeque<>();
    private final ReadOnlyIntegerWrapper waitingCount = new ReadOnlyIntegerWrapper(this, "waitingCount");
    /** The "not saved yet" notice last shown or queued, until a save succeeds; null while everything is saved. */
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
                Notice next = Notice.problem(state.message());
                replace(saveProblem, next); // one "not saved yet" at a time, the latest reason
                saveProblem = next;
            } else if (state.kind() == SaveState.Kind.SAVED && saveProblem != null) {
                // The retry (or a later change) saved what was waiting: the warning would now be wrong.
                if (notice.get() == saveProblem) {
                    notice.set(Notice.info(SAVED_AFTER_PROBLEM));
                } else {
                    forget(saveProblem);
                }
                saveProblem = null;
            }
        });
    }

    ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** How many notices wait behind the one on screen. */
    ReadOnlyIntegerProperty waitingCountProperty() {
        return waitingCount.getReadOnlyProperty();
    }

    void show(Notice n) {
        Notice shown = notice.get();
        if (shown == null || shown.kind() != Notice.Kind.PROBLEM) {
            notice.set(n);
        } else if (n.kind() == Notice.Kind.PROBLEM) {
            if (!shown.text().equals(n.text()) && waiting.stream().noneMatch(w -> w.text().equals(n.text()))) {
                waiting.addLast(n);
            }
        } else {
            waiting.addFirst(shown); // back once the passing notice goes
            notice.set(n);
        }
        waitingCount.set(waiting.size());
    }

    /**
     * Puts {@code n} where {@code old} is, on screen or waiting (a problem that grew, a newer reason for the same
     * failure); shows it as {@link #show} does when {@code old} is no longer there.
     */
    void replace(Notice old, Notice n) {
        if (old != null && notice.get() == old) {
            notice.set(n);
        } else if (old != null && waiting.contains(old)) {
            Deque<Notice> in = new ArrayDeque<>();
            waiting.forEach(w -> in.addLast(w == old ? n : w));
            waiting.clear();
            waiting.addAll(in);
        } else {
            show(n);
        }
    }

    /** The notice on screen goes; the next waiting one shows. */
    void dismiss() {
        notice.set(waiting.pollFirst());
        waitingCount.set(waiting.size());
    }

    /** The reader closed the notice: it goes, whatever waited on that runs, and the next waiting one shows. */
    void dismissedByReader() {
        Notice n = notice.get();
        dismiss();
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

    private void forget(Notice n) {
        waiting.remove(n);
        waitingCount.set(waiting.size());
    }
}
