package app.margin.ui.reader;

import javafx.scene.Parent;

/**
 * What the page shows for the tab between two cells of a table row: an empty node as wide as it takes to bring the
 * next cell to its column ({@link CellGaps}). A text flow takes a node for one character, as it takes the tab,
 * so the row's text, its caret positions and its anchors are the same. A {@code Parent} rather than a
 * {@code Region}: a region keeps its width once asked, and the gap's changes with the fonts of the cells before it.
 */
final class CellGap extends Parent {
    /** The text class of a row's tabs: the page draws each as a gap. */
    static final String STYLE = "cell-gap";

    /** Which of its row's gaps this is, from 0, once the row's gaps are worked out; -1 before. */
    int index = -1;

    CellGap() {
        getStyleClass().add(STYLE);
    }

    @Override
    public double prefWidth(double height) {
        CellGaps gaps = CellGaps.of(getParent());
        return gaps == null ? 0 : gaps.widthOf(this);
    }

    @Override
    public double minWidth(double height) {
        return prefWidth(height);
    }

    @Override
    public double maxWidth(double height) {
        return prefWidth(height);
    }

    @Override
    public double prefHeight(double width) {
        return 0;
    }

    @Override
    public double minHeight(double width) {
        return 0;
    }

    @Override
    public double maxHeight(double width) {
        return 0;
    }
}
