package app.margin.ui.reader;

import app.margin.model.ParagraphForm;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;

/**
 * Where the page offers a table's grid ({@link TableGrid}): a "⊞" over the gutter of its first row, "Open Table as
 * Grid" in a row's context menu, and Ctrl+T with the caret in a row or a table in view
 * ({@link ReadingArea#openTableAtCaret()}).
 */
final class TableOpeners {

    private TableOpeners() {}

    /** Opens the table of paragraph {@code index} of {@code area} as a grid; false when it is not a table row. */
    static boolean open(ReadingArea area, int index) {
        TableGridViewModel vm = TableGridViewModel.around(index, area.getParagraphs().size(),
                i -> area.getParagraph(i).getText(), i -> area.getParagraph(i).getParagraphStyle().form());
        if (vm == null) {
            return false;
        }
        new TableGrid(vm, area.fontSize(), block -> {
            area.moveTo(block, 0);
            area.requestFollowCaret();
        }).show(area);
        return true;
    }

    /** Opens the table the caret is in, or else the first one with a row showing in the pane. */
    static boolean openAtCaretOrInView(ReadingArea area) {
        if (open(area, area.getCurrentParagraph())) {
            return true;
        }
        if (area.getVisibleParagraphs().isEmpty()) {
            return false;
        }
        int last = Math.min(area.lastVisibleParToAllParIndex(), area.getParagraphs().size() - 1);
        for (int i = area.firstVisibleParToAllParIndex(); i <= last; i++) {
            if (area.getParagraph(i).getParagraphStyle().form().role().tabular()) {
                return open(area, i);
            }
        }
        return false;
    }

    /** Whether paragraph {@code index} is the first row of a table. */
    static boolean startsTable(ReadingArea area, int index) {
        ParagraphForm form = area.getParagraph(index).getParagraphStyle().form();
        return form.role().tabular()
                && (index == 0 || !form.continuesTable(area.getParagraph(index - 1).getParagraphStyle().form()));
    }

    /**
     * The gutter of a table's first row with a "⊞" button over it that opens the table. It stays as wide as the
     * gutter of the other rows, so the first row's columns keep their place.
     */
    static Node withOpener(Node gutter, ReadingArea area, int index) {
        // A label, not a button: it is made each time the table's first row scrolls into view, and a button's skin
        // and behaviour cost a Page Down frame more (Ctrl+T and the context menu are the keyboard's ways).
        javafx.scene.control.Label open = new javafx.scene.control.Label("⊞");
        open.getStyleClass().add("table-grid-opener");
        open.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        open.setAccessibleText("Open this table as a grid");
        app.margin.ui.popup.Tooltips.install(open, "Open this table as a grid, which scrolls sideways (Ctrl+T)");
        open.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                open(area, index);
                e.consume();
            }
        });
        javafx.scene.layout.StackPane both = new javafx.scene.layout.StackPane(gutter, open);
        javafx.scene.layout.StackPane.setAlignment(open, Pos.TOP_CENTER);
        both.setMaxWidth(Region.USE_PREF_SIZE);
        return both;
    }

    /** On a table row, the page's context menu offers "Open Table as Grid"; elsewhere the page has none. */
    static void contextMenu(ReadingArea area, javafx.scene.input.ContextMenuEvent e) {
        var hit = area.hit(e.getX(), e.getY());
        int index = area.offsetToPosition(hit.getInsertionIndex(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        if (index >= area.getParagraphs().size() || !area.getParagraph(index).getParagraphStyle().form().role().tabular()) {
            return;
        }
        MenuItem open = new MenuItem("Open Table as Grid");
        open.setOnAction(a -> open(area, index));
        new ContextMenu(open).show(area, e.getScreenX(), e.getScreenY());
        e.consume();
    }
}
