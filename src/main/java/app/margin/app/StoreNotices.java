package app.margin.app;

import app.margin.store.OpenResult;
import app.margin.store.RestoreFailedException;
import app.margin.store.StoreException;
import app.margin.store.StoreOpener;
import app.margin.ui.queue.Background;
import app.margin.ui.queue.Failures;
import app.margin.ui.queue.StoreQueue;
import app.margin.ui.shell.MainViewModel;
import app.margin.ui.shell.Notice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the reader is told once the notes database has opened, or failed to: another Margin holds the folder, the
 * database was damaged and moved aside (with the backup to restore, said again at every start until the reader
 * acts), work kept in files at the last close, rows of notes that could not be read. Also restoring a backup from
 * that notice. On the FX thread.
 */
final class StoreNotices {

    private final MainViewModel viewModel;
    private final WindowKeeper window;
    private final Path dataDir;
    private final Clock clock;
    private final Background background;
    private final Function<Throwable, String> messageOf;
    private Runnable afterRestore = () -> { };
    /** The unreadable rows the reader has been told of: each is said once, not at every load. */
    private final java.util.Set<app.margin.store.LeftOutRow> toldUnreadable = new java.util.HashSet<>();

    StoreNotices(MainViewModel viewModel, WindowKeeper window, Path dataDir, Clock clock, Background background,
            Function<Throwable, String> messageOf) {
        this.viewModel = viewModel;
        this.window = window;
        this.dataDir = dataDir;
        this.clock = clock;
        this.background = background;
        this.messageOf = messageOf;
    }

    /** Runs after a backup was restored (the library search catches up with the restored file). */
    void afterRestore(Runnable action) {
        this.afterRestore = action;
    }

    /**
     * Each time an article's annotations have loaded, asks the store which rows it had to leave out, and says the
     * new ones: "1 note could not be read", with the rest shown.
     */
    void watchUnreadableRows(app.margin.ui.annotations.AnnotationsViewModel annotations, StoreQueue queue) {
        annotations.loadedProperty().addListener((obs, was, loaded) -> {
            if (loaded) {
                queue.call(StoreQueue.Kind.READ, store -> store.unreadableRows(), background.fx(),
                        this::unreadableRows, notOpen -> { });
            }
        });
    }

    /** On the FX thread: the rows left out since the store opened. */
    void unreadableRows(java.util.List<app.margin.store.LeftOutRow> rows) {
        long notes = 0;
        long bookmarks = 0;
        for (app.margin.store.LeftOutRow row : rows) {
            if (toldUnreadable.add(row)) {
                if (row.bookmark()) {
                    bookmarks++;
                } else {
                    notes++;
                }
            }
        }
        if (notes + bookmarks == 0) {
            return;
        }
        String what = notes == 0 ? count(bookmarks, "bookmark")
                : bookmarks == 0 ? count(notes, "note") : count(notes, "note") + " and " + count(bookmarks, "bookmark");
        boolean one = notes + bookmarks == 1;
        ProblemsAtStart.show(viewModel, Notice.problem(what + " could not be read" + (one ? " and is" : " and are")
                + " left out; the rest are shown. The log in " + dataDir.resolve(LogFile.FOLDER) + " names "
                + (one ? "it" : "them") + "."));
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** The store could not be opened. */
    void failed(Throwable error) {
        if (Failures.causeOf(error) instanceof StoreException se && se.kind() == StoreException.Kind.IN_USE) {
            // A second window that slipped past the hand-over (the first was not answering): it reads, and leaves
            // the folder to the window that has it.
            window.leaveTheFolderAlone();
            ProblemsAtStart.show(viewModel, Notice.problem(messageOf.apply(error)));
            return;
        }
        ProblemsAtStart.show(viewModel, Notice.problem(messageOf.apply(error)
                + " Notes you make in this window cannot be saved."));
    }

    /**
     * The store opened. A damaged database that was moved aside is said, with the newest good backup to restore;
     * {@code unresolved} is one found at an earlier start that the reader has not yet restored or dismissed.
     * Otherwise, work kept in files when Margin last closed.
     */
    void opened(OpenResult result, Optional<DamageNotice.Remembered> unresolved, Optional<String> keptWork) {
        Optional<String> problem = result.problem();
        Optional<Path> backup = result.newestGoodBackup();
        boolean damaged = result.problemKind().orElse(null) == StoreException.Kind.DAMAGED;
        if (problem.isEmpty() && unresolved.isPresent()) {
            problem = Optional.of(unresolved.get().message());
            backup = unresolved.get().backup();
            damaged = true;
        }
        if (problem.isPresent()) {
            Notice notice = Notice.problem(problem.get());
            if (backup.isPresent()) {
                Path chosen = backup.get();
                notice = notice.withAction("Restore Backup", () -> restore(chosen));
            }
            if (damaged) {
                DamageNotice damage = new DamageNotice(dataDir);
                notice = notice.whenDismissed(() -> background.execute(damage::forget));
            }
            ProblemsAtStart.show(viewModel, notice);
        }
        keptWork.ifPresent(m -> {
            if (viewModel.noticeProperty().get() == null) {
                viewModel.showNotice(Notice.info(m));
            }
        });
    }

    private void restore(Path backup) {
        String[] failed = {null};
        viewModel.annotations().swapStore(
                current -> {
                    try {
                        return StoreOpener.restoreBackup(current, backup, clock).store();
                    } catch (RestoreFailedException e) {
                        if (e.reopened() == null) {
                            throw new StoreException("The backup could not be restored, and the notes database could "
                                    + "not be opened again. Notes you make now are kept in "
                                    + dataDir.resolve(UnsavedWork.FOLDER) + " when Margin closes.", e);
                        }
                        failed[0] = e.getMessage();
                        return e.reopened();
                    }
                },
                store -> {
                    if (failed[0] == null) {
                        background.execute(new DamageNotice(dataDir)::forget);
                    }
                    afterRestore.run();
                    viewModel.showNotice(failed[0] != null ? Notice.problem(failed[0])
                            : Notice.info("Your notes were restored from the backup " + backup.getFileName()
                                    + ". The damaged file is kept in " + dataDir + "."));
                },
                error -> viewModel.showNotice(Notice.problem(error)));
    }
}
