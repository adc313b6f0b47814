package app.margin.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A named place in an article: a paragraph, anchored by its opening words.
 *
 * @param id          stable id (a UUID)
 * @param articleId   the article it belongs to
 * @param contentHash the article's content hash when it was last anchored
 * @param anchor      the paragraph (quote = its first words)
 * @param name        what the reader called it
 * @param created     when it was made (UTC)
 * @param updated     when it was last renamed (UTC)
 */
public record Bookmark(
        String id, String articleId, String contentHash, Anchor anchor, String name, Instant created, Instant updated) {
    public Bookmark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    public Bookmark withName(String newName, Instant when) {
        return new Bookmark(id, articleId, contentHash, anchor, newName, created, when);
    }
}
