package app.margin.app;

import app.margin.article.ArticleException;
import app.margin.article.ArticleImporter;
import app.margin.article.Imported;
import app.margin.library.Library;
import app.margin.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the article to open at start: the file asked for with --article, else the article read last,
 * else the bundled one — and the bundled one whenever the others cannot be read, with a message saying why.
 */
final class ArticleSource {

    static final String BUNDLED = "/articles/us-russia-military-talks.json";

    /** The article to show, and a message for the reader if the one wanted could not be opened. */
    record Loaded(Article article, Optional<String> problem) {}

    private final ArticleImporter importer;
    private final Library library;
    private final Supplier<Article> bundled;

    ArticleSource(ArticleImporter importer, Library library, Supplier<Article> bundled) {
        this.importer = importer;
        this.library = library;
        this.bundled = bundled;
    }


    Loaded load(Optional<Path> requested, Optional<String> lastArticleId) {
        if (requested.isPresent()) {
            try {
                Imported imported = importer.open(requested.get());
                Article article = imported.article();
                try {
                    Optional<Library.Replaced> replaced = library.add(article).replaced();
                    if (replaced.isPresent()) {
                        return new Loaded(article, Optional.of(
                                app.margin.ui.library.LibraryViewModel.replacedMessage(article, replaced.get())));
                    }
                } catch (IOException e) {
                    return new Loaded(article, Optional.of("Margin could not keep a copy of "
                            + requested.get().getFileName() + " in its library: " + e.getMessage()));
                }
                return new Loaded(article, imported.remark());
            } catch (ArticleException e) {
                return new Loaded(bundled.get(), Optional.of(e.sentence() + " Showing the bundled article instead."));
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
}
