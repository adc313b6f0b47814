package app.margin.store;

import app.margin.model.Bookmark;
import app.margin.model.Note;
import java.util.List;
import java.util.Objects;

/**
 * One article's part of an import that spans several articles (a Kindle clippings file holds many books).
 *
 * @param articleId the article
 * @param notes     its imported notes, each of that article
 * @param bookmarks its imported bookmarks, each of that article
 */
public record ArticleImport(String articleId, List<Note> notes, List<Bookmark> bookmarks) {
    public ArticleImport {
        Objects.requireNonNull(articleId, "articleId");
        notes = List.copyOf(notes);
        bookmarks = List.copyOf(bookmarks);
    }
}
