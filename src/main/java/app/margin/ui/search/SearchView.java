package app.margin.ui.search;

import app.margin.store.LibrarySearch.Hit;
import app.margin.store.LibrarySearch.Mark;
import app.margin.ui.search.SearchViewModel.Row;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The library search: one box, then the results grouped by article, each hit with its words in context and the
 * matching words marked. Up and Down choose a hit, Enter or a click opens it, Esc runs {@code onClose}. The box
 * and the results are separate nodes too, so the Library window can hold them ({@link #box()},
 * {@link #results()}); this pane holds both.
 */
public final class SearchView extends BorderPane {

    private final SearchViewModel viewModel;
    private final TextField box = new TextField();
    private final ListView<Row> list = new ListView<>();
    private final VBox results;
    private Runnable onClose = () -> { };

    public SearchView(SearchViewModel viewModel) {
        this.viewModel = viewModel;
        this.results = createResults();
        createView();
    }

    private VBox createResults() {
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add("search-message");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        list.setItems(viewModel.rows());
        // New rows clear the list's selection; the chosen hit may be the same row number as before.
        viewModel.rows().addListener((javafx.collections.ListChangeListener<Row>) c ->
                list.getSelectionModel().clearAndSelect(viewModel.selectedProperty().get()));
        list.setCellFactory(l -> new RowCell());
        list.setPlaceholder(new Label(""));
        list.setAccessibleText("Search results");
        list.setFocusTraversable(false);
        viewModel.selectedProperty().addListener((obs, old, i) -> {
            list.getSelectionModel().clearAndSelect(i.intValue());
            if (i.intValue() >= 0) {
                list.scrollTo(Math.max(0, i.intValue() - 1));
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (i.intValue() != viewModel.selectedProperty().get()) {
                viewModel.select(i.intValue());
            }
        });
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(8, message, list);
        box.getStyleClass().add("search-results");
        return box;
    }

    private void createView() {
        getStyleClass().add("library-search");
        setPadding(new Insets(12));
        box.setPromptText("Search articles, notes, tags and bookmarks");
        box.setAccessibleText("Search the library");
        box.getStyleClass().add("search-box");
        box.textProperty().bindBidirectional(viewModel.queryProperty());
        // On the box and the list themselves, so the keys work wherever they are placed (the Library holds them).
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        BorderPane.setMargin(box, new Insets(0, 0, 10, 0));
        setTop(box);
        setCenter(results);
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN) {
            viewModel.move(1);
        } else if (e.getCode() == KeyCode.UP) {
            viewModel.move(-1);
        } else if (e.getCode() == KeyCode.ENTER) {
            if (!viewModel.openChosen()) {
                return;
            }
        } else if (e.getCode() == KeyCode.ESCAPE) {
            onClose.run();
        } else {
            return;
        }
        e.consume();
    }

    /** What Esc does (closes the window). */
    public void setOnClose(Runnable action) {
        this.onClose = action;
    }

    /** Puts the caret in the box, its text selected, so typing replaces the last search, and searches again. */
    public void focusBox() {
        box.requestFocus();
        box.selectAll();
        viewModel.search(); // notes may have changed since the window was last open
    }

    public TextField box() {
        return box;
    }

    public VBox results() {
        return results;
    }

    public ListView<Row> list() {
        return list;
    }

    private static String kind(Hit hit) {
        return switch (hit.kind()) {
            case TEXT -> "Text";
            case PICTURE -> "Picture";
            case NOTE -> "Note";
            case TAG -> "Tag";
            case BOOKMARK -> "Bookmark";
        };
    }

    private final class RowCell extends ListCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("search-heading", "search-hit");
            setText(null);
            setOnMouseClicked(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row.isHeading()) {
                getStyleClass().add("search-heading");
                Label title = new Label(row.articleTitle() + "  ·  " + row.hitsInArticle()
                        + (row.hitsInArticle() == 1 ? " match" : " matches"));
                title.getStyleClass().add("search-article");
                setGraphic(title);
                return;
            }
            getStyleClass().add("search-hit");
            Hit hit = row.hit();
            Text kind = new Text(kind(hit) + "   ");
            kind.getStyleClass().add("search-kind");
            TextFlow snippet = new TextFlow(kind);
            int at = 0;
            for (Mark m : hit.marks()) {
                if (m.start() > at) {
                    snippet.getChildren().add(plain(hit.snippet().substring(at, m.start())));
                }
                Text marked = new Text(hit.snippet().substring(m.start(), m.end()));
                marked.getStyleClass().addAll("search-snippet", "search-mark");
                snippet.getChildren().add(marked);
                at = m.end();
            }
            if (at < hit.snippet().length()) {
                snippet.getChildren().add(plain(hit.snippet().substring(at)));
            }
            snippet.setPrefWidth(1);
            snippet.prefWidthProperty().bind(list.widthProperty().subtract(40));
            setGraphic(snippet);
            setOnMouseClicked(e -> {
                if (!isEmpty()) {
                    viewModel.select(getIndex());
                    viewModel.openChosen();
                }
            });
        }

        private static Text plain(String s) {
            Text t = new Text(s);
            t.getStyleClass().add("search-snippet");
            return t;
        }
    }
}
