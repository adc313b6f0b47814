package app.margin.app;

import app.margin.article.ArticleException;
import app.margin.article.ArticleReader;
import app.margin.model.Article;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the article to open at start: the one asked for, or the bundled one when that cannot be read. */
final class ArticleSource {

    static final String BUNDLED = "/articles/us-russia-military-talks.json";

    /** The article to show, and a message for the reader if the one asked for could not be opened. */
    record Loaded(Article article, Optional<String> problem) {}

    private final ArticleReader reader;

    ArticleSource(ArticleReader reader) {
        this.reader = reader;
    }

    Loaded load(Optional<Path> requested) throws ArticleException {
        if (requested.isPresent()) {
            try {
                return new Loaded(reader.read(requested.get()), Optional.empty());
            } catch (ArticleException e) {
                return new Loaded(reader.readBundled(BUNDLED),
                        Optional.of(e.userMessage() + " Showing the bundled article instead."));
            }
        }
        return new Loaded(reader.readBundled(BUNDLED), Optional.empty());
    }
}
