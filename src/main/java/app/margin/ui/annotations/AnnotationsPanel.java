package app.margin.ui.annotations;

import app.margin.model.HighlightColor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
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
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;

/** The annotations panel: every bookmark, highlight and note, grouped by section, with filters. */
public final class AnnotationsPanel extends VBox {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Locale.getDefault());

    private final AnnotationsPanelViewModel viewModel;
    private final AnnotationsViewModel annotations;
    private final Actions actions;
    private final ListView<PanelRow> list = new ListView<>();
    private final TextField search = TextFields.createClearableTextField();
    private final ChoiceBox<AnnotationsPanelViewModel.KindFilter> kind = new ChoiceBox<>();

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
        setSpacing(6);
        Label title = new Label("Annotations");
        title.getStyleClass().add("panel-title");

        kind.getItems().setAll(AnnotationsPanelViewModel.KindFilter.values());
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        kind.setAccessibleText("Show kind");
        ChoiceBox<HighlightColor> colour = new ChoiceBox<>();
        colour.getItems().add(null);
        colour.getItems().addAll(HighlightColor.values());
        colour.setConverter(new StringConverter<>() {
            @Override
            public String toString(HighlightColor c) {
                return c == null ? "Any colour" : c.key().substring(0, 1).toUpperCase(Locale.ROOT) + c.key().substring(1);
            }

            @Override
            public HighlightColor fromString(String s) {
                return null;
            }
        });
        colour.valueProperty().bindBidirectional(viewModel.colourProperty());
        colour.setAccessibleText("Show colour");
        ComboBox<String> tag = new ComboBox<>(viewModel.allTags());
        tag.setEditable(true);
        tag.setPromptText("Any tag");
        tag.setPrefWidth(110);
        tag.valueProperty().addListener((obs, o, n) -> viewModel.tagProperty().set(n == null ? "" : n));
        viewModel.tagProperty().addListener((obs, o, n) -> {
            if (!java.util.Objects.equals(n, tag.getValue()) && !(n.isEmpty() && tag.getValue() == null)) {
                tag.setValue(n.isEmpty() ? null : n);
            }
        });
        tag.setAccessibleText("Show tag");
        HBox filters = new HBox(6, kind, colour, tag);
        filters.setAlignment(Pos.CENTER_LEFT);

        search.setPromptText("Search notes, quotes, tags");
        search.textProperty().bindBidirectional(viewModel.textProperty());
        search.setAccessibleText("Search annotations");

        list.setItems(viewModel.rows());
        list.setCellFactory(v -> new RowCell());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
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
        getChildren().addAll(title, filters, search, list);
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
        viewModel.kindProperty().set(AnnotationsPanelViewModel.KindFilter.BOOKMARKS);
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

        private VBox itemGraphic(AnnotationItem item) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("kind-mark", "kind-" + item.kind().name().toLowerCase(Locale.ROOT));
            if (item.color() != null) {
                swatch.getStyleClass().add("hl-" + item.color().key());
            }
            Label kindLabel = new Label(item.kind().label());
            kindLabel.getStyleClass().add("item-kind");
            Label time = new Label(TIME.format(item.updated().atZone(ZoneId.systemDefault())));
            time.getStyleClass().add("item-time");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(6, swatch, kindLabel, spacer, time);
            top.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(3, top);
            if (!item.quote().isEmpty()) {
                Label quote = new Label("“" + item.quote() + "”");
                quote.getStyleClass().add("item-quote");
                quote.setWrapText(true);
                quote.setMaxHeight(60);
                box.getChildren().add(quote);
            }
            if (!item.text().isBlank()) {
                Label text = new Label(item.text());
                text.getStyleClass().add("item-text");
                text.setWrapText(true);
                text.setMaxHeight(80);
                box.getChildren().add(text);
            }
            if (!item.tags().isEmpty()) {
                Label tags = new Label(Tags.hashed(item.tags()));
                tags.getStyleClass().add("item-tags");
                box.getChildren().add(tags);
            }
            box.setPrefWidth(0);
            box.prefWidthProperty().bind(list.widthProperty().subtract(36));
            return box;
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
