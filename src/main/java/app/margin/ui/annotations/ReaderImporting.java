package app.margin.ui.annotations;

import app.margin.exchange.ExchangeException;
import app.margin.exchange.MergeResult;
import app.margin.exchange.readers.HighlightPlacer;
import app.margin.exchange.readers.ImportPlan;
import app.margin.exchange.readers.LibraryArticle;
import app.margin.exchange.readers.ReaderFiles;
import app.margin.exchange.readers.ReaderImport;
import app.margin.model.ArticleLayout;
import app.margin.store.StoreException;
import app.margin.ui.queue.Background;
import app.margin.ui.queue.StoreQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * File → Import Annotations… with another reader's file: the books are placed by their words off the FX thread
 * (in the library articles whose titles match, or the open article), the store says what is already here, the
 * reader sees the preview and accepts, and everything goes in at once through the store's import merge.
 */
public final class ReaderImporting {

    /** The library's articles, read off the FX thread. */
    public interface Shelf {
        List<LibraryArticle> articles() throws Exception;
    }

    /** Shows the preview on the FX thread; runs {@code accept} if the reader goes ahead. */
    public interface Confirm {
        void ask(List<String> preview, Runnable accept);
    }

    private final AnnotationsViewModel annotations;
    private final Background background;
    private final Shelf shelf;
    private final Consumer<String> info;
    private final Consumer<String> problem;

    ReaderImporting(AnnotationsViewModel annotations, Background background, Shelf shelf, Consumer<String> info,
            Consumer<String> problem) {
        this.annotations = annotations;
        this.background = background;
        this.shelf = shelf;
        this.info = info;
        this.problem = problem;
    }

    void start(Path file, ReaderFiles.Foreign foreign, Confirm confirm) {
        ArticleLayout layout = annotations.layout();
        LibraryArticle open = layout == null ? null : LibraryArticle.of(layout.article());
        background.answer(background.supply(() -> new HighlightPlacer(shelf.articles(), open,
                Files.getLastModifiedTime(file).toInstant()).plan(foreign.file())), plan -> {
                    if (plan.books().isEmpty()) {
                        problem.accept(String.join(" ", plan.preview().subList(1, plan.preview().size()))
                                + " Nothing was imported.");
                        return;
                    }
                    background.answer(annotations.queue().run(StoreQueue.Kind.READ,
                            store -> ReaderImport.against(plan, store)),
                            checked -> confirm.ask(checked.preview(), () -> commit(file, checked)),
                            error -> problem.accept(Writer.describe(error) + " Nothing was changed."));
                }, error -> problem.accept("Margin could not place the highlights of " + file.getFileName() + ": "
                        + Writer.describe(error) + " Nothing was changed."));
    }

    private void commit(Path file, ImportPlan plan) {
        MergeResult[] result = new MergeResult[1];
        annotations.swapStore(current -> {
            try {
                result[0] = ReaderImport.commit(plan, current);
            } catch (ExchangeException e) {
                throw new StoreException(e.getMessage(), e);
            }
            return current;
        }, s -> info.accept("Imported " + file.getFileName() + ": " + result[0].summary()),
                message -> problem.accept(message + " Nothing was changed."));
    }
}
