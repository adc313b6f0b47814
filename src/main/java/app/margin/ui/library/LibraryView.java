package app.margin.ui.library;

import app.margin.library.LibraryEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The Library: every article with its title, progress, annotation count and when it was last read.
 * Enter or double-click opens one at its last position; Delete removes one after asking.
 */
public final class LibraryView extends BorderPane {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.getDefault());

    private final LibraryViewModel viewModel;
    private final TableView<LibraryEntry> table = new TableView<>();
    private final Runnable onOpened;
    private final Runnable chooseFile;
    /** Whether the columns were made as wide as their headers' text, once they were laid out. */
    private boolean headersFitted;

    /**
     * @param onOpened   called after the reader picked an article (the window closes)
     * @param chooseFile asks for a file to open (File → Open)
     */
    public LibraryView(LibraryViewModel viewModel, Runnable onOpened, Runnable chooseFile) {
        this.viewModel = viewModel;
        this.onOpened = onOpened;
        this.chooseFile = chooseFile;
        createView();
    }

    /**
     * Puts the library search's box above the table; while it holds text, its results take the table's place
     * (Esc in the box empties it, and the table is back).
     */
    public void addSearch(app.margin.ui.search.SearchView search) {
        search.setOnClose(() -> {
            if (search.box().getText().isEmpty()) {
                getScene().getWindow().hide();
            } else {
                search.box().clear();
            }
        });
        BorderPane.setMargin(search.box(), new Insets(0, 0, 10, 0));
        setTop(search.box());
        search.box().textProperty().addListener((obs, old, text) ->
                setCenter(text == null || text.isBlank() ? table : search.results()));
        // Typing in the table starts a search: the letters go to the box.
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (!e.isShortcutDown() && !e.isAltDown() && typed != null && !typed.isEmpty()
                    && !Character.isISOControl(typed.charAt(0)) && !typed.isBlank()) {
                search.box().requestFocus();
                search.box().appendText(typed);
                search.box().end();
                e.consume();
            }
        });
    }

    private void createView() {
        getStyleClass().add("library");
        setPadding(new Insets(12));
        TableColumn<LibraryEntry, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()
                + (c.getValue().bundled() ? "  (bundled)" : "")
                + (c.getValue().problem() != null ? "  (cannot be read)" : "")));
        title.setPrefWidth(330);
        // A PDF's page count, as readers of papers and course packs expect to see it; blank for unpaged books.
        TableColumn<LibraryEntry, String> pages = new TableColumn<>("Pages");
        pages.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pages() == 0 ? ""
                : String.format(Locale.getDefault(), "%,d", c.getValue().pages())));
        pages.setPrefWidth(60);
        TableColumn<LibraryEntry, String> progress = new TableColumn<>("Progress");
        progress.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                String.format(Locale.ROOT, "%d%%", Math.round(c.getValue().activity().fraction() * 100))));
        // Highlights, notes and bookmarks together: "Notes" read as the notes alone (new-user trial).
        TableColumn<LibraryEntry, Number> notes = new TableColumn<>("Annotations");
        notes.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().activity().annotations()));
        TableColumn<LibraryEntry, String> lastRead = new TableColumn<>("Last read");
        lastRead.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().activity().lastRead() == null
                ? "never" : WHEN.format(c.getValue().activity().lastRead().atZone(ZoneId.systemDefault()))));
        lastRead.setPrefWidth(170);
        table.getColumns().setAll(java.util.List.of(title, pages, progress, notes, lastRead));
        table.setItems(viewModel.entries());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.busyProperty())
                .then("Reading the library…")
                .otherwise("Nothing here yet. Every article, web page or EPUB book you open (Ctrl+O) is kept here."));
        table.setPlaceholder(placeholder);
        table.setAccessibleText("Library of articles");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<LibraryEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            LibraryEntry selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.ENTER) {
                open(selected);
                e.consume();
            } else if (selected != null && e.getCode() == KeyCode.DELETE) {
                confirmRemove(selected);
                e.consume();
            }
        });
        viewModel.entries().addListener((javafx.collections.ListChangeListener<LibraryEntry>) c -> {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
        setCenter(table);

        Button open = new Button("Open");
        open.setDefaultButton(true);
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> open(table.getSelectionModel().getSelectedItem()));
        Button remove = new Button("Remove…");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
                    LibraryEntry s = table.getSelectionModel().getSelectedItem();
                    return s != null && s.bundled();
                }, table.getSelectionModel().selectedItemProperty())));
        remove.setOnAction(e -> confirmRemove(table.getSelectionModel().getSelectedItem()));
        Button add = new Button("Open File…");
        add.setOnAction(e -> chooseFile.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> getScene().getWindow().hide());
        HBox buttons = new HBox(8, add, spacer, remove, close, open);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 0, 0, 0));
        setBottom(buttons);
    }

    /**
     * Adds a Study column: the button of each article with cards due says how many ({@code due}, by article id, kept
     * up to date by the caller) and starts reviewing them.
     */
    public void addStudyColumn(javafx.collections.ObservableMap<String, Integer> due,
                               java.util.function.Consumer<LibraryEntry> study) {
        TableColumn<LibraryEntry, LibraryEntry> column = new TableColumn<>("Study");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final Button button = new Button();
            /** Held by the cell; the map holds it weakly, so cells of a closed library window can go. */
            private final javafx.collections.MapChangeListener<String, Integer> counts = change -> show(getItem());
            {
                button.getStyleClass().add("library-study");
                button.setOnAction(e -> study.accept(getItem()));
                due.addListener(new javafx.collections.WeakMapChangeListener<>(counts));
            }

            @Override
            protected void updateItem(LibraryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                show(empty ? null : entry);
            }

            private void show(LibraryEntry entry) {
                if (entry == null || entry.problem() != null) {
                    setGraphic(null);
                    return;
                }
                int n = due.getOrDefault(entry.id(), 0);
                if (n == 0) {
                    // Nothing to review there now (most rows: an article without cards): no button to wonder about.
                    // Its cards, if any, are one Ctrl+R away in the article.
                    setGraphic(null);
                    return;
                }
                button.setText("Study · " + n + " due");
                button.setAccessibleText("Study " + entry.title() + ", " + n + " cards due");
                setGraphic(button);
            }
        });
        column.setPrefWidth(130);
        table.getColumns().add(column);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!headersFitted && fitHeaders()) {
            headersFitted = true;
        }
    }

    /**
     * Gives each column at least the width of its header's text, as drawn in the window's font ("Annotations" was
     * cut to "Annotat…" at the default 80 px). False while the headers are not laid out yet.
     */
    private boolean fitHeaders() {
        boolean any = false;
        for (javafx.scene.Node n : table.lookupAll(".column-header")) {
            if (n instanceof javafx.scene.control.skin.TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label) {
                double needed = label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset() + 4;
                var column = header.getTableColumn();
                if (column.getWidth() < needed) {
                    column.setMinWidth(needed);
                    column.setPrefWidth(Math.max(column.getPrefWidth(), needed));
                }
                any = true;
            }
        }
        return any;
    }

    public TableView<LibraryEntry> table() {
        return table;
    }

    private void open(LibraryEntry entry) {
        viewModel.open(entry);
        onOpened.run();
    }

    private void confirmRemove(LibraryEntry entry) {
        if (entry.bundled()) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "“" + entry.title() + "” will leave your library. "
                        + (entry.activity().annotations() == 1 ? "Its annotation is"
                                : "Its " + entry.activity().annotations() + " annotations are")
                        + " saved to an export file first, and stay in Margin's database.",
                ButtonType.CANCEL, ButtonType.OK);
        ask.initOwner(getScene().getWindow());
        ask.setHeaderText("Remove this article from the library?");
        ask.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> viewModel.remove(entry, export -> {
            Alert done = new Alert(Alert.AlertType.INFORMATION, export == null
                    ? "Its file could not be read, so nothing was exported; its notes stay in Margin's database."
                    : "Its notes were saved to " + export + " (File → Import Annotations reads them back).",
                    ButtonType.OK);
            done.initOwner(getScene().getWindow());
            done.setHeaderText("Removed");
            done.show();
        }));
    }
}
