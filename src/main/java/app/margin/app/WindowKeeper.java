package app.margin.app;

import app.margin.model.Article;
import app.margin.model.ArticleLayout;
import app.margin.ui.shell.MainView;
import app.margin.ui.shell.MainViewModel;
import java.io.IOException;
import java.nio.file.Path;
import javafx.stage.Stage;

/**
 * The window as the reader left it — size, place, panes, reading settings and where the last article was
 * left — put back before it shows and written down when it closes ({@link WindowState}).
 */
final class WindowKeeper {

    private final WindowState window;
    private final Stage stage;
    private final MainView view;
    private final MainViewModel viewModel;
    private final Path dataDir;
    /** The window's state as of the last change, for closing without the FX thread; read from any thread. */
    private volatile WindowState latest;

    WindowKeeper(WindowState window, Stage stage, MainView view, MainViewModel viewModel, Path dataDir) {
        this.window = window;
        this.stage = stage;
        this.view = view;
        this.viewModel = viewModel;
        this.dataDir = dataDir;
    }

    /**
     * Goes to where the article was left, as noted in the window state, so that the first frame shows it;
     * the reading position in the database, read when the store opens, says the same.
     */
    void returnToLastPlace(Article article) {
        if (!article.id().equals(window.lastArticle()) || window.lastSection() == null) {
            return;
        }
        ArticleLayout layout = viewModel.reader().getLayout();
        int block = layout.blockAt(window.lastSection(), window.lastParagraph());
        if (block > 0 || (block == 0 && window.lastOffset() > 0)) {
            viewModel.reader().jumpToLine(block, window.lastOffset());
        }
    }

    /** Puts the window where it was, with its panes; call before the window shows. */
    void apply() {
        // Below this the pane wraps to a few letters a line and the outline squeezes to nothing.
        stage.setMinWidth(WindowState.MIN_WIDTH);
        stage.setMinHeight(WindowState.MIN_HEIGHT);
        if (Double.isFinite(window.x()) && Double.isFinite(window.y())) {
            stage.setX(window.x());
            stage.setY(window.y());
        }
        stage.setMaximized(window.maximized());
        view.setPaneWidths(window.outlineWidth(), window.panelWidth());
        view.setPanelShown(window.panelShown());
    }

    /**
     * Keeps {@link #latest} up to date, on the FX thread: after every layout pulse (scrolling, resizing, panes,
     * settings all lay the scene out) and when the window moves, which needs no pulse.
     */
    void track() {
        Runnable note = () -> {
            if (stage.isShowing()) {
                latest = current();
            }
        };
        stage.getScene().addPostLayoutPulseListener(note);
        stage.xProperty().addListener((obs, o, n) -> note.run());
        stage.yProperty().addListener((obs, o, n) -> note.run());
        stage.maximizedProperty().addListener((obs, o, n) -> note.run());
    }

    /** Writes the window's state as it is now; on closing, on the FX thread. */
    private volatile boolean owner = true;

    void save() {
        write(current());
    }

    /** Writes the state last noted by {@link #track}; on closing, from any thread. */
    void saveLatest() {
        WindowState state = latest;
        if (state != null) {
            write(state);
        }
    }

    private WindowState current() {
        ArticleLayout layout = viewModel.reader().getLayout();
        // The line at the very top as it shows (with a jump's context lines), as the reading position keeps it.
        app.margin.model.Block top = layout == null ? null : layout.blocks()
                .get(Math.min(viewModel.reader().screenTopBlockProperty().get(), layout.blocks().size() - 1));
        WindowState state = new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized(), view.outlineWidth(), view.isPanelShown(), view.panelWidth(),
                viewModel.settings().toMap(),
                layout == null ? window.lastArticle() : layout.article().id(),
                top == null ? null : top.sectionId(), top == null || !top.isParagraph() ? -1 : top.paragraphIndex(),
                top == null ? 0 : viewModel.reader().screenTopOffsetProperty().get());
        return state;
    }

    /**
     * Another Margin has the data folder: this window's size and settings are not written over that one's.
     */
    void leaveTheFolderAlone() {
        owner = false;
    }

    private void write(WindowState state) {
        if (!owner) {
            return;
        }
        try {
            state.save(dataDir);
        } catch (IOException e) {
            System.err.println("margin: could not save the window's size: " + e.getMessage());
        }
    }
}
