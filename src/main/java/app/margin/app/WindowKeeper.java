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
        int block = window.lastParagraph() < 0 ? layout.blockOf(window.lastSection())
                : layout.blockOf(window.lastSection(), window.lastParagraph());
        if (block > 0) {
            viewModel.reader().jumpToBlock(block);
        }
    }

    /** Puts the window where it was, with its panes; call before the window shows. */
    void apply() {
        if (Double.isFinite(window.x()) && Double.isFinite(window.y())) {
            stage.setX(window.x());
            stage.setY(window.y());
        }
        stage.setMaximized(window.maximized());
        view.setPanelShown(window.panelShown());
        applyDividers();
    }

    private void applyDividers() {
        if (view.isPanelShown()) {
            view.split().setDividerPositions(window.outlineDivider(), window.panelDivider());
        } else {
            view.split().setDividerPositions(window.outlineDivider());
        }
    }

    /** Writes the window's state as it is now; on closing. */
    void save() {
        ArticleLayout layout = viewModel.reader().getLayout();
        app.margin.model.Block top = layout == null ? null
                : layout.blocks().get(Math.min(viewModel.reader().topBlockProperty().get(), layout.blocks().size() - 1));
        double[] dividers = view.split().getDividerPositions();
        WindowState state = new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized(), dividers.length > 0 ? dividers[0] : WindowState.DEFAULT.outlineDivider(),
                view.isPanelShown(), dividers.length > 1 ? dividers[1] : WindowState.DEFAULT.panelDivider(),
                viewModel.settings().toMap(),
                layout == null ? window.lastArticle() : layout.article().id(),
                top == null ? null : top.sectionId(), top == null || !top.isParagraph() ? -1 : top.paragraphIndex());
        try {
            state.save(dataDir);
        } catch (IOException e) {
            System.err.println("margin: could not save the window's size: " + e.getMessage());
        }
    }
}
