package app.margin.ui.shell;

import app.margin.ui.annotations.AnnotationExchange;
import app.margin.ui.annotations.AnnotationPopovers;
import app.margin.ui.annotations.AnnotationsPanel;
import app.margin.ui.annotations.HighlightLayer;
import app.margin.ui.find.FindPresenter;
import app.margin.ui.find.FindViewModel;
import app.margin.ui.library.LibraryViewModel;
import app.margin.ui.outline.OutlineView;
import app.margin.ui.queue.AfterLayout;
import app.margin.ui.queue.Background;
import app.margin.ui.queue.Coalescer;
import app.margin.ui.reader.ReaderView;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The main window's content: the slim header, notice bar, outline | reading pane | annotations panel, status
 * bar. The header and its menus live in {@link Commands}; which of them show, and how wide, in {@link FrameViewModel}.
 * In distraction-free reading only the page and the status bar stay; the header comes back while the mouse is at the
 * top edge, and Esc leaves the mode.
 */
public final class MainView extends BorderPane {

    private final MainViewModel viewModel;
    private final FrameViewModel frame = new FrameViewModel();
    private final LibraryViewModel library;
    private final AnnotationExchange exchange;
    /** Slow work off the FX thread, and the FX thread itself ({@code Platform::runLater}) for later turns. */
    private final Background background;
    private final FileCommands files;
    private final OutlineView outlineView;
    /** The outline's place in the split: the outline, or nothing while the tools are held back. */
    private final StackPane outlineSlot = new StackPane();
    private final ReaderView readerView;
    /** Made when first shown: nothing of it need load before the first frame. */
    private AnnotationsPanel panel;
    private final BorderPane readingColumn = new BorderPane();
    private final AnnotationPopovers popovers;
    private final FindPresenter find;
    private final HighlightLayer highlights;
    private final Panes panes;
    private HBox header;
    private HeldTools tools;
    private final LaterFeatures later;

    /**
     * @param background where slow work runs (find on large articles)
     * @param library    opening files and the library
     * @param exchange   exporting, importing and copying annotations
     */
    public MainView(MainViewModel viewModel, Background background, LibraryViewModel library,
                    AnnotationExchange exchange) {
        this.viewModel = viewModel;
        this.library = library;
        this.exchange = exchange;
        this.background = background;
        this.files = new FileCommands(this, viewModel, library, exchange);
        this.later = new LaterFeatures(this, viewModel, library, background);
        FileLinkHookup.connect(viewModel, library);
        this.outlineView = new OutlineView(viewModel.outline());
        this.readerView = new ReaderView(viewModel.reader(), viewModel.settings(), background.fx());
        readerView.area().setFigures(new app.margin.ui.reader.PictureFigures(background, () -> {
            var layout = viewModel.reader().getLayout();
            return layout == null ? null : layout.article().pictureBase();
        }));
        this.popovers = new AnnotationPopovers(readerView.area(), viewModel.annotations());
        this.highlights = new HighlightLayer(readerView.area(), viewModel.annotations(), popovers::openSectionNotes,
                this.background.fx());
        this.panes = new Panes(frame, outlineSlot, readingColumn, this::panel, readerView::keepTopLineAcrossResize);
        this.find = new FindPresenter(new FindViewModel(this.background.worker(), this.background.fx()),
                viewModel.reader(), readerView, highlights::setMarks, bar -> readingColumn.setTop(bar), background.fx());

        viewModel.panel().flashRequestProperty().addListener((obs, o, p) -> {
            if (p != null) {
                readerView.select(p.blockIndex(), p.start(), p.end());
            }
        });
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("margin-root");
        outlineView.setSectionActions((node, id) -> atSection(id, () -> popovers.openSectionNotes(node, id)),
                id -> atSection(id, () -> popovers.addSectionNote(id)));
        outlineView.setExportSectionPdf(files::exportSectionPdf);
        readingColumn.getStyleClass().add("reading-column");
        outlineSlot.getStyleClass().add("outline-slot");
        outlineSlot.getChildren().add(outlineView);
        Commands commands = new Commands(this, viewModel);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                commands.installExtraAccelerators(scene);
            }
        });
        header = commands.header();
        header.visibleProperty().bind(frame.headerShownProperty());
        header.managedProperty().bind(header.visibleProperty());
        setTop(header);
        // Notices float above the page's foot instead of taking a row above it: a notice coming or going ("Bookmarked",
        // "Saved", a problem) no longer moves the page, and the line just bookmarked at the top stays in view.
        NoticeBar notice = new NoticeBar(viewModel);
        StackPane.setAlignment(notice, Pos.BOTTOM_CENTER);
        StackPane.setMargin(notice, new Insets(0, 16, 14, 16));
        readingColumn.setCenter(new StackPane(readerView, notice)); // centred on the page, not the window
        readingColumn.getChildren().add(FocusBar.over(readingColumn));
        setCenter(panes.root());
        StatusBar statusBar = new StatusBar(viewModel);
        setBottom(statusBar);
        tools = new HeldTools(header, statusBar, outlineSlot, outlineView);
    }

    private void initListeners() {
        frame.distractionFreeProperty().addListener((obs, was, on) -> {
            pseudoClassStateChanged(PseudoClass.getPseudoClass("distraction-free"), on);
            if (on) {
                readerView.area().requestFocus();
            }
        });
        // Esc leaves distraction-free reading once nothing else (a popup, the find bar) took it; the top edge peeks.
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && frame.escape()) {
                e.consume();
            }
        });
        addEventFilter(MouseEvent.MOUSE_MOVED, e -> frame.pointerAt(e.getSceneY(), header.getHeight()));
        FileDrops.accept(this, library, files::importAnnotations);
        // Highlight colours are drawn from the theme's tokens when spans are set: set them again.
        ThemeClasses.follow(this, viewModel.settings().themeProperty(),
                new Coalescer(background.fx(), highlights::redrawAll)::request);
    }

    /**
     * The theme's page colour ({@code -margin-bg}), for the window's first paint: applies the stylesheet now (the
     * first pulse then has that work done) and reads the root's background.
     */
    public javafx.scene.paint.Paint themeBackground() {
        applyCss();
        var bg = getBackground();
        return bg == null || bg.getFills().isEmpty() ? null : bg.getFills().get(0).getFill();
    }

    /**
     * Goes to a section and, once the pane has been laid out there, runs {@code action} (which points a
     * popup at the section's heading).
     */
    void atSection(String sectionId, Runnable action) {
        viewModel.reader().jumpToSection(sectionId);
        afterLayout(action);
    }

    /** Runs {@code action} once the pane has been laid out after a jump (which moves the caret in that pass). */
    void afterLayout(Runnable action) {
        if (getScene() == null) {
            action.run();
        } else {
            AfterLayout.run(getScene(), () -> background.fx().execute(action));
        }
    }

    /** Where slow work runs (drawing a PDF's original page). */
    app.margin.ui.queue.Background background() {
        return background;
    }

    /** The frame's state: distraction-free reading, which panes show, and their widths. */
    public FrameViewModel frame() {
        return frame;
    }

    /** Whether the panel is shown, or (in distraction-free reading) will be again when the mode ends. */
    public boolean isPanelShown() {
        return frame.isPanelShown();
    }

    /** Shows or hides the annotations panel on the right. */
    public void setPanelShown(boolean shown) {
        frame.setPanelShown(shown);
        panes.applyWidths();
    }

    /** Shows the header while distraction-free reading goes on (for the menu opened from the keyboard). */
    void peekHeader(boolean shown) {
        if (frame.isDistractionFree()) {
            frame.peekHeader(shown);
            layout();
        }
    }

    /** The outline's width as the reader set it, in pixels (the window may show it narrower for now). */
    public double outlineWidth() {
        return frame.widths().outlineWidth();
    }

    /** The annotations panel's width as the reader set it, in pixels. */
    public double panelWidth() {
        return frame.widths().panelWidth();
    }

    /** Sets the outline's and panel's widths (from the saved window state), clamped to sane ranges. */
    public void setPaneWidths(double outline, double panel) {
        frame.widths().set(outline, panel);
        panes.applyWidths();
    }

    /** Leaves the tools out of the window's first frame ({@link HeldTools}); to be called before it shows. */
    public void holdBackTools() {
        tools.holdBack();
    }

    /** Brings in the tools held back by {@link #holdBackTools()}, once the page is on screen; nothing when none are. */
    public void showTools() {
        tools.show();
    }

    /** Whether the tools are in the window (false between {@link #holdBackTools()} and {@link #showTools()}). */
    public boolean toolsShown() {
        return tools.shown();
    }

    public AnnotationsPanel panel() {
        if (panel == null) {
            panel = new AnnotationsPanel(viewModel.panel(), viewModel.annotations(),
                    CardActions.of(this, exchange));
        }
        return panel;
    }

    /** Study cards, the library search and {@code margin://} links: wired by the app once the window is made. */
    public LaterFeatures later() {
        return later;
    }

    FileCommands files() {
        return files;
    }

    /** Opening files and the library. */
    public LibraryViewModel library() {
        return library;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public ReaderView readerView() {
        return readerView;
    }

    public OutlineView outlineView() {
        return outlineView;
    }

    public FindPresenter find() {
        return find;
    }

    public AnnotationPopovers popovers() {
        return popovers;
    }

    public SplitPane split() {
        return panes.split();
    }
}
