package app.margin.ui.annotations;

import app.margin.model.ArticleLayout;
import app.margin.model.Bookmark;
import app.margin.model.Note;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The notes, bookmarks and over-long drafts of the open article as of the last change; from any thread. */
public record ClosingSnapshot(ArticleLayout layout, List<Note> notes, List<Bookmark> bookmarks,
                              Map<String, String> drafts) {

    static final ClosingSnapshot EMPTY = new ClosingSnapshot(null, List.of(), List.of(), Map.of());

    public Optional<Note> note(String id) {
        return notes.stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
