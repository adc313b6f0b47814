package app.margin.ui.shell;

import app.margin.ui.annotations.AnnotationExchange;
import app.margin.ui.annotations.AnnotationItem;
import app.margin.ui.annotations.AnnotationPopovers;
import app.margin.ui.annotations.AnnotationsPanel;
import app.margin.ui.annotations.HighlightLayer;
import app.margin.ui.find.FindPresenter;
import app.margin.ui.find.FindViewModel;
import app.margin.ui.library.LibraryViewModel;
import app.margin.ui.outline.OutlineView;
import app.margin.ui.reader.ReaderView;
import app.margin.ui.reader.ReadingSettings;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The main window's content: the slim header, notice bar, outline | reading pane | annotations panel, status
 * bar. The header and its menus live in {@link Commands}. In distraction-free reading only the page and the
 * status bar stay; the header comes back while the mouse is at the top edge, and Esc leaves the mode.
 */
public final class MainView extends BorderPane {

    static final Duration UNDO_NOTICE_TIME = Duration.seconds(8);

    private final MainViewModel viewModel;
    private final LibraryViewModel library;
    private final AnnotationExchange exchange;
    private final FileCommands files;
    private final OutlineView outlineView;
    /** The outline's place in the split: the outline, or nothing while the tools are held back. */
    private final StackPane outlineSlot = new StackPane();
    private final ReaderView readerView;
    /** Made when first shown: nothing of it need load before the first frame. */
    private AnnotationsPanel panel;
    private final BorderPane readingColumn;
    private final AnnotationPopovers popovers;
    private final FindPresenter find;
    private final HighlightLayer highlights;
    private final SplitPane split = new SplitPane();
    private final PaneWidths widths = new PaneWidths(split, this::isPanelShown);
    private final PauseTransition noticeTimer = new PauseTransition(UNDO_NOTICE_TIME);
    private final javafx.beans.property.BooleanProperty distractionFree =
            new javafx.beans.property.SimpleBooleanProperty(this, "distractionFree");
    /** In distraction-free reading: the header shown for now because the mouse is at the top edge. */
    private final javafx.beans.property.BooleanProperty headerPeek =
            new javafx.beans.property.SimpleBooleanProperty(this, "headerPeek");
    private HBox header;
    private HBox statusBar;
    /** The header's and status bar's items held back until the first frame is on screen; null when shown. */
    private List<Node> heldHeader;
    private List<Node> heldStatus;
    private boolean panelBeforeDistractionFree;
    /** Study cards and their review window; null until the app wires them. */
    private app.margin.ui.study.Study study;
    /** The library search; null until the app wires it. */
    private SearchHookup search;

    /**
     * @param background where slow work runs (find on large articles)
     * @param library    opening files and the library
     * @param exchange   exporting, importing and copying annotations
     */
    public MainView(MainViewModel viewModel, Executor background, LibraryViewModel library,
                    AnnotationExchange exchange) {
        this.viewModel = viewModel;
        this.library = library;
        this.exchange = exchange;
        this.files = new FileCommands(this, viewModel, library, exchange);
        this.outlineView = new OutlineView(viewModel.outline());
        this.readerView = new ReaderView(viewModel.reader(), viewModel.settings());
        this.popovers = new AnnotationPopovers(readerView.area(), viewModel.annotations());
        this.readingColumn = new BorderPane(); // the page (with the notices over it) goes in createView
        this.highlights = new HighlightLayer(readerView.area(), viewModel.annotations(), popovers::openSectionNotes,
                Platform::runLater);
        this.find = new FindPresenter(new FindViewModel(background, Platform::runLater), viewModel.reader(),
                readerView, highlights::setMarks, bar -> readingColumn.setTop(bar));

        viewModel.panel().flashRequestProperty().addListener((obs, o, p) -> {
            if (p != null) {
                readerView.select(p.blockIndex(), p.start(), p.end());
            }
        });
        createView();
    }

    private void createView() {
        getStyleClass().add("margin-root");
        outlineView.setSectionActions((node, id) -> atSection(id, () -> popovers.openSectionNotes(node, id)),
                id -> atSection(id, () -> popovers.addSectionNote(id)));
        outlineView.setExportSectionPdf(files::exportSectionPdf);
        readingColumn.getStyleClass().add("reading-column");
        outlineSlot.getStyleClass().add("outline-slot");
        outlineSlot.getChildren().add(outlineView);
        split.getItems().addAll(outlineSlot, readingColumn);
        split.setDividerPositions(0.24);
        // The dividers follow the wanted pane widths (PaneWidths) at every window size; the split only scales.
        outlineSlot.setMinWidth(140);
        Commands commands = new Commands(this, viewModel);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                commands.installExtraAccelerators(scene);
            }
        });
        header = commands.header();
        header.visibleProperty().bind(distractionFree.not().or(headerPeek));
        header.managedProperty().bind(header.visibleProperty());
        distractionFree.addListener((obs, was, on) ->
                pseudoClassStateChanged(PseudoClass.getPseudoClass("distraction-free"), on));
        setTop(header);
        installDistractionFreeKeys();
        // Notices float above the page's foot instead of taking a row above it: a notice coming or going ("Bookmarked",
        // "Saved", a problem) no longer moves the page, and the line just bookmarked at the top stays in view.
        Region notice = createNoticeBar();
        StackPane.setAlignment(notice, Pos.BOTTOM_CENTER);
        StackPane.setMargin(notice, new javafx.geometry.Insets(0, 16, 14, 16));
        readingColumn.setCenter(new StackPane(readerView, notice)); // centred on the page, not the window
        setCenter(split);
        setBottom(createStatusBar());
        acceptDroppedFiles();
        viewModel.settings().themeProperty().addListener((obs, old, theme) -> {
            applyTheme();
            // Highlight colours are drawn from the theme's tokens when spans are set: set them again.
            Platform.runLater(highlights::redrawAll);
        });
        sceneProperty().addListener((obs, old, scene) -> applyTheme());
        applyTheme();
    }

    /** Themes only switch colour tokens: a pseudo-class on the scene's root selects them. */
    private void applyTheme() {
        ReadingSettings.Theme current = viewModel.settings().themeProperty().get();
        for (ReadingSettings.Theme t : ReadingSettings.Theme.values()) {
            if (t.pseudoClass() != null) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(t.pseudoClass()), t == current);
            }
        }
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

    /**
     * Runs {@code action} once the pane has been laid out after a jump (a jump asked for before the new text is laid
     * out is made in that layout pass, and moves the caret: a selection made before it would be lost).
     */
    void afterLayout(Runnable action) {
        Scene scene = getScene();
        if (scene == null) {
            action.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void editNote(AnnotationItem item) {
        viewModel.annotations().note(item.id()).ifPresent(n -> {
            var b = panel == null ? null : panel.localToScreen(panel.getBoundsInLocal());
            popovers.showEditor(n, b == null ? 0 : b.getMinX(), b == null ? 0 : b.getMinY() + b.getHeight() / 3);
        });
    }

    private void copyNote(AnnotationItem item) {
        exchange.noteMarkdown(item.id()).ifPresent(md -> files.copy(md, "Copied the note as Markdown."));
    }

    private void attachToSelection(AnnotationItem item) {
        var sel = readerView.area().getCaretSelectionBind();
        boolean attached = !readerView.area().getSelectedText().isEmpty()
                && sel.getStartParagraphIndex() == sel.getEndParagraphIndex()
                && viewModel.annotations().reattach(item.id(), sel.getStartParagraphIndex(),
                        sel.getStartColumnPosition(), sel.getEndColumnPosition());
        viewModel.showNotice(attached ? Notice.info("Attached to the selected text.")
                : Notice.problem("Select the words in the reading pane (within one paragraph) first, then choose "
                        + "Attach to Selected Text again."));
    }

    /** Bookmarks the line at the top of the pane, or the selection's line when a selection shows (Ctrl+D). */
    public void toggleBookmark() {
        ReaderView.Line line = readerView.lineToMark();
        viewModel.toggleBookmark(line.blockIndex(), line.start(), line.end());
    }

    /** Shows or hides the annotations panel on the right. */
    public void togglePanel() {
        setPanelShown(!isPanelShown() || isDistractionFree());
    }

    /** Whether the panel is shown, or (in distraction-free reading) will be again when the mode ends. */
    public boolean isPanelShown() {
        if (isDistractionFree()) {
            return panelBeforeDistractionFree;
        }
        return panel != null && split.getItems().contains(panel);
    }

    public javafx.beans.property.ReadOnlyBooleanProperty distractionFreeProperty() {
        return distractionFree;
    }

    public boolean isDistractionFree() {
        return distractionFree.get();
    }

    /**
     * Leaves the tools out of the window's first frame: the header's buttons, the outline and the status bar's items
     * but the section's name come with {@link #showTools()}, once the page is on screen. Their CSS, skins, layout and
     * drawing (a dozen stroked icons, and the outline's tree with a row for each line of its height) made the first
     * frame about 100 ms later (measured under Xvfb, 12 interleaved rounds). The header (of fixed height), the
     * outline's place (its width and background) and the status bar (its height set by the section's name) are there
     * meanwhile, so the page does not move when the tools come. To be called before the window is shown.
     */
    public void holdBackTools() {
        if (heldHeader != null) {
            return;
        }
        heldHeader = List.copyOf(header.getChildren());
        header.getChildren().clear();
        javafx.collections.ObservableList<Node> status = statusBar.getChildren();
        heldStatus = List.copyOf(status.subList(1, status.size()));
        status.remove(1, status.size()); // the section's name stays: it sets the bar's height
        outlineSlot.getChildren().clear();
    }

    /** Brings in the tools held back by {@link #holdBackTools()}; nothing when none are. */
    public void showTools() {
        if (heldHeader == null) {
            return;
        }
        header.getChildren().setAll(heldHeader);
        statusBar.getChildren().addAll(heldStatus);
        heldHeader = null;
        heldStatus = null;
        outlineSlot.getChildren().setAll(outlineView);
    }

    /** Whether the tools are in the window (false between {@link #holdBackTools()} and {@link #showTools()}). */
    public boolean toolsShown() {
        return heldHeader == null;
    }

    /** Whether the header is on screen (in distraction-free reading only while the mouse is at the top). */
    public boolean isHeaderShown() {
        return header.isVisible();
    }

    /** Shows the header while distraction-free reading goes on (for the menu opened from the keyboard). */
    void peekHeader(boolean shown) {
        if (isDistractionFree()) {
            headerPeek.set(shown);
            layout();
        }
    }

    public void toggleDistractionFree() {
        setDistractionFree(!isDistractionFree());
    }

    /** Hides the header, outline and panel, leaving the page (and the status bar); false brings them back. */
    public void setDistractionFree(boolean on) {
        if (on == isDistractionFree()) {
            return;
        }
        readerView.keepTopLineAcrossResize(); // the page widens or narrows
        if (on) {
            panelBeforeDistractionFree = isPanelShown();
            split.getItems().remove(outlineSlot);
            if (panel != null) {
                split.getItems().remove(panel);
            }
            headerPeek.set(false);
            distractionFree.set(true);
            readerView.area().requestFocus();
        } else {
            distractionFree.set(false);
            headerPeek.set(false);
            split.getItems().add(0, outlineSlot);
            if (panelBeforeDistractionFree) {
                split.getItems().add(panel());
            }
            widths.apply(); // the panes come back at the widths the reader gave them
        }
    }

    /** Full screen (F11); Esc leaves it too. */
    public void toggleFullScreen() {
        if (getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    /** Esc leaves distraction-free reading once nothing else (a popup, the find bar) took it; the top edge peeks. */
    private void installDistractionFreeKeys() {
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && isDistractionFree()) {
                setDistractionFree(false);
                e.consume();
            }
        });
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> {
            if (!isDistractionFree()) {
                return;
            }
            if (!headerPeek.get() && e.getSceneY() <= 4) {
                headerPeek.set(true);
            } else if (headerPeek.get() && e.getSceneY() > header.getHeight() + 24) {
                headerPeek.set(false);
            }
        });
    }

    public void setPanelShown(boolean shown) {
        if (isDistractionFree()) {
            if (!shown) {
                panelBeforeDistractionFree = false;
                return;
            }
            panelBeforeDistractionFree = true;
            setDistractionFree(false);
            if (isPanelShown()) {
                return;
            }
        }
        if (shown && !isPanelShown()) {
            readerView.keepTopLineAcrossResize();
            split.getItems().add(panel());
        } else if (!shown && isPanelShown()) {
            readerView.keepTopLineAcrossResize();
            split.getItems().remove(panel);
        }
        widths.apply();
    }

    /** The outline's width as the reader set it, in pixels (the window may show it narrower for now). */
    public double outlineWidth() {
        return widths.outlineWidth();
    }

    /** The annotations panel's width as the reader set it, in pixels. */
    public double panelWidth() {
        return widths.panelWidth();
    }

    /** Sets the outline's and panel's widths (from the saved window state), clamped to sane ranges. */
    public void setPaneWidths(double outline, double panel) {
        widths.set(outline, panel);
    }

    private Region createNoticeBar() {
        Label text = new Label();
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button action = new Button();
        action.managedProperty().bind(action.visibleProperty());
        action.setMinWidth(Region.USE_PREF_SIZE);
        Button close = new Button("Dismiss");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> viewModel.noticeDismissedByReader());
        close.setAccessibleText("Dismiss this message");
        HBox bar = new HBox(12, text, action, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("notice-bar");
        bar.setMaxWidth(680);
        bar.setMaxHeight(Region.USE_PREF_SIZE);
        bar.managedProperty().bind(bar.visibleProperty());
        bar.visibleProperty().bind(viewModel.noticeProperty().isNotNull());
        noticeTimer.setOnFinished(e -> {
            Notice n = viewModel.noticeProperty().get();
            if (n != null && n.kind() == Notice.Kind.INFO) {
                viewModel.dismissNotice();
            }
        });
        viewModel.noticeProperty().addListener((obs, old, n) -> {
            text.setText(n == null ? "" : n.text());
            action.setVisible(n != null && n.hasAction());
            action.setText(n != null && n.hasAction() ? n.actionLabel() : "");
            action.setOnAction(e -> {
                viewModel.dismissNotice();
                n.action().run();
            });
            bar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"),
                    n != null && n.kind() == Notice.Kind.PROBLEM);
            noticeTimer.stop();
            if (n != null && n.kind() == Notice.Kind.INFO) {
                noticeTimer.playFromStart();
            }
        });
        return bar;
    }

    private Region createStatusBar() {
        Label section = new Label();
        section.textProperty().bind(viewModel.statusSectionProperty());
        section.setAccessibleHelp("The section being read");
        Label saved = new Label();
        saved.textProperty().bind(viewModel.saveStatusProperty());
        saved.getStyleClass().add("save-state");
        saved.setAccessibleHelp("Whether your notes are saved");
        Label timeLeft = new Label();
        timeLeft.textProperty().bind(viewModel.statusTimeLeftProperty());
        timeLeft.setAccessibleHelp("Reading time left");
        Label progress = new Label();
        progress.textProperty().bind(viewModel.statusProgressProperty());
        progress.setAccessibleHelp("How far through the article");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, section, spacer, opening(), saved, timeLeft, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        statusBar = bar;
        return bar;
    }

    /**
     * "Opening…" with a spinner while a file is read in the background, shown only when that takes longer than a
     * moment (a long book or a big page), so quick opens do not flicker; "Reading the rest…" while a long book's
     * first chapters are shown and the rest of it is read.
     */
    private Region opening() {
        Label label = new Label();
        label.getStyleClass().add("opening");
        label.setVisible(false);
        label.managedProperty().bind(label.visibleProperty());
        javafx.beans.binding.BooleanBinding busy = library.busyProperty().or(viewModel.restPendingProperty());
        label.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.restPendingProperty())
                .then("Reading the rest…").otherwise("Opening…"));
        PauseTransition moment = new PauseTransition(Duration.millis(300));
        moment.setOnFinished(e -> {
            if (label.getGraphic() == null) {
                // Made the first time it shows: a spinner's skin and animation are not for the first frame.
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setPrefSize(14, 14);
                label.setGraphic(spinner);
            }
            label.setVisible(busy.get());
        });
        busy.addListener((obs, was, now) -> {
            if (now) {
                moment.playFromStart();
            } else {
                moment.stop();
                label.setVisible(false);
            }
        });
        return label;
    }

    /** Files dropped on the window open as articles. */
    private void acceptDroppedFiles() {
        setOnDragEntered(e -> {
            if (e.getDragboard().hasFiles()) {
                library.prepareToOpen();
            }
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                library.openFile(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
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

    public AnnotationsPanel panel() {
        if (panel == null) {
            panel = new AnnotationsPanel(viewModel.panel(), viewModel.annotations(),
                    new AnnotationsPanel.Actions(this::editNote, this::copyNote, this::attachToSelection));
        }
        return panel;
    }

    /** Wires the study feature: "Make Card…" in note editors, Ctrl+R, and a deleted highlight's cards. */
    public void setStudy(app.margin.ui.study.Study newStudy) {
        this.study = newStudy;
        StudyHookup.connect(this, newStudy);
    }

    /** Opens the review window on the article being read (Ctrl+R). */
    public void openStudy() {
        if (study == null) {
            viewModel.showNotice(Notice.problem("Study cards are not available in this window."));
        } else {
            study.openWindow(getScene().getWindow());
        }
    }

    public app.margin.ui.study.Study study() {
        return study;
    }

    /** Wires the library search (Ctrl+Shift+L, and the box in the Library) to the store's queue. */
    public void setLibrarySearch(app.margin.ui.queue.StoreQueue queue) {
        this.search = new SearchHookup(this, library, queue);
    }

    /** Opens the library search window (Ctrl+Shift+L). */
    public void openLibrarySearch() {
        if (search == null) {
            viewModel.showNotice(Notice.problem("The library search is not available in this window."));
        } else {
            search.show();
        }
    }

    SearchHookup search() {
        return search;
    }

    public FindPresenter find() {
        return find;
    }

    public AnnotationPopovers popovers() {
        return popovers;
    }

    public SplitPane split() {
        return split;
    }
}
