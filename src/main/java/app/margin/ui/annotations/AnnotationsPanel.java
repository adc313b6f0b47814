package app.margin.ui.annotations;

import app.margin.ui.format.Dates;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/** The annotations panel: every bookmark, highlight and note, grouped by section, with filters. */
public final class AnnotationsPanel extends VBox {

    private static final Dates DATES = Dates.reader();

    private final AnnotationsPanelViewModel viewModel;
    private final AnnotationsViewModel annotations;
    private final Actions actions;
    private final ListView<PanelRow> list = new ListView<>();
    private final TextField search = TextFields.createClearableTextField();

    /**
     * What the panel's items can have done to them beyond going to them, renaming and deleting.
     *
     * @param edit   opens the editor of a note or highlight
     * @param copy   copies an annotation to the clipboard as Markdown
     * @param attach puts an unplaced annotation on the passage selected in the reading pane
     */
    public record Actions(Consumer<AnnotationItem> edit, Consumer<AnnotationItem> copy, Consumer<AnnotationItem> attach) {}

    public AnnotationsPanel(AnnotationsPanelViewModel viewModel, AnnotationsViewModel annotations, Actions actions) {
        this.viewModel = viewModel;
        this.annotations = annotations;
        this.actions = actions;
        createView();
    }

    private void createView() {
        getStyleClass().add("annotations-panel");
        setSpacing(8);
        Label title = new Label("Annotations");
        title.getStyleClass().add("panel-title");

        search.setPromptText("Search notes, quotes, tags");
        search.textProperty().bindBidirectional(viewModel.textProperty());
        search.setAccessibleText("Search annotations");
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(Double.MAX_VALUE);
        PanelFilters filters = new PanelFilters(viewModel);
        HBox searchRow = new HBox(6, search, filters.button());
        searchRow.setAlignment(Pos.CENTER_LEFT);
        searchRow.getStyleClass().add("search-row");

        list.setItems(viewModel.rows());
        list.setCellFactory(v -> new RowCell());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-state");
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> placeholderText(),
                viewModel.kindProperty(), viewModel.colourProperty(), viewModel.tagProperty(), viewModel.textProperty()));
        list.setPlaceholder(placeholder);
        list.setAccessibleText("Annotations");
        VBox.setVgrow(list, Priority.ALWAYS);
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            AnnotationItem item = selectedItem();
            if (item == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.jumpTo(item);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete(item);
                e.consume();
            }
        });
        getChildren().addAll(title, searchRow, filters.summaryLine(), list);
        // Closing the panel takes it out of the window: a bookmarks list (Ctrl+B) ends with it.
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                viewModel.panelClosed();
            }
        });
        setMinWidth(220);
    }

    private String placeholderText() {
        boolean filtered = viewModel.colourProperty().get() != null || !viewModel.tagProperty().get().isBlank()
                || !viewModel.textProperty().get().isBlank();
        if (filtered) {
            return "Nothing matches these filters.";
        }
        return switch (viewModel.kindProperty().get()) {
            case BOOKMARKS -> "No bookmarks yet. Ctrl+D bookmarks the line at the top of the pane.";
            case HIGHLIGHTS -> "No highlights yet. Select text in the pane to highlight it.";
            case SECTION_NOTES -> "No section notes yet. Ctrl+Shift+N adds one to the section you are reading.";
            case ALL -> "No annotations yet.\nSelect text to highlight it, or press Ctrl+D to bookmark.";
        };
    }

    private AnnotationItem selectedItem() {
        PanelRow row = list.getSelectionModel().getSelectedItem();
        return row instanceof PanelRow.Item i ? i.item() : null;
    }

    /** Shows only bookmarks and puts the focus on the list: the bookmarks list. */
    public void showBookmarks() {
        viewModel.showBookmarksList();
        focusList();
    }

    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty()) {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i) instanceof PanelRow.Item) {
                    list.getSelectionModel().select(i);
                    break;
                }
            }
        }
    }

    public void focusSearch() {
        search.requestFocus();
    }

    private void delete(AnnotationItem item) {
        if (item.kind() == AnnotationItem.Kind.BOOKMARK) {
            annotations.deleteBookmark(item.id());
        } else {
            annotations.deleteNote(item.id());
        }
    }

    private void rename(AnnotationItem item) {
        TextInputDialog dialog = new TextInputDialog(item.text());
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Rename Bookmark");
        dialog.setHeaderText("Name this bookmark");
        dialog.showAndWait().ifPresent(name -> annotations.renameBookmark(item.id(), name));
    }

    private final class RowCell extends ListCell<PanelRow> {
        RowCell() {
            // Cells take the list's width instead of widening it: long quotes wrap.
            setPrefWidth(0);
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() instanceof PanelRow.Item i) {
                    viewModel.jumpTo(i.item());
                    if (e.getClickCount() == 2 && i.item().kind() != AnnotationItem.Kind.BOOKMARK) {
                        actions.edit().accept(i.item());
                    }
                }
            });
        }

        @Override
        protected void updateItem(PanelRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("group-row", "item-row");
            setContextMenu(null);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
            } else if (row instanceof PanelRow.Group g) {
                getStyleClass().add("group-row");
                Label l = new Label(g.title());
                l.setWrapText(true);
                l.maxWidthProperty().bind(list.widthProperty().subtract(30));
                setGraphic(l);
                setAccessibleText("Section " + g.title());
            } else if (row instanceof PanelRow.Item i) {
                getStyleClass().add("item-row");
                setGraphic(itemGraphic(i.item()));
                setContextMenu(menuFor(i.item()));
                setAccessibleText(i.item().kind().label() + ": " + (i.item().quote() + " " + i.item().text()).strip());
            }
        }

        /** A card: a colour bar, the kind and date, the quote, the note, the tags. */
        private HBox itemGraphic(AnnotationItem item) {
            Region bar = new Region();
            bar.getStyleClass().addAll("card-bar", "kind-" + item.kind().name().toLowerCase(Locale.ROOT));
            if (item.color() != null) {
                bar.getStyleClass().add("hl-" + item.color().key());
            }
            var layout = annotations.layout();
            String page = layout == null || item.placement() == null ? null
                    : layout.pageAt(item.placement().blockIndex());
            Label kindLabel = new Label(page == null ? item.kind().label() : item.kind().label() + " · p. " + page);
            kindLabel.getStyleClass().add("item-kind");
            Label time = new Label(DATES.dateTime(item.updated()));
            time.getStyleClass().add("item-time");
            time.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(6, kindLabel, spacer, time);
            top.setAlignment(Pos.CENTER_LEFT);
            VBox body = new VBox(5, top);
            body.getStyleClass().add("card-body");
            if (!item.quote().isEmpty()) {
                body.getChildren().add(wrapped(item.quote(), "item-quote", 76));
            }
            if (!item.text().isBlank()) {
                body.getChildren().add(wrapped(item.text(), "item-text", 80));
            }
            if (!item.tags().isEmpty()) {
                javafx.scene.layout.FlowPane tags = new javafx.scene.layout.FlowPane(4, 4);
                tags.getStyleClass().add("item-tags");
                for (String t : item.tags()) {
                    Label chip = new Label("#" + t);
                    chip.getStyleClass().add("tag-chip");
                    tags.getChildren().add(chip);
                }
                body.getChildren().add(tags);
            }
            HBox.setHgrow(body, Priority.ALWAYS);
            body.setMinWidth(0);
            HBox card = new HBox(bar, body);
            card.getStyleClass().add("annotation-card");
            card.setPrefWidth(0);
            card.prefWidthProperty().bind(list.widthProperty().subtract(30));
            card.maxWidthProperty().bind(list.widthProperty().subtract(30));
            return card;
        }

        /** A card's quote or note: wrapped, cut off at {@code maxHeight}. */
        private Label wrapped(String text, String styleClass, double maxHeight) {
            Label label = new Label(text);
            label.getStyleClass().add(styleClass);
            label.setWrapText(true);
            label.setMaxHeight(maxHeight);
            return label;
        }

        private ContextMenu menuFor(AnnotationItem item) {
            ContextMenu menu = new ContextMenu();
            if (item.placed()) {
                MenuItem go = new MenuItem("Go To");
                go.setOnAction(e -> viewModel.jumpTo(item));
                menu.getItems().add(go);
            } else if (item.kind() != AnnotationItem.Kind.SECTION_NOTE) {
                MenuItem attach = new MenuItem("Attach to Selected Text");
                attach.setOnAction(e -> actions.attach().accept(item));
                menu.getItems().add(attach);
            }
            if (item.kind() == AnnotationItem.Kind.BOOKMARK) {
                MenuItem rename = new MenuItem("Rename…");
                rename.setOnAction(e -> rename(item));
                menu.getItems().add(rename);
            } else {
                MenuItem edit = new MenuItem("Edit Note…");
                edit.setOnAction(e -> actions.edit().accept(item));
                MenuItem copy = new MenuItem("Copy as Markdown");
                copy.setOnAction(e -> actions.copy().accept(item));
                menu.getItems().addAll(edit, copy);
            }
            MenuItem delete = new MenuItem("Delete");
            delete.setOnAction(e -> delete(item));
            menu.getItems().add(delete);
            return menu;
        }
    }
}
