package app.margin.ui.library;

import app.margin.article.ArticleException;
import app.margin.article.ArticleImporter;
import app.margin.article.Imported;
import app.margin.library.Library;
import app.margin.library.LibraryEntry;
import app.margin.model.Article;
import app.margin.store.AnnotationStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The library: every article the reader opened, and opening files into it. File work runs on the
 * background executor; results and problems come back on the FX thread.
 */
public final class LibraryViewModel {

    private final Library library;
    private final ArticleImporter importer;
    private final Supplier<AnnotationStore> store;
    private final Executor background;
    private final Executor fx;
    private final Consumer<Article> show;
    private final Consumer<String> problem;
    private final ObservableList<LibraryEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<LibraryEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private boolean warmedUp;

    /**
     * @param show    shows an opened article (on the FX thread)
     * @param problem tells the reader what went wrong (on the FX thread)
     */
    /**
     * @param store the store as it is now, or {@code null} while it is not open (it changes when a backup is
     *              restored)
     */
    public LibraryViewModel(Library library, ArticleImporter importer, Supplier<AnnotationStore> store,
                            Executor background, Executor fx, Consumer<Article> show, Consumer<String> problem) {
        this.library = library;
        this.importer = importer;
        this.store = store;
        this.background = background;
        this.fx = fx;
        this.show = show;
        this.problem = problem;
    }

    public ObservableList<LibraryEntry> entries() {
        return readOnlyEntries;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the library again: titles, progress, annotation counts, last read. */
    public void refresh() {
        run(() -> {
            AnnotationStore s = storeOrNull();
            return library.entries(s == null ? Map.of() : s.activity());
        }, entries::setAll);
    }

    /**
     * Opens a file (article JSON, Markdown, plain text, a web page or an EPUB book), keeps it in the library under
     * its own id and shows it, saying so when it could be read only in part (a web page shown whole). A file that
     * cannot be read changes nothing.
     */
    public void openFile(Path file) {
        run(() -> {
            Imported imported = importer.open(file);
            library.add(imported.article());
            return imported;
        }, imported -> {
            show.accept(imported.article());
            imported.remark().ifPresent(problem);
        });
    }

    /**
     * The reader is about to choose a file (the Open dialog is up, or a file is dragged over the window): ready the
     * web page and EPUB readers in the background, once, so the file opens sooner.
     */
    public void prepareToOpen() {
        if (!warmedUp) {
            warmedUp = true;
            background.execute(() -> {
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
        run(() -> library.open(entry), show);
    }

    /** Removes an article; its notes go to an export file first. The view asks the reader before calling this. */
    public void remove(LibraryEntry entry, Consumer<Path> exported) {
        run(() -> {
            AnnotationStore s = storeOrNull();
            if (s == null) {
                throw new IllegalStateException("your notes database is not open.");
            }
            Path export = library.remove(entry, s);
            return new Removed(export, library.entries(s.activity()));
        }, removed -> {
            entries.setAll(removed.entries());
            exported.accept(removed.export());
        });
    }

    private record Removed(Path export, List<LibraryEntry> entries) {}

    private AnnotationStore storeOrNull() {
        return store.get();
    }


    private interface Work<T> {
        T run() throws Exception;
    }

    private <T> void run(Work<T> work, Consumer<T> done) {
        busy.set(true);
        background.execute(() -> {
            try {
                T result = work.run();
                fx.execute(() -> {
                    busy.set(false);
                    done.accept(result);
                });
            } catch (ArticleException e) {
                fx.execute(() -> {
                    busy.set(false);
                    problem.accept(e.sentence() + " Nothing in your library changed.");
                });
            } catch (Exception e) {
                fx.execute(() -> {
                    busy.set(false);
                    problem.accept("Margin could not do that: " + e.getMessage());
                });
            }
        });
    }
}
