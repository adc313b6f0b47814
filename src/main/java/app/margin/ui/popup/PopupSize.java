package app.margin.ui.popup;

import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.controlsfx.control.PopOver;

/** How big a popover is with its content, measured before it shows, and how short its scrolling frame can be made. */
final class PopupSize {

    /** The popover's frame around its content (arrow, border, shadow), until one has been measured. */
    static final double FRAME_GUESS = 34;

    private PopupSize() {
    }

    /**
     * The popover's size with its content, frame included: measured with the owner's stylesheet and theme
     * when the content is not shown yet, so the choice is made before the popup shows.
     */
    static double[] of(PopOver popOver, Node owner) {
        Node content = popOver.getContentNode();
        if (content == null) {
            return new double[] {FRAME_GUESS, FRAME_GUESS};
        }
        double w;
        double h;
        if (content instanceof ScrollPane scroll && scroll.getContent() instanceof Region inner) {
            // A capped frame: as tall as what it holds, up to its cap.
            measure(scroll, owner);
            w = Math.min(scroll.getMaxWidth(), scroll.getPrefViewportWidth());
            h = Math.min(scroll.getMaxHeight(), inner.prefHeight(w));
            scroll.setPrefViewportHeight(h);
        } else {
            measure(content, owner);
            w = content.prefWidth(-1);
            h = content.prefHeight(w);
        }
        double frame = 2 * popOver.getArrowSize() + FRAME_GUESS;
        return new double[] {w + frame, h + frame};
    }

    /** Applies CSS to a node, in a throwaway scene styled like the owner's when it is not shown yet. */
    private static void measure(Node content, Node owner) {
        if (content.getScene() != null) {
            content.applyCss();
            return;
        }
        Group holder = new Group(content);
        Scene probe = new Scene(holder);
        probe.getStylesheets().setAll(owner.getScene().getStylesheets());
        for (PseudoClass p : owner.getScene().getRoot().getPseudoClassStates()) {
            holder.pseudoClassStateChanged(p, true);
        }
        holder.applyCss();
        holder.getChildren().remove(content);
    }

    /**
     * The shortest a scrolling frame is made: a frame that fits its content to its height (a note's editor, whose
     * text area gives up room and scrolls its text) no shorter than that content can be, so its buttons show.
     */
    static double leastViewport(ScrollPane scroll) {
        return scroll.isFitToHeight() && scroll.getContent() instanceof Region inner
                ? Math.max(60, Math.ceil(inner.minHeight(scroll.getPrefViewportWidth()))) : 60;
    }

    /** The least height, frame included, of a popover {@code height} high as measured: see {@link #leastViewport}. */
    static double least(PopOver popOver, double height) {
        if (popOver.getContentNode() instanceof ScrollPane scroll && scroll.isFitToHeight()) {
            return height - scroll.getPrefViewportHeight() + leastViewport(scroll);
        }
        return height;
    }
}
