package app.margin.ui.library;

import app.margin.article.ArticleException;
import app.margin.article.ArticleImporter;
import app.margin.article.Imported;
import app.margin.article.LinkedFiles;
import app.margin.library.Library;
import app.margin.library.LibraryEntry;
import app.margin.model.Article;
import app.margin.store.LibrarySearch;
import app.margin.ui.queue.Background;
import app.margin.ui.queue.StoreQueue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The library: every article the reader opened, and opening files into it. Reading a file runs on the
 * background executor; what touches the store or the library folder goes through the store's queue, in order
 * with the notes; results and problems come back on the FX thread.
 */
public final class LibraryViewModel {

    private final Library library;
    private final ArticleImporter importer;
    private final StoreQueue queue;
    /** Reads files off the FX thread and answers on it. */
    private final Background background;
    private final Viewer viewer;
    private final Consumer<String> problem;
    private final Consumer<String> info;
    private final ObservableList<LibraryEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<LibraryEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** How much work that makes the library busy is under way (on the FX thread). */
    private int running;
    private boolean warmedUp;

    /** Shows the articles the library opens. */
    public interface Viewer {
        /** On the FX thread, as an open is asked for: what readies and shows what it reads. */
        Opening opening();

        /** One open: readies on the reading thread what it read, and says on the FX thread if it failed. */
        interface Opening {
            /**
             * On the reading thread: makes the article ready to be shown (a long book's layout takes a moment) and
             * returns what shows it, which runs on the FX thread.
             */
            Showing prepare(Article article);

            /**
             * On a reading thread: a long book's first chapters, to show while the rest is read; returns what shows
             * them (run on the FX thread before the whole book's), or null to wait for the whole book.
             */
            default Showing prepareBeginning(Article beginning) {
                return null;
            }

            /** On the FX thread: the open failed; nothing more of it is shown. */
            default void failed() {
            }
        }

        /** Shows what an open read, on the FX thread. */
        interface Showing {
            /** Shows it; false when it is not shown (an open asked for later has shown its article already). */
            boolean show();
        }

        /** A viewer that only shows each whole article, on the FX thread. */
        static Viewer showing(Consumer<Article> show) {
            return () -> article -> () -> {
                show.accept(article);
                return true;
            };
        }
    }

    /**
     * @param queue      the store's queue: the library's store and folder work runs there
     * @param background reads article files
     * @param viewer     readies each opened article on the reading thread and shows it (on the FX thread)
     * @param problem    tells the reader what went wrong (on the FX thread)
     * @param info       tells the reader something they should know, such as a replaced article (FX thread)
     */
    public LibraryViewModel(Library library, ArticleImporter importer, StoreQueue queue, Executor background,
                            Executor fx, Viewer viewer, Consumer<String> problem, Consumer<String> info) {
        this.library = library;
        this.importer = importer;
        this.queue = queue;
        this.background = new Background(background, fx);
        this.viewer = viewer;
        this.problem = problem;
        this.info = info;
    }

    public ObservableList<LibraryEntry> entries() {
        return readOnlyEntries;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the library again: titles, progress, annotation counts, last read. */
    public void refresh() {
        inQueue(StoreQueue.Kind.READ, s -> library.listed(s == null ? Map.of() : s.activity()),
                entries::setAll);
    }

    /**
     * Opens a file (article JSON, Markdown, plain text, a web page or an EPUB book), keeps it in the library under
     * its own id and shows it, saying so when it could be read only in part (a web page shown whole). A file that
     * cannot be read changes nothing.
     */
    public void openFile(Path file) {
        openFile(() -> file, null);
    }

    /**
     * Opens the file a link on the page leads to, as {@link #openFile(Path)} does, once {@link LinkedFiles#check}
     * finds it is one a link may open (a refusal says why, as a file that cannot be read does); then runs
     * {@code arrived} on the FX thread once it is on screen and its saved place restored.
     */
    public void openLinked(LinkedFiles.Link link, Runnable arrived) {
        openFile(() -> LinkedFiles.check(link), arrived);
    }

    private void openFile(Callable<Path> which, Runnable arrived) {
        Viewer.Opening opening = viewer.opening();
        // Shown as soon as it is read; the library copy (a long book's JSON) follows in the queue.
        run(() -> {
            Path file = which.call();
            // A book an earlier Margin named otherwise keeps that id if the library holds it under it (its notes).
            Imported imported = importer.open(file, beginning -> {
                Viewer.Showing showBeginning = opening.prepareBeginning(beginning);
                if (showBeginning != null) {
                    background.onFx(showBeginning::show); // before the whole book's, handed over after this
                }
            }, library::keepsFormerId);
            return new Opened(file, imported, opening.prepare(imported.article()));
        }, opened -> {
            Imported imported = opened.imported();
            if (opened.show().show()) { // else a file asked for since is on screen: this one is only kept
                if (arrived != null) {
                    afterQueued(arrived);
                }
                imported.remark().ifPresent(problem);
            }
            background.answer(queue.run(StoreQueue.Kind.WRITE, s -> {
                Library.Added added = library.add(imported.article());
                // In the same queue task, so a search asked for next sees the article.
                LibrarySearch.index(s, imported.article());
                return added;
            }), added -> added.replaced().ifPresent(r -> info.accept(replacedMessage(imported.article(), r))),
                    error -> problem.accept("Margin could not keep a copy of " + opened.file().getFileName()
                            + " in its library: " + error.getMessage()));
        }, opening);
    }

    /** A file read, and what shows it. */
    private record Opened(Path file, Imported imported, Viewer.Showing show) {}

    /** Says that {@code article} took the place of another with its id, and where that one is kept. */
    public static String replacedMessage(Article article, Library.Replaced r) {
        return "“" + article.title() + "” has the same id as “" + r.title() + "”, which was in your library: it "
                + "takes its place, and the earlier copy is kept in " + r.keptIn() + ". Notes made on it stay "
                + "and find their places in the new text.";
    }

    /**
     * The reader is about to choose a file (the Open dialog is up, or a file is dragged over the window): ready the
     * web page and EPUB readers in the background, once, so the file opens sooner.
     */
    public void prepareToOpen() {
        if (!warmedUp) {
            warmedUp = true;
            background.worker().execute(() -> {
                try {
                    importer.warmUp();
                } catch (RuntimeException | LinkageError e) {
                    // Only a head start; opening reads the file as usual.
                }
            });
        }
    }

    public void open(LibraryEntry entry) {
        if (entry.problem() != null) {
            problem.accept(entry.problem());
            return;
        }
        Viewer.Opening opening = viewer.opening();
        run(() -> opening.prepare(library.open(entry)), Viewer.Showing::show, opening);
    }

    /** Opens the library's article with this id, then runs {@code shown} (the article is on screen). */
    public void open(String articleId, Runnable shown) {
        Viewer.Opening opening = viewer.opening();
        run(() -> opening.prepare(library.open(articleId)), show -> {
            if (show.show()) {
                shown.run();
            }
        }, opening);
    }

    /**
     * Runs {@code then} on the FX thread once the store's queue has done all that was asked of it before: an article
     * just shown has had its saved reading place restored by then, so a place gone to after stays.
     */
    public void afterQueued(Runnable then) {
        background.answer(queue.run(StoreQueue.Kind.READ, s -> null), v -> then.run(), e -> then.run());
    }

    /** Removes an article; its notes go to an export file first. The view asks the reader before calling this. */
    public void remove(LibraryEntry entry, Consumer<Path> exported) {
        inQueue(StoreQueue.Kind.WRITE, s -> {
            if (s == null) {
                throw new IllegalStateException(queue.notOpenReason());
            }
            Path export = library.remove(entry, s);
            for (LibrarySearch search : LibrarySearch.find(s).stream().toList()) {
                search.dropArticle(entry.id());
            }
            return new Removed(export, library.listed(s.activity()));
        }, removed -> {
            entries.setAll(removed.entries());
            exported.accept(removed.export());
        });
    }

    private record Removed(Path export, List<LibraryEntry> entries) {}

    /**
     * Reading for {@code opening} on the background executor; whatever it throws comes back as a problem, and the
     * opening hears that it failed.
     */
    private <T> void run(Callable<T> work, Consumer<T> done, Viewer.Opening opening) {
        started();
        background.run(work, result -> finish(result, done), t -> {
            opening.failed();
            failed(t);
        });
    }

    /** Work with the store or the library folder, in order on the store's queue; the store may be null. */
    private <T> void inQueue(StoreQueue.Kind kind, StoreQueue.Op<T> work, Consumer<T> done) {
        started();
        background.answer(queue.run(kind, work), result -> finish(result, done), this::failed);
    }

    /** Busy while any work is under way: a second piece of work ending does not end the first. */
    private void started() {
        busy.set(++running > 0);
    }

    private <T> void finish(T result, Consumer<T> done) {
        busy.set(--running > 0);
        done.accept(result);
    }

    private void failed(Throwable t) {
        busy.set(--running > 0);
        if (t instanceof ArticleException e) {
            problem.accept(e.sentence() + " Nothing in your library changed.");
        } else if (t instanceof OutOfMemoryError) {
            problem.accept("Margin ran out of memory doing that. Nothing in your library changed.");
        } else {
            problem.accept("Margin could not do that: " + t.getMessage());
        }
    }
}
