package app.margin.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A note on a section, or a highlight on a passage with an optional note.
 *
 * @param id          stable id (a UUID), unique across articles
 * @param articleId   the article it belongs to
 * @param contentHash the article's content hash when the note was last anchored
 * @param kind        section note or highlight
 * @param anchor      where it sits
 * @param color       highlight colour; {@code null} for section notes
 * @param text        the note's plain text, possibly empty, at most {@link #MAX_TEXT_LENGTH} characters
 * @param tags        tags without '#', in the order given
 * @param created     when it was made (UTC)
 * @param updated     when it was last changed (UTC)
 */
public record Note(
        String id,
        String articleId,
        String contentHash,
        NoteKind kind,
        Anchor anchor,
        HighlightColor color,
        String text,
        List<String> tags,
        Instant created,
        Instant updated) {

    /** The longest note text Margin accepts: about 20 pages. */
    public static final int MAX_TEXT_LENGTH = 20_000;

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        text = text == null ? "" : text;
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(
                    "A note can hold at most " + MAX_TEXT_LENGTH + " characters; this one has " + text.length());
        }
    }

    public Note withText(String newText, List<String> newTags, Instant when) {
        return new Note(id, articleId, contentHash, kind, anchor, color, newText, newTags, created, when);
    }

    public Note withColor(HighlightColor newColor, Instant when) {
        return new Note(id, articleId, contentHash, kind, anchor, newColor, text, tags, created, when);
    }
}
