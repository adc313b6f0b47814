package app.margin.ui.annotations;

import app.margin.model.Anchor;
import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.model.Bookmark;
import app.margin.model.Placement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Bookmarks of the open article: toggled on a line or a heading and named after its first words, renamed,
 * deleted, taken back. Used on the FX thread.
 */
final class BookmarksViewModel {

    /** How many characters of a paragraph name a new bookmark. */
    static final int BOOKMARK_NAME_LENGTH = 48;

    private final OpenAnnotations open;
    private final Clock clock;

    BookmarksViewModel(OpenAnnotations open, Clock clock) {
        this.open = open;
        this.clock = clock;
    }

    /**
     * Toggles a bookmark on one line of a block, the characters {@code [lineStart, lineEnd)}: removes a bookmark
     * that marks that line, or adds one there, anchored by the line's opening words and named after them. On a
     * heading, the bookmark is on the section. Returns the new bookmark, or empty when one was removed.
     */
    Optional<Bookmark> toggleBookmark(int blockIndex, int lineStart, int lineEnd) {
        ArticleLayout layout = open.layout();
        Block block = layout.blocks().get(blockIndex);
        if (!block.isParagraph() && blockIndex != layout.blockOf(block.sectionId())) {
            // A byline or the end mark: the bookmark goes on its section's heading, where it is drawn.
            return toggleBookmark(layout.blockOf(block.sectionId()), 0, 1);
        }
        String text = block.text();
        int start = block.isParagraph() ? Math.max(0, Math.min(lineStart, text.length() - 1)) : 0;
        int end = block.isParagraph() ? Math.max(start + 1, lineEnd) : 1;
        Optional<Bookmark> existing = open.bookmarks().stream().filter(b -> open.placementOf(b.anchor())
                .filter(p -> p.blockIndex() == blockIndex && p.start() >= start && p.start() < end).isPresent())
                .findFirst();
        if (existing.isPresent()) {
            deleteBookmark(existing.get().id());
            return Optional.empty();
        }
        Anchor anchor = block.isParagraph() && !text.isEmpty()
                ? Anchor.passage(block.sectionId(), block.paragraphIndex(), text, start,
                        Math.min(text.length(), start + BOOKMARK_NAME_LENGTH))
                : Anchor.section(block.sectionId());
        Instant now = clock.instant();
        String name = defaultName(start == 0 ? text : "…" + text.substring(start).stripLeading());
        Bookmark bookmark = new Bookmark(OpenAnnotations.newId(), layout.article().id(), open.contentHash(), anchor,
                name, now, now);
        open.apply(new Change(null, bookmark, "Bookmark", false));
        return Optional.of(bookmark);
    }

    /** Takes back a bookmark just made (the confirmation's Undo): it goes without a "deleted" notice. */
    void takeBackBookmark(String id) {
        open.bookmark(id).ifPresent(b -> open.apply(new Change(b, null, "Bookmark removed", false)));
    }

    static String defaultName(String text) {
        String t = text.strip();
        if (t.length() <= BOOKMARK_NAME_LENGTH) {
            return t;
        }
        int cut = t.lastIndexOf(' ', BOOKMARK_NAME_LENGTH);
        return t.substring(0, cut > 20 ? cut : BOOKMARK_NAME_LENGTH) + "…";
    }

    Optional<Bookmark> bookmarkAt(int blockIndex) {
        return open.bookmarks().stream()
                .filter(b -> open.placementOf(b.anchor()).map(Placement::blockIndex).orElse(-1) == blockIndex)
                .findFirst();
    }

    void renameBookmark(String id, String name) {
        String clean = name.strip();
        open.bookmark(id).filter(b -> !clean.isEmpty() && !b.name().equals(clean)).ifPresent(b ->
                open.apply(new Change(b, b.withName(clean, clock.instant()), "Rename bookmark", false)));
    }

    void deleteBookmark(String id) {
        open.bookmark(id).ifPresent(b -> open.delete(new Change(b, null, "Bookmark deleted", false)));
    }

    /** Puts a bookmark on {@code anchor}, keeping its name and times; false if there is no such bookmark. */
    boolean reattach(String id, Anchor anchor) {
        Optional<Bookmark> bookmark = open.bookmark(id);
        bookmark.ifPresent(b -> open.apply(new Change(b, new Bookmark(b.id(), b.articleId(), open.contentHash(),
                anchor, b.name(), b.created(), clock.instant()), "Attach", false)));
        return bookmark.isPresent();
    }
}
