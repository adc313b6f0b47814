package app.margin.ui.shell;

import javafx.scene.layout.Region;

/**
 * The accent bar at the reading column's left edge while the keys go to the page: a node of its own over the column
 * (styled by the column's {@code :focus-within}), not a border of the column. As a border its 3 px moved and narrowed
 * the page at every change of focus (a click in the outline, another window coming up), and made the whole page be
 * drawn again: ~75 ms in the software pipeline before the original-page window's first frame could be drawn.
 */
final class FocusBar {
    static final double WIDTH = 3;

    private FocusBar() {}

    /** Lays a focus bar over {@code column}'s left edge, as tall as the column; it takes no room and no clicks. */
    static Region over(Region column) {
        Region bar = new Region();
        bar.getStyleClass().add("focus-bar");
        bar.setManaged(false);
        bar.setMouseTransparent(true);
        bar.setFocusTraversable(false);
        bar.setViewOrder(-1); // over the find bar too, as the border was
        column.heightProperty().addListener((obs, old, h) -> bar.resizeRelocate(0, 0, WIDTH, h.doubleValue()));
        bar.resizeRelocate(0, 0, WIDTH, column.getHeight());
        return bar;
    }
}
