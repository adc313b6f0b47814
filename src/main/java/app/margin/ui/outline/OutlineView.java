package app.margin.ui.outline;

import app.margin.model.OutlineEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** The section outline as a tree. Click or Enter on an entry jumps to it; Up/Down move the selection. */
public final class OutlineView extends TreeView<OutlineEntry> {

    private final OutlineViewModel viewModel;
    private final Map<String, TreeItem<OutlineEntry>> itemsBySection = new HashMap<>();

    public OutlineView(OutlineViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("outline");
        setShowRoot(false);
        TreeItem<OutlineEntry> root = new TreeItem<>();
        root.setExpanded(true);
        setRoot(root);
        setAccessibleText("Section outline");
        setAccessibleHelp("Up and Down move between sections; Enter goes to the selected section.");
        setCellFactory(tree -> new EntryCell());
        rebuild(viewModel.entries());
    }

    private void initListeners() {
        viewModel.entries().addListener((javafx.collections.ListChangeListener<OutlineEntry>) c ->
                rebuild(viewModel.entries()));
        viewModel.selectedSectionIdProperty().addListener((obs, old, id) -> selectSection(id));
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                activateSelected();
                e.consume();
            }
        });
    }

    private void rebuild(List<OutlineEntry> entries) {
        itemsBySection.clear();
        TreeItem<OutlineEntry> root = getRoot();
        root.getChildren().clear();
        for (OutlineEntry entry : entries) {
            root.getChildren().add(toItem(entry));
        }
        selectSection(viewModel.selectedSectionIdProperty().get());
    }

    private TreeItem<OutlineEntry> toItem(OutlineEntry entry) {
        TreeItem<OutlineEntry> item = new TreeItem<>(entry);
        item.setExpanded(true);
        itemsBySection.put(entry.sectionId(), item);
        for (OutlineEntry child : entry.children()) {
            item.getChildren().add(toItem(child));
        }
        return item;
    }

    private void selectSection(String sectionId) {
        TreeItem<OutlineEntry> item = sectionId == null ? null : itemsBySection.get(sectionId);
        if (item == null || getSelectionModel().getSelectedItem() == item) {
            return;
        }
        getSelectionModel().select(item);
        int row = getRow(item);
        if (row >= 0) {
            scrollToVisible(row);
        }
    }

    private void scrollToVisible(int row) {
        // TreeView has no "scroll only if needed"; scrollTo on every scroll tick would make the outline jump.
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) lookup(".virtual-flow");
        if (flow == null) {
            scrollTo(row);
            return;
        }
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        if (first == null || last == null || row < first.getIndex() || row > last.getIndex()) {
            scrollTo(row);
        }
    }

    private void activateSelected() {
        TreeItem<OutlineEntry> item = getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() != null) {
            viewModel.activate(item.getValue().sectionId());
        }
    }

    private final class EntryCell extends TreeCell<OutlineEntry> {
        EntryCell() {
            // Long headings wrap instead of scrolling the outline sideways.
            setWrapText(true);
            prefWidthProperty().bind(OutlineView.this.widthProperty().subtract(24));
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                    viewModel.activate(getItem().sectionId());
                }
            });
        }

        @Override
        protected void updateItem(OutlineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setAccessibleText(null);
                getStyleClass().remove("outline-lead");
            } else {
                setText(entry.title());
                setAccessibleText("Section: " + entry.title());
                if (entry.blockIndex() == 0 && !getStyleClass().contains("outline-lead")) {
                    getStyleClass().add("outline-lead");
                } else if (entry.blockIndex() != 0) {
                    getStyleClass().remove("outline-lead");
                }
            }
        }
    }
}
