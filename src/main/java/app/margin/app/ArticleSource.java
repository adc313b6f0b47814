package app.margin.app;

import app.margin.article.ArticleException;
import app.margin.article.ArticleImporter;
import app.margin.article.Imported;
import app.margin.library.Library;
import app.margin.model.Article;
import app.margin.store.AnnotationStore;
import app.margin.store.LibrarySearch;
import app.margin.store.StoreException;
import app.margin.ui.shell.Notice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the article to open at start: the file asked for with --article, else the article read last,
 * else the bundled one. When the file asked for cannot be read, the article read last stands in for it (as a start
 * without it would show); when that cannot be read either, the bundled one; a message says why.
 */
final class ArticleSource {

    static final String BUNDLED = "/articles/us-russia-military-talks.json";
    private static final System.Logger LOG = System.getLogger("app.margin");

    /**
     * The article to show, a message for the reader if the one wanted could not be opened, and whether it is a
     * file just read that {@link #keep} must still copy into the library.
     */
    record Loaded(Article article, Optional<String> problem, boolean toKeep) {
        Loaded(Article article, Optional<String> problem) {
            this(article, problem, false);
        }
    }

    private final ArticleImporter importer;
    private final Library library;
    private final Supplier<Article> bundled;

    ArticleSource(ArticleImporter importer, Library library, Supplier<Article> bundled) {
        this.importer = importer;
        this.library = library;
        this.bundled = bundled;
    }


    Loaded load(Optional<Path> requested, Optional<String> lastArticleId) {
        return load(requested, lastArticleId, null);
    }

    /**
     * As {@link #load(Optional, Optional)}; a long book asked for is also handed to {@code beginning} in part, as
     * soon as its first chapters are read (see {@link ArticleImporter#open(Path, java.util.function.Consumer)}).
     */
    Loaded load(Optional<Path> requested, Optional<String> lastArticleId,
                java.util.function.Consumer<Article> beginning) {
        if (requested.isPresent()) {
            try {
                Imported imported = importer.open(requested.get(), beginning, library::keepsFormerId);
                // The library copy is made by keep(), after the text is on screen: writing a long book's JSON
                // need not come before its first page.
                return new Loaded(imported.article(), imported.remark(), true);
            } catch (ArticleException e) {
                // What a start without the file would show: the article read last, else the bundled one.
                Loaded instead = load(Optional.empty(), lastArticleId, null);
                String shown = lastArticleId.isPresent() && instead.problem().isEmpty()
                        ? " Showing the article you read last instead." : " Showing the bundled article instead.";
                return new Loaded(instead.article(), Optional.of(e.sentence() + shown
                        + instead.problem().map(p -> " " + p).orElse("")));
            }
        }
        if (lastArticleId.isPresent()) {
            try {
                return new Loaded(library.open(lastArticleId.get()), Optional.empty());
            } catch (ArticleException e) {
                return new Loaded(bundled.get(), Optional.of("Margin could not reopen the article you read last: "
                        + e.userMessage()));
            }
        }
        return new Loaded(bundled.get(), Optional.empty());
    }

    /**
     * Keeps a file that {@link #load} read in the library, so it reopens next time, and puts it in the library
     * search of {@code store} (null: none open); blocking file and store work, for the store's queue. Returns what
     * the reader should be told: that it took the place of an article with the same id, or that no copy could be
     * kept. Does nothing for an article that came from the library or the application.
     *
     * <p>The search is fed here, not left to {@code SearchCatchUp}: a long PDF's whole text arrives after the
     * catch-up has listed the library, so the file opened at start was found by the library search only after a
     * restart. A failure to index is logged; the next start's catch-up indexes the copy.
     */
    Optional<Notice> keep(Loaded loaded, Path requested, AnnotationStore store) {
        if (!loaded.toKeep()) {
            return Optional.empty();
        }
        Article article = loaded.article();
        Optional<Notice> notice;
        try {
            notice = library.add(article).replaced()
                    .map(r -> Notice.info(app.margin.ui.library.LibraryViewModel.replacedMessage(article, r)));
        } catch (IOException e) {
            return Optional.of(Notice.problem("Margin could not keep a copy of " + requested.getFileName()
                    + " in its library: " + e.getMessage()));
        }
        try {
            LibrarySearch.index(store, article);
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "the library search could not take " + article.id(), e);
        }
        return notice;
    }
}
