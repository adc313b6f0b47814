package app.margin.model;

import java.time.Instant;

/**
 * What the reader has done in an article, for the library: how many annotations, how far they read, when.
 *
 * @param articleId   the article
 * @param annotations notes, highlights and bookmarks
 * @param fraction    how far through the article (0..1); 0 if never opened
 * @param lastRead    when the reading position last changed, or {@code null} if never
 */
public record ArticleActivity(String articleId, int annotations, double fraction, Instant lastRead) {
    public static ArticleActivity none(String articleId) {
        return new ArticleActivity(articleId, 0, 0, null);
    }
}
