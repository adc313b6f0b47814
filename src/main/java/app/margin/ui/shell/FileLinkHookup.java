package app.margin.ui.shell;

import app.margin.ui.library.LibraryViewModel;
import app.margin.ui.reader.LinksViewModel;

/**
 * Follows the page's links to other files (a multi-page manual's "other-chapter.html#section", a folder of notes'
 * "week2.md#proof"): the file opens as File → Open opens it (the library keeps it), then the page goes to the link's
 * fragment. Back from there opens the file the link was in again, from the library, at its line. A link that leads
 * nowhere says why; nothing opens without a click, and nothing goes to the network.
 */
final class FileLinkHookup {

    private FileLinkHookup() {}

    static void connect(MainViewModel viewModel, LibraryViewModel library) {
        LinksViewModel links = viewModel.reader().links();
        links.fileRequestProperty().addListener((obs, old, link) -> {
            if (link != null) {
                library.openLinked(link, () -> {
                    if (!links.arrived(link)) {
                        viewModel.showNotice(Notice.info("The link led to " + link.file().getFileName()
                                + ", which has no place named “" + link.fragment() + "”: it opened as it would from "
                                + "File → Open."));
                    }
                });
            }
        });
        links.returnRequestProperty().addListener((obs, old, visit) -> {
            if (visit != null) {
                library.open(visit.articleId(), () -> library.afterQueued(() -> links.returned(visit)));
            }
        });
        links.problemProperty().addListener((obs, old, text) -> {
            if (text != null) {
                viewModel.showNotice(Notice.problem(text));
            }
        });
    }
}
