package app.margin.ui.shell;

import app.margin.model.AnchorResolver;
import app.margin.model.ArticleLayout;
import app.margin.model.MarginLink;
import app.margin.model.Note;
import app.margin.model.Placement;
import app.margin.ui.library.LibraryViewModel;
import app.margin.ui.queue.StoreQueue;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Follows a {@code margin://open?article=…&note=…} link (from a Markdown sheet kept in a notes app): reads the note
 * through the store's queue, opens its library article unless it is open, and goes to where the note's words sit
 * now, selecting them. A note that is gone or unplaced leaves the article open and says so.
 */
final class LinkHookup {

    private final MainView view;
    private final LibraryViewModel library;
    private final StoreQueue queue;
    private final Executor fx;

    LinkHookup(MainView view, LibraryViewModel library, StoreQueue queue, Executor fx) {
        this.view = view;
        this.library = library;
        this.queue = queue;
        this.fx = fx;
    }

    void follow(MarginLink link) {
        queue.call(StoreQueue.Kind.READ, s -> s == null || link.noteId() == null ? Optional.<Note>empty()
                : s.notes(link.articleId()).stream().filter(n -> n.id().equals(link.noteId())).findFirst(), fx,
                note -> open(link, note), error -> open(link, Optional.empty()));
    }

    private void open(MarginLink link, Optional<Note> note) {
        ArticleLayout layout = view.viewModel().reader().getLayout();
        if (layout != null && layout.article().id().equals(link.articleId())) {
            goTo(link, note);
        } else {
            // As a search hit: the article's saved position is restored through the queue; the note's place after.
            library.open(link.articleId(), () -> queue.call(StoreQueue.Kind.READ, s -> null, fx,
                    v -> goTo(link, note), e -> goTo(link, note)));
        }
    }

    private void goTo(MarginLink link, Optional<Note> note) {
        MainViewModel vm = view.viewModel();
        ArticleLayout layout = vm.reader().getLayout();
        if (layout == null || !layout.article().id().equals(link.articleId())) {
            return;
        }
        view.getScene().getWindow().requestFocus();
        view.readerView().area().requestFocus();
        if (link.noteId() == null) {
            return;
        }
        if (note.isEmpty()) {
            vm.showNotice(Notice.info("The note this link points to is no longer in Margin; its article is open."));
            return;
        }
        Optional<Placement> place = new AnchorResolver(layout).resolve(note.get().anchor());
        if (place.isEmpty()) {
            vm.showNotice(Notice.info("The words of the note this link points to are no longer in the article; the"
                    + " note is listed under Unplaced."));
            return;
        }
        Placement p = place.get();
        vm.reader().jumpTo(p.blockIndex(), p.start());
        view.afterLayout(() -> {
            if (vm.reader().getLayout() == layout && p.end() > p.start()) {
                view.readerView().select(p.blockIndex(), p.start(), p.end());
            }
        });
    }
}
