package app.margin.exchange.readers;

import app.margin.model.Article;
import java.util.Objects;

/**
 * An article a book's highlights may go to: a library entry, or the article open in the window.
 *
 * @param id     the article's id
 * @param title  its title, which a book is matched by
 * @param byline its author(s), or {@code ""} when not known without reading it
 * @param text   reads the article; asked only when a book matches it
 */
public record LibraryArticle(String id, String title, String byline, Loader text) {

    /** Reads the article when a book's highlights are to be placed in it. */
    public interface Loader {
        Article load() throws Exception;
    }

    public LibraryArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        byline = byline == null ? "" : byline;
        Objects.requireNonNull(text, "text");
    }

    /** An article already read. */
    public static LibraryArticle of(Article article) {
        return new LibraryArticle(article.id(), article.title(), article.byline(), () -> article);
    }
}
