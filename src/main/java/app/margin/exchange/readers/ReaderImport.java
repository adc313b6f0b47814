package app.margin.exchange.readers;

import app.margin.exchange.ExchangeException;
import app.margin.exchange.MergeResult;
import app.margin.store.AnnotationStore;
import app.margin.store.ArticleImport;
import app.margin.store.ImportOutcome;
import app.margin.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * Another reader's placed highlights into the store: the preview counts what the reader already has, then every
 * book goes in through the store's import merge in one transaction (all or nothing; by id, so a second import of
 * the same file changes nothing).
 */
public final class ReaderImport {

    private ReaderImport() {}

    /** The plan with what the store already holds taken out and counted as already here. */
    public static ImportPlan against(ImportPlan plan, AnnotationStore store) throws StoreException {
        List<BookPlan> books = new ArrayList<>();
        for (BookPlan book : plan.books()) {
            String id = book.article().id();
            books.add(book.against(store.notes(id), store.bookmarks(id)));
        }
        return new ImportPlan(plan.format(), plan.name(), books, plan.unmatched(), plan.skipped());
    }

    /** Imports every book of the plan in one transaction; a failure changes nothing. */
    public static MergeResult commit(ImportPlan plan, AnnotationStore store) throws ExchangeException {
        List<ArticleImport> imports = new ArrayList<>();
        for (BookPlan book : plan.books()) {
            imports.add(new ArticleImport(book.article().id(), book.notes(), book.bookmarks()));
        }
        try {
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            int older = 0;
            int other = 0;
            for (ImportOutcome o : store.importAnnotations(imports)) {
                added += o.added();
                updated += o.updated();
                unchanged += o.unchanged();
                older += o.skippedOlder();
                other += o.otherArticle();
            }
            return new MergeResult(added, updated, unchanged, older, other);
        } catch (StoreException e) {
            throw new ExchangeException(e.getMessage(), e);
        }
    }
}
