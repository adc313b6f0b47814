package app.margin.exchange.readers;

import app.margin.model.Bookmark;
import app.margin.model.Note;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One book's highlights, placed in the article they belong to and ready for the store.
 *
 * @param article       the article they go to
 * @param book          the book's title as the file gives it (the article's title when the file gives none)
 * @param notes         the notes to import: placed highlights, and unplaced ones with where they came from
 * @param bookmarks     the bookmarks to import (those that carry words Margin found)
 * @param highlights    how many highlights and notes the file has for the book
 * @param placed        of them, how many were placed on their words
 * @param unplaced      of them, how many go to Unplaced
 * @param positionOnly  bookmarks left out because they hold only a position (a location, page or CFI)
 * @param alreadyHere   highlights the reader already has (the same id, or a highlight on the same words)
 */
public record BookPlan(LibraryArticle article, String book, List<Note> notes, List<Bookmark> bookmarks,
                       int highlights, int placed, int unplaced, int positionOnly, int alreadyHere) {

    public BookPlan {
        notes = List.copyOf(notes);
        bookmarks = List.copyOf(bookmarks);
    }

    /**
     * The plan without what the reader already has on the same words under another id (an earlier import of
     * another file, or a highlight made in Margin), counting that and what has the same id as already here.
     */
    public BookPlan against(List<Note> existing, List<Bookmark> existingBookmarks) {
        Set<String> ids = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (Note n : existing) {
            ids.add(n.id());
            places.add(place(n));
        }
        existingBookmarks.forEach(b -> ids.add(b.id()));
        List<Note> keep = new ArrayList<>();
        int here = 0;
        for (Note n : notes) {
            if (ids.contains(n.id())) {
                here++;
                keep.add(n); // the merge leaves it as it is, or takes a newer copy
            } else if (places.contains(place(n))) {
                here++;
            } else {
                keep.add(n);
            }
        }
        for (Bookmark b : bookmarks) {
            here += ids.contains(b.id()) ? 1 : 0;
        }
        return new BookPlan(article, book, keep, bookmarks, highlights, placed, unplaced, positionOnly, here);
    }

    /** "37 highlights for 'Book': 35 placed, 2 unplaced; 4 already here; 3 bookmarks with only a position". */
    public String preview() {
        StringBuilder out = new StringBuilder();
        out.append(highlights).append(highlights == 1 ? " highlight" : " highlights").append(" for '").append(book)
                .append("'");
        if (!BookMatch.same(book, article.title())) {
            out.append(" (into '").append(article.title()).append("')");
        }
        out.append(": ").append(placed).append(" placed, ").append(unplaced).append(" unplaced");
        if (alreadyHere > 0) {
            out.append("; ").append(alreadyHere).append(" already here");
        }
        if (!bookmarks.isEmpty()) {
            out.append("; ").append(bookmarks.size()).append(bookmarks.size() == 1 ? " bookmark" : " bookmarks");
        }
        if (positionOnly > 0) {
            out.append("; ").append(positionOnly).append(positionOnly == 1 ? " bookmark" : " bookmarks")
                    .append(" left out (only a position, no words)");
        }
        return out.toString();
    }

    private static String place(Note n) {
        return n.anchor().sectionId() + "|" + n.anchor().paragraphIndex() + "|" + n.anchor().start() + "|"
                + n.anchor().end() + "|" + (n.anchor().quote() == null ? "" : n.anchor().quote().exact());
    }
}
