package app.margin.ui.outline;

import app.margin.model.OutlineEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
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
    private BiConsumer<Node, String> openSectionNotes = (n, id) -> { };
    private Consumer<String> addSectionNote = id -> { };
    private Consumer<String> exportSectionPdf = null;

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
        viewModel.marksProperty().addListener((obs, old, marks) -> refresh());
        // Up, Down and Page Down move the outline's selection without going anywhere (Enter goes); once the reader
        // leaves the outline without going, it marks the section being read again, not the one browsed to.
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                selectSection(viewModel.selectedSectionIdProperty().get());
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                activateSelected();
                e.consume();
            }
        });
    }

    /**
     * What the outline's context menu and note markers do.
     *
     * @param open opens a section's notes (adding one if it has none), anchored at a node
     * @param add  adds a new note to a section
     */
    public void setSectionActions(BiConsumer<Node, String> open, Consumer<String> add) {
        this.openSectionNotes = open;
        this.addSectionNote = add;
    }

    /** What the context menu's "Export Section as PDF…" does with a section id; none when not set. */
    public void setExportSectionPdf(Consumer<String> export) {
        this.exportSectionPdf = export;
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

    private ContextMenu menuFor(OutlineEntry entry) {
        MenuItem go = new MenuItem("Go to Section");
        go.setOnAction(e -> viewModel.activate(entry.sectionId()));
        MenuItem add = new MenuItem("Add Note to Section…");
        add.setOnAction(e -> addSectionNote.accept(entry.sectionId()));
        ContextMenu menu = new ContextMenu(go, add);
        if (viewModel.marksOf(entry.sectionId()).sectionNotes() > 0) {
            MenuItem open = new MenuItem("Open Section Note…");
            open.setOnAction(e -> openSectionNotes.accept(this, entry.sectionId()));
            menu.getItems().add(2, open);
        }
        if (exportSectionPdf != null) {
            MenuItem pdf = new MenuItem("Export Section as PDF…");
            pdf.setOnAction(e -> exportSectionPdf.accept(entry.sectionId()));
            menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), pdf);
        }
        return menu;
    }

    /** "2 highlights, 1 section note, 1 bookmark": what the badges count, in words. */
    public static String summary(SectionMarks m) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (m.highlights() > 0) {
            parts.add(count(m.highlights(), "highlight"));
        }
        if (m.sectionNotes() > 0) {
            parts.add(count(m.sectionNotes(), "section note"));
        }
        if (m.bookmarks() > 0) {
            parts.add(count(m.bookmarks(), "bookmark"));
        }
        return String.join(", ", parts);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String describe(SectionMarks m) {
        return m.isEmpty() ? "" : ", " + summary(m);
    }

    /** The room TreeCellSkin keeps for the disclosure arrow, at least (its default). */
    private static final double DISCLOSURE = 18;

    private final class EntryCell extends TreeCell<OutlineEntry> {
        /** The title and badges, shown as the cell's graphic; the cell keeps the title as its text for lookups. */
        private final OutlineRow row = new OutlineRow((node, id) -> openSectionNotes.accept(node, id));

        EntryCell() {
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            // The menu is made when asked for (right click, the menu key), not for every row as it is filled:
            // a ContextMenu is a popup window of its own, and the outline fills a screenful of rows before the
            // first frame.
            addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e ->
                    setContextMenu(isEmpty() || getItem() == null ? null : menuFor(getItem())));
            prefWidthProperty().bind(OutlineView.this.widthProperty().subtract(24));
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                    viewModel.activate(getItem().sectionId());
                }
            });
        }

        /**
         * One or two lines ({@link OutlineRow}), measured at the width the row really gets: the tree's indent (its
         * skin's, 1 em in Modena) a level and the disclosure arrow's room come off the cell's width, as the skin lays
         * the row out. (A fixed 18 px a level, where the skin takes 13.5, measured a level-two title 7 px narrower
         * than it is: titles that fit one line got two-line rows.)
         */
        @Override
        protected double computePrefHeight(double width) {
            double w = width > 0 ? width : getPrefWidth();
            if (getTreeItem() == null || w <= 0 || getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            int level = Math.max(0, getTreeView().getTreeItemLevel(getTreeItem()) - 1);
            double indent = getSkin() instanceof javafx.scene.control.skin.TreeCellSkin<?> skin ? skin.getIndent()
                    : getFont().getSize();
            double arrow = getDisclosureNode() == null ? DISCLOSURE : Math.max(DISCLOSURE,
                    getDisclosureNode().prefWidth(-1));
            double rowWidth = Math.max(40, w - arrow - level * indent - snappedLeftInset() - snappedRightInset());
            return snappedTopInset() + Math.ceil(row.heightAt(rowWidth)) + snappedBottomInset();
        }

        @Override
        protected void updateItem(OutlineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setContextMenu(null);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                getStyleClass().remove("outline-lead");
            } else {
                setText(entry.title());
                SectionMarks marks = viewModel.marksOf(entry.sectionId());
                row.show(entry.title(), entry.sectionId(), marks);
                setGraphic(row);
                setAccessibleText("Section: " + entry.title() + describe(marks));
                if (entry.blockIndex() == 0 && !getStyleClass().contains("outline-lead")) {
                    getStyleClass().add("outline-lead");
                } else if (entry.blockIndex() != 0) {
                    getStyleClass().remove("outline-lead");
                }
            }
        }
    }
}
