package app.margin.ui.shell;

import app.margin.ui.outline.OutlineView;
import app.margin.ui.reader.ReaderView;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The main window's content: menu bar, notice bar, outline | reading pane, status bar. */
public final class MainView extends BorderPane {

    private final MainViewModel viewModel;
    private final Consumer<File> openFile;
    private final OutlineView outlineView;
    private final ReaderView readerView;
    private final SplitPane split = new SplitPane();
    private final List<Shortcut> menuShortcuts = new ArrayList<>();

    /**
     * @param openFile called with a file the reader chose in File → Open; the app loads it off the FX thread
     */
    public MainView(MainViewModel viewModel, Consumer<File> openFile) {
        this.viewModel = viewModel;
        this.openFile = openFile;
        this.outlineView = new OutlineView(viewModel.outline());
        this.readerView = new ReaderView(viewModel.reader());
        createView();
    }

    private void createView() {
        getStyleClass().add("margin-root");
        split.getItems().addAll(outlineView, readerView);
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(outlineView, false);
        outlineView.setMinWidth(140);
        setTop(new VBox(createMenuBar(), createNoticeBar()));
        setCenter(split);
        setBottom(createStatusBar());
    }

    private MenuBar createMenuBar() {
        Menu file = new Menu("_File", null,
                item("_Open Article…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                        e -> chooseArticle(), null),
                item("_Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                        e -> getScene().getWindow().hide(), null));
        Menu go = new Menu("_Go", null,
                item("_Next Section", new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN),
                        e -> viewModel.nextSection(), viewModel.hasNextSectionProperty()),
                item("_Previous Section", new KeyCodeCombination(KeyCode.UP, KeyCombination.SHORTCUT_DOWN),
                        e -> viewModel.previousSection(), viewModel.hasPreviousSectionProperty()),
                item("Focus _Outline", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                        e -> outlineView.requestFocus(), null),
                item("Focus _Reading Pane", new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                        e -> readerView.area().requestFocus(), null));
        Menu help = new Menu("_Help", null,
                item("_Keyboard Shortcuts", new KeyCodeCombination(KeyCode.F1), e -> showShortcuts(), null));
        MenuBar bar = new MenuBar(file, go, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String text, KeyCombination keys, EventHandler<ActionEvent> action,
                          ObservableBooleanValue enabled) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(keys);
        item.setOnAction(action);
        if (enabled != null) {
            item.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        }
        menuShortcuts.add(Shortcut.of(keys, text.replace("_", "").replace("…", "")));
        return item;
    }

    private Region createNoticeBar() {
        Label text = new Label();
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("Dismiss");
        close.setOnAction(e -> viewModel.dismissNotice());
        close.setAccessibleText("Dismiss this message");
        HBox bar = new HBox(12, text, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("notice-bar");
        bar.managedProperty().bind(bar.visibleProperty());
        bar.visibleProperty().bind(viewModel.noticeProperty().isNotNull());
        viewModel.noticeProperty().addListener((obs, old, n) -> {
            text.setText(n == null ? "" : n.text());
            bar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"),
                    n != null && n.kind() == Notice.Kind.PROBLEM);
        });
        return bar;
    }

    private Region createStatusBar() {
        Label section = new Label();
        section.textProperty().bind(viewModel.statusSectionProperty());
        section.setAccessibleHelp("The section being read");
        Label progress = new Label();
        progress.textProperty().bind(viewModel.statusProgressProperty());
        progress.setAccessibleHelp("How far through the article");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, section, spacer, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void chooseArticle() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Article");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Margin articles (*.json)", "*.json"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            openFile.accept(chosen);
        }
    }

    private void showShortcuts() {
        List<Shortcut> all = new ArrayList<>(menuShortcuts);
        all.addAll(Shortcut.BUILT_IN);
        ShortcutSheet.show(getScene().getWindow(), all);
    }

    public ReaderView readerView() {
        return readerView;
    }

    public OutlineView outlineView() {
        return outlineView;
    }

    public SplitPane split() {
        return split;
    }
}
