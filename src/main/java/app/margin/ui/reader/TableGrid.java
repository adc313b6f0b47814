package app.margin.ui.reader;

import app.margin.model.ParagraphForm;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;

/**
 * A table of the page opened as a real grid in a window of its own, as calibre's viewer opens one: the header rows
 * set apart (the first as the column heads, which stay while the grid scrolls down), each column as wide as its
 * widest cell up to {@value #MAX_EMS} ems, longer cells wrapping inside their column, the grid scrolling sideways
 * and down inside its window while the page behind stays where it was. Cells are selected like a spreadsheet's;
 * Ctrl+C copies them as tab-separated text, "Copy Table" the whole table (tab-separated and HTML). "Show in Page"
 * closes the window and puts the caret on the row picked. Esc closes.
 */
final class TableGrid {
    /** A column grows with its widest cell up to this many ems of the grid's font; longer cells wrap. */
    static final double MAX_EMS = 22;
    static final double MIN_EMS = 2.5;
    /** Rows measured for the columns' widths: a long table's widths come from its first rows. */
    static final int MEASURED_ROWS = 400;
    /** A cell's padding and rule, in pixels (the stylesheet's .table-grid-cell), and a pixel to spare. */
    static final double CELL_PADDING = 16;
    private static final PseudoClass HEADER = PseudoClass.getPseudoClass("header");

    private final TableGridViewModel viewModel;
    private final double fontSize;
    private final IntConsumer showInPage;
    private TableView<Integer> table;

    /**
     * @param showInPage what "Show in Page" does with the picked row's page paragraph
     */
    TableGrid(TableGridViewModel viewModel, double fontSize, IntConsumer showInPage) {
        this.viewModel = viewModel;
        this.fontSize = fontSize;
        this.showInPage = showInPage;
    }

    Stage show(Node owner) {
        Stage stage = PageWindows.over(owner, viewModel.title());
        table = grid();
        Button copy = new Button("Copy Table");
        copy.setOnAction(e -> copyTable());
        Button show = new Button("Show in Page");
        show.setOnAction(e -> {
            stage.close();
            showInPage.accept(viewModel.pickedBlock());
        });
        Label hint = new Label("Ctrl+C copies the selected cells · Esc closes");
        hint.getStyleClass().add("table-grid-hint");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, hint, grow, copy, show);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("table-grid-bar");
        BorderPane root = new BorderPane(table, null, null, bar, null);
        root.getStyleClass().add("table-grid-window");
        if (!viewModel.caption().isBlank()) {
            // In the window too: a window manager's title bar may cut it short, or not be there.
            Label caption = new Label(viewModel.caption());
            caption.getStyleClass().add("table-grid-caption");
            caption.setWrapText(true);
            root.setTop(caption);
        }
        // As wide as the table up to a window, and never narrower than its bar of hint and buttons; as high as its
        // rows might be (two lines each) up to a screen.
        double height = Math.min(640, 140 + (viewModel.rows().size() + 1) * fontSize * 2.8);
        Scene scene = new Scene(root);
        PageWindows.themed(scene, owner);
        root.applyCss(); // the bar's width in the theme's fonts and padding
        double barWidth = bar.prefWidth(-1) + 24;
        root.setPrefSize(Math.min(1100, Math.max(Math.max(480, barWidth), naturalWidth() + 40)), Math.max(260, height));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        stage.setOnHidden(e -> owner.requestFocus());
        stage.setScene(scene);
        stage.show();
        table.requestFocus();
        return stage;
    }

    private TableView<Integer> grid() {
        TableView<Integer> grid = new TableView<>();
        grid.getStyleClass().add("table-grid");
        grid.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize));
        int heads = viewModel.firstRowHeads() ? 1 : viewModel.groupedHeads() ? 2 : 0;
        if (heads == 0) {
            grid.getStyleClass().add("no-heads");
        }
        int c = 0;
        while (c < viewModel.columns()) {
            if (heads == 2) {
                c = groupedColumn(grid, c);
            } else {
                grid.getColumns().add(column(c, heads == 1 ? viewModel.cell(0, c) : null, 0));
                c++;
            }
        }
        for (int r = heads; r < viewModel.rows().size(); r++) {
            grid.getItems().add(r);
        }
        grid.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Integer row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(HEADER, !empty && row != null && viewModel.rows().get(row).header());
            }
        });
        grid.getSelectionModel().setCellSelectionEnabled(true);
        grid.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        grid.getSelectionModel().selectedItemProperty().addListener((o, a, row) ->
                viewModel.pick(row == null ? -1 : row));
        grid.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copySelected();
                e.consume();
            }
        });
        grid.setPlaceholder(new Label("This table has no rows."));
        return grid;
    }

    /**
     * The heads of columns from {@code c} under a grouping head ("2019" over "Q1", "Q2"), or one column's head where the
     * first row's cell stands over an empty one (it spanned both head rows); returns the column after them.
     */
    private int groupedColumn(TableView<Integer> grid, int c) {
        int span = Math.max(1, viewModel.span(0, c));
        String top = viewModel.cell(0, c);
        if (span == 1 && viewModel.cell(1, c).isBlank()) {
            grid.getColumns().add(column(c, top, 0));
            return c + 1;
        }
        TableColumn<Integer, String> group = new TableColumn<>();
        group.setSortable(false);
        group.setReorderable(false);
        group.setGraphic(head(top, group));
        for (int k = c; k < Math.min(viewModel.columns(), c + span); k++) {
            group.getColumns().add(column(k, viewModel.cell(1, k), 1));
        }
        grid.getColumns().add(group);
        return c + span;
    }

    /** A column's or a group's head: its text, bold, wrapped within the column's width. */
    private static Label head(String text, TableColumn<Integer, String> column) {
        Label title = new Label(text);
        title.getStyleClass().add("table-grid-head");
        title.setWrapText(true);
        title.maxWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
        return title;
    }

    /** A column; {@code head} is its head's text from row {@code headRow}, or null when the grid has no heads. */
    private TableColumn<Integer, String> column(int c, String head, int headRow) {
        TableColumn<Integer, String> column = new TableColumn<>();
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.cell(cell.getValue(), c)));
        boolean end = (head != null ? viewModel.align(headRow, c) : viewModel.align(c)) == ParagraphForm.Align.END;
        double width = columnWidth(c, head);
        column.setPrefWidth(width);
        if (head != null) {
            Label title = head(head, column);
            title.setTextAlignment(end ? TextAlignment.RIGHT : TextAlignment.LEFT);
            column.setGraphic(title);
            column.setStyle(end ? "-fx-alignment: top-right;" : "-fx-alignment: top-left;");
        }
        column.setCellFactory(col -> new TableGridCell(viewModel, c));
        return column;
    }

    /** A column's width: its widest cell (of the first rows) in the grid's font, between the least and the most. */
    private double columnWidth(int c, String head) {
        Text probe = new Text();
        probe.setFont(Font.font("Serif", FontWeight.BOLD, fontSize));
        double widest = 0;
        if (head != null) {
            probe.setText(head);
            widest = probe.getLayoutBounds().getWidth();
        }
        Font plain = Font.font("Serif", fontSize);
        int rows = Math.min(MEASURED_ROWS, viewModel.rows().size());
        for (int r = 0; r < rows; r++) {
            String cell = viewModel.span(r, c) == 1 ? viewModel.cell(r, c) : ""; // a spanning cell shares its width
            if (!cell.isEmpty()) {
                probe.setFont(viewModel.rows().get(r).header() ? probe.getFont() : plain);
                probe.setText(cell.length() > 400 ? cell.substring(0, 400) : cell);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
        }
        return Math.ceil(Math.max(MIN_EMS * fontSize, Math.min(MAX_EMS * fontSize, widest)) + CELL_PADDING + 2);
    }

    private double naturalWidth() {
        return table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getPrefWidth).sum();
    }

    private void copyTable() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.tsv());
        content.putHtml(viewModel.html());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The selected cells' rectangle as tab-separated text. */
    private void copySelected() {
        var cells = table.getSelectionModel().getSelectedCells();
        if (cells.isEmpty()) {
            return;
        }
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (TablePosition<?, ?> p : cells) {
            int row = table.getItems().get(p.getRow());
            top = Math.min(top, row);
            bottom = Math.max(bottom, row);
            left = Math.min(left, p.getColumn());
            right = Math.max(right, p.getColumn());
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.tsv(top, bottom + 1, left, right + 1));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
