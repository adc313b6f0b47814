package app.margin.ui.shell;

import app.margin.ui.library.LibraryViewModel;
import app.margin.ui.queue.Background;
import app.margin.ui.search.SearchCatchUp;

/**
 * The features the app wires after the window is made, because they need the store's queue: study cards and their
 * review window, the library search, and following {@code margin://} links. Until then (or in a window made without
 * them, as tests make) each says it is not available instead of failing.
 */
public final class LaterFeatures {
    private final MainView view;
    private final MainViewModel viewModel;
    private final LibraryViewModel library;
    private final Background background;
    /** Study cards and their review window; null until the app wires them. */
    private app.margin.ui.study.Study study;
    /** The library search; null until the app wires it. */
    private SearchHookup search;
    private LinkHookup links;

    LaterFeatures(MainView view, MainViewModel viewModel, LibraryViewModel library, Background background) {
        this.view = view;
        this.viewModel = viewModel;
        this.library = library;
        this.background = background;
    }

    /** Wires the study feature: "Make Card…" in note editors, Ctrl+R, and a deleted highlight's cards. */
    public void setStudy(app.margin.ui.study.Study newStudy) {
        this.study = newStudy;
        StudyHookup.connect(view, newStudy);
    }

    /** Opens the review window on the article being read (Ctrl+R). */
    public void openStudy() {
        if (study == null) {
            viewModel.showNotice(Notice.problem("Study cards are not available in this window."));
        } else {
            study.openWindow(view.getScene().getWindow());
        }
    }

    /**
     * Wires the library search (Ctrl+Shift+L, and the box in the Library) to the store's queue; {@code catchUp}
     * brings its index up to the library.
     */
    public void setLibrarySearch(app.margin.ui.queue.StoreQueue queue, SearchCatchUp catchUp) {
        this.search = new SearchHookup(view, library, queue, background.fx(), catchUp);
        this.links = new LinkHookup(view, library, queue, background.fx());
    }

    /** Follows a {@code margin://} link: opens its article at its note. */
    public void openLink(app.margin.model.MarginLink link) {
        if (links == null) {
            viewModel.showNotice(Notice.problem("Links into Margin are not available in this window."));
        } else {
            links.follow(link);
        }
    }

    /** What brings the library search's index up to the library; null until the app wires it. */
    public SearchCatchUp searchCatchUp() {
        return search == null ? null : search.catchUp();
    }

    /** Opens the library search window (Ctrl+Shift+L). */
    public void openLibrarySearch() {
        if (search == null) {
            viewModel.showNotice(Notice.problem("The library search is not available in this window."));
        } else {
            search.show();
        }
    }

    public app.margin.ui.study.Study study() {
        return study;
    }

    SearchHookup search() {
        return search;
    }
}
