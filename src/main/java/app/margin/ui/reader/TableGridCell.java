package app.margin.ui.reader;

import app.margin.model.ParagraphForm;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

/**
 * A cell of the grid: its runs in a text flow wrapped at its column's width, aligned as the cell or its column
 * says. A cell spanning columns is drawn from its first column across the others (a {@code TableView} has no
 * spans): its flow is as wide as the columns together, its clip too, and the columns it covers draw no rule. A cell
 * spanning rows stands in its first row and the slots it covers below draw nothing; none of them draws the rule
 * between its rows, so it is one box across them.
 */
final class TableGridCell extends TableCell<Integer, String> {
    /** A cell whose right edge is inside a cell spanning columns: no rule there. */
    private static final PseudoClass JOINED = PseudoClass.getPseudoClass("joined");
    /** A cell whose lower edge is inside a cell spanning rows: its background hides the row's rule. */
    private static final PseudoClass JOINED_BELOW = PseudoClass.getPseudoClass("joined-below");
    private final TableGridViewModel viewModel;
    private final int c;
    /** Wrapped at the column's width: the cell asks its height without saying a width. */
    private final TextFlow flow = new TextFlow() {
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(getPrefWidth() > 0 ? getPrefWidth() : width);
        }
    };
    private final javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();

    TableGridCell(TableGridViewModel viewModel, int c) {
        this.viewModel = viewModel;
        this.c = c;
        flow.getStyleClass().add("table-grid-flow");
        flow.maxWidthProperty().bind(flow.prefWidthProperty());
        clip.heightProperty().bind(heightProperty());
        getStyleClass().add("table-grid-cell");
    }

    @Override
    protected javafx.scene.control.Skin<?> createDefaultSkin() {
        javafx.scene.control.Skin<?> skin = super.createDefaultSkin();
        setClip(clip); // the skin clips a cell to its own column; a spanning cell's text runs on
        return skin;
    }

    /** The skin fits the flow into the cell's own column; a spanning cell's flow is as wide as its columns. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double width = flow.getPrefWidth();
        if (getGraphic() == flow && width > flow.getWidth()) {
            flow.resize(width, flow.prefHeight(width));
        }
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        setText(null);
        if (empty || value == null || getIndex() < 0 || getIndex() >= getTableView().getItems().size()) {
            flow.getChildren().clear();
            setGraphic(null);
            pseudoClassStateChanged(JOINED, false);
            pseudoClassStateChanged(JOINED_BELOW, false);
            return;
        }
        int row = getTableView().getItems().get(getIndex());
        pseudoClassStateChanged(JOINED, viewModel.joinedRight(row, c));
        pseudoClassStateChanged(JOINED_BELOW, viewModel.joinedBelow(row, c));
        if (viewModel.rowSpan(row, c) == 0) {
            flow.getChildren().clear(); // covered by a cell above, which stands for it
            setGraphic(null);
            clip.widthProperty().bind(widthProperty()); // its own rule, where the cell above ends
            setViewOrder(0);
            return;
        }
        int span = Math.max(1, viewModel.span(row, c));
        // Drawn after the columns it covers, whose background may hide a row's rule below (a cell spanning rows).
        setViewOrder(span > 1 ? -1 : 0);
        javafx.beans.binding.DoubleBinding width = spanWidth(span);
        flow.prefWidthProperty().bind(width.subtract(TableGrid.CELL_PADDING));
        clip.widthProperty().bind(width);
        boolean end = viewModel.align(row, c) == ParagraphForm.Align.END;
        boolean centre = viewModel.align(row, c) == ParagraphForm.Align.CENTER;
        flow.setTextAlignment(end ? TextAlignment.RIGHT : centre ? TextAlignment.CENTER : TextAlignment.LEFT);
        setAlignment(end && span == 1 ? Pos.TOP_RIGHT : Pos.TOP_LEFT);
        flow.getChildren().setAll(viewModel.runs(row, c).stream().map(run -> {
            Text text = new Text(run.text());
            text.getStyleClass().add("table-grid-text");
            // Raised and lowered as on the page: a note's mark read as a digit of the number before it ("4.181").
            ReadingArea.applyTextStyle(text, run.classes());
            return text;
        }).toList());
        setGraphic(flow);
    }

    /** The width of this column and the {@code span - 1} after it. */
    private javafx.beans.binding.DoubleBinding spanWidth(int span) {
        var columns = getTableView().getVisibleLeafColumns(); // under grouped heads too
        int last = Math.min(columns.size(), c + span);
        javafx.beans.Observable[] widths = new javafx.beans.Observable[last - c];
        for (int i = c; i < last; i++) {
            widths[i - c] = columns.get(i).widthProperty();
        }
        return javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double sum = 0;
            for (int i = c; i < last; i++) {
                sum += columns.get(i).getWidth();
            }
            return sum;
        }, widths);
    }
}
