package app.margin.ui.annotations;

import app.margin.ui.reader.ReadingArea;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;

/**
 * A paragraph's gutter: what sits at its top (a heading's note button, a section bookmark) and, beside the very
 * line each bookmark marks, a bookmark marker. The gutter is as tall as its paragraph; a marker's height is found
 * from the paragraph's text as it is wrapped now, so it follows the line when the text size or column changes.
 */
final class LineMarks extends Region {

    private final Region top;
    private final List<Integer> offsets;
    private final List<Node> markers;

    /**
     * @param top     the gutter's content at the paragraph's top
     * @param offsets character offsets, in the paragraph, of the lines bookmarked
     */
    LineMarks(Region top, List<Integer> offsets) {
        this.top = top;
        this.offsets = List.copyOf(offsets);
        this.markers = this.offsets.stream().map(o -> marker()).toList();
        getChildren().add(top);
        getChildren().addAll(markers);
    }

    private static Node marker() {
        Region ribbon = new Region();
        ribbon.getStyleClass().addAll("bookmark-marker", "bookmark-line-marker");
        StackPane holder = new StackPane(ribbon);
        app.margin.ui.popup.Tooltips.install(holder, "Bookmarked line (Ctrl+D on this line removes it)");
        holder.setAccessibleText("Bookmarked line");
        return holder;
    }

    @Override
    protected double computePrefWidth(double height) {
        return top.prefWidth(height);
    }

    @Override
    protected double computeMinWidth(double height) {
        return top.minWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return top.prefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        top.resizeRelocate(0, 0, w, Math.max(getHeight(), top.prefHeight(w)));
        TextFlow text = siblingText();
        for (int i = 0; i < markers.size(); i++) {
            Node m = markers.get(i);
            double mw = m.prefWidth(-1);
            double mh = m.prefHeight(-1);
            double[] line = text == null ? null : lineOf(text, offsets.get(i));
            double y = line == null ? top.snappedTopInset() : line[0] + (line[1] - mh) / 2;
            m.resizeRelocate(snapPositionX((w - mw) / 2), snapPositionY(Math.max(0, y)), mw, mh);
        }
    }

    /**
     * The paragraph's text beside this gutter. Both sit in the pane's paragraph box, the gutter perhaps wrapped
     * with what else shows left of the text (a list item's marker, a table's opener): the nearest ancestor with a
     * text child, within the area, is that box.
     */
    private TextFlow siblingText() {
        for (Parent box = getParent(); box != null && !(box instanceof ReadingArea); box = box.getParent()) {
            for (Node n : box.getChildrenUnmodifiable()) {
                if (n instanceof TextFlow flow) {
                    return flow;
                }
            }
        }
        return null;
    }

    /** The top and height, in this gutter's coordinates, of the text's line holding {@code offset}. */
    private double[] lineOf(TextFlow text, int offset) {
        PathElement[] caret = text.caretShape(offset, true);
        if (caret.length < 2 || !(caret[0] instanceof MoveTo from)
                || !(caret[1] instanceof javafx.scene.shape.LineTo to)) {
            return null;
        }
        double top = text.getLayoutY() + Math.min(from.getY(), to.getY()) - topIn(text.getParent());
        return new double[] {top, Math.abs(to.getY() - from.getY())};
    }

    /** This gutter's top in {@code box}'s coordinates, through the wrappers between them. */
    private double topIn(Parent box) {
        double y = 0;
        for (Node n = this; n != null && n != box; n = n.getParent()) {
            y += n.getLayoutY();
        }
        return y;
    }
}
