package app.margin.ui.shell;

import app.margin.model.ArticleLayout;
import app.margin.model.Block;
import app.margin.store.LibrarySearch.Hit;
import app.margin.store.LibrarySearch.HitKind;
import app.margin.ui.library.LibraryViewModel;
import app.margin.ui.queue.StoreQueue;
import app.margin.ui.search.SearchCatchUp;
import app.margin.ui.search.SearchView;
import app.margin.ui.search.SearchViewModel;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Where the library search meets the main window: its own window (Ctrl+Shift+L), the box in the Library, and
 * opening a hit: the article (from the library when it is not the one being read), then the hit's place, as a
 * bookmark or outline jump goes there, with the matching word selected.
 */
final class SearchHookup {

    private final MainView view;
    private final LibraryViewModel library;
    private final StoreQueue queue;
    private final Executor fx;
    private final SearchCatchUp catchUp;
    private Stage window;
    private SearchView searchView;
    private Runnable afterOpen = () -> { };

    /**
     * @param fx      the FX thread, where search results and opened hits come back
     * @param catchUp brings the search's index up to the library
     */
    SearchHookup(MainView view, LibraryViewModel library, StoreQueue queue, Executor fx, SearchCatchUp catchUp) {
        this.view = view;
        this.library = library;
        this.queue = queue;
        this.fx = fx;
        this.catchUp = catchUp;
    }

    SearchCatchUp catchUp() {
        return catchUp;
    }

    /** A search box and its results for the Library window; opening a hit runs {@code closeLibrary} first. */
    SearchView forLibrary(Runnable closeLibrary) {
        return new SearchView(new SearchViewModel(queue, fx, (hit, title) -> {
            closeLibrary.run();
            open(hit);
        }));
    }

    /** Shows the search window (made once), the box focused with its last text selected. */
    void show() {
        if (window == null) {
            searchView = new SearchView(new SearchViewModel(queue, fx, (hit, title) -> {
                window.hide();
                open(hit);
            }));
            window = new Stage();
            window.initOwner(view.getScene().getWindow());
            window.setTitle("Search the Library — Margin");
            searchView.setOnClose(window::hide);
            window.setScene(new Scene(searchView, 720, 520));
        }
        themed(window.getScene());
        window.show();
        window.toFront();
        searchView.focusBox();
    }

    /** The main window's stylesheet and theme, on another window's scene. */
    void themed(Scene scene) {
        scene.getStylesheets().setAll(view.getScene().getStylesheets());
        for (String theme : new String[] {"dark", "sepia"}) {
            scene.getRoot().pseudoClassStateChanged(PseudoClass.getPseudoClass(theme),
                    view.getPseudoClassStates().contains(PseudoClass.getPseudoClass(theme)));
        }
    }

    SearchView searchView() {
        return searchView;
    }

    /** For tests: runs after a hit's place has been shown. */
    void setAfterOpen(Runnable action) {
        this.afterOpen = action;
    }

    private void open(Hit hit) {
        ArticleLayout layout = view.viewModel().reader().getLayout();
        if (layout != null && layout.article().id().equals(hit.articleId())) {
            goTo(hit);
        } else {
            // The new article's saved reading position is restored through the queue; the hit's place goes after.
            // Whether that read found a place or not, the hit's place is where the reader asked to go.
            library.open(hit.articleId(), () -> queue.call(StoreQueue.Kind.READ, s -> null, fx,
                    v -> goTo(hit), e -> goTo(hit)));
        }
    }

    private void goTo(Hit hit) {
        MainViewModel vm = view.viewModel();
        ArticleLayout layout = vm.reader().getLayout();
        if (layout == null || !layout.article().id().equals(hit.articleId())) {
            return;
        }
        int block = blockOf(layout, hit);
        if (block < 0) {
            vm.reader().jumpToSection(hit.sectionId());
        } else {
            vm.reader().jumpTo(block, hit.offset());
        }
        view.getScene().getWindow().requestFocus();
        view.readerView().area().requestFocus();
        view.afterLayout(() -> {
            if (block >= 0 && vm.reader().getLayout() == layout) {
                int end = hit.offset() + (hit.kind() == HitKind.TEXT ? hit.length() : 0);
                if (hit.kind() == HitKind.PICTURE) {
                    view.readerView().revealPicture(block); // the words are in its picture: show the picture
                } else {
                    view.readerView().select(block, hit.offset(), end);
                }
            }
            afterOpen.run();
        });
    }

    /** The hit's block: its paragraph, or for a heading, title or byline the one whose text holds the match. */
    static int blockOf(ArticleLayout layout, Hit hit) {
        if (hit.paragraphIndex() >= 0) {
            return layout.blockOf(hit.sectionId(), hit.paragraphIndex());
        }
        String word = hit.marks().isEmpty() ? "" : hit.snippet().substring(hit.marks().get(0).start(),
                hit.marks().get(0).end()).toLowerCase(Locale.ROOT);
        int first = -1;
        for (int i = 0; i < layout.blocks().size(); i++) {
            Block b = layout.blocks().get(i);
            if (b.sectionId().equals(hit.sectionId()) && !b.isParagraph()) {
                String text = b.text().toLowerCase(Locale.ROOT);
                if (hit.kind() != HitKind.TEXT || text.startsWith(word, hit.offset())) {
                    return i;
                }
                first = first < 0 ? i : first;
            }
        }
        return first;
    }
}
