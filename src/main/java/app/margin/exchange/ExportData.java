package app.margin.exchange;

import app.margin.article.ContentHash;
import app.margin.model.Article;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One article's annotations as they travel between data folders.
 *
 * @param article    which article they belong to
 * @param exportedAt when they were exported (UTC)
 * @param notes      its notes and highlights; each one's {@code articleId} is {@code article.id()}
 * @param bookmarks  its bookmarks; each one's {@code articleId} is {@code article.id()}
 */
public record ExportData(ArticleRef article, Instant exportedAt, List<Note> notes, List<Bookmark> bookmarks) {

    /**
     * The article the annotations belong to, as far as an export needs to know it.
     *
     * @param id          the article's id
     * @param title       its title, for messages ("these notes belong to another article: ...")
     * @param contentHash {@link ContentHash} of its text at export time, or {@code null} if unknown
     */
    public record ArticleRef(String id, String title, String contentHash) {
        public ArticleRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
        }

        public static ArticleRef of(Article article) {
            return new ArticleRef(article.id(), article.title(), ContentHash.of(article));
        }
    }

    public ExportData {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(exportedAt, "exportedAt");
        notes = List.copyOf(notes);
        bookmarks = List.copyOf(bookmarks);
        for (Note note : notes) {
            if (!note.articleId().equals(article.id())) {
                throw new IllegalArgumentException("note " + note.id() + " belongs to " + note.articleId()
                        + ", not to " + article.id());
            }
        }
        for (Bookmark bookmark : bookmarks) {
            if (!bookmark.articleId().equals(article.id())) {
                throw new IllegalArgumentException("bookmark " + bookmark.id() + " belongs to "
                        + bookmark.articleId() + ", not to " + article.id());
            }
        }
    }
}
