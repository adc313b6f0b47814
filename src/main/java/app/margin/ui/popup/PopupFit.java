package app.margin.ui.popup;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;

/**
 * Puts a popover where it fits in its window: below what it points at, or above near the bottom edge; centred
 * on it, or reaching right or left near a side edge; and, as a last resort, moved into the window. Popovers
 * never grow past the window: {@link #capped} makes a scrolling frame for content that could.
 */
public final class PopupFit {

    /** Space kept between a popup and the window's edge. */
    static final double MARGIN = 6;
    /** The popover's frame around its content (arrow, border, shadow), until one has been measured. */
    private static final double FRAME_GUESS = 34;

    /** The arrow's side and where its tip goes, in screen coordinates. */
    public record Choice(PopOver.ArrowLocation arrow, double x, double y) {
    }

    private PopupFit() {
    }

    /**
     * Where a popup of {@code width} × {@code height} (frame included) pointing at {@code target} fits in
     * {@code window}: below the target if there is room, else above if there is room, else on the roomier side;
     * centred on the target's middle if that fits, else reaching away from the nearer side edge.
     */
    public static Choice choose(Rectangle2D window, Rectangle2D target, double width, double height) {
        double below = window.getMaxY() - MARGIN - target.getMaxY();
        double above = target.getMinY() - window.getMinY() - MARGIN;
        boolean down = below >= height || (above < height && below >= above);
        double x = clamp(target.getMinX() + target.getWidth() / 2, window.getMinX() + MARGIN,
                window.getMaxX() - MARGIN);
        String side;
        if (x - width / 2 >= window.getMinX() + MARGIN && x + width / 2 <= window.getMaxX() - MARGIN) {
            side = "CENTER";
        } else {
            side = x - window.getMinX() < window.getMaxX() - x ? "LEFT" : "RIGHT";
        }
        return new Choice(PopOver.ArrowLocation.valueOf((down ? "TOP_" : "BOTTOM_") + side), x,
                down ? target.getMaxY() : target.getMinY());
    }

    /** The screen rectangle of the scene {@code node} is shown in. */
    public static Rectangle2D windowArea(Node node) {
        Scene scene = node.getScene();
        Window w = scene.getWindow();
        return new Rectangle2D(w.getX() + scene.getX(), w.getY() + scene.getY(), scene.getWidth(), scene.getHeight());
    }

    /** A node's screen bounds as a rectangle. */
    public static Rectangle2D onScreen(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** Shows {@code popOver} pointing at {@code owner}'s bounds, where it fits in {@code owner}'s window. */
    public static void show(PopOver popOver, Node owner) {
        show(popOver, owner, onScreen(owner), Duration.millis(80));
    }

    /**
     * Shows (or, if showing, moves) {@code popOver}, pointing at {@code target} (screen coordinates), where it
     * fits in {@code owner}'s window. A popover that is showing is shown again: its hidden handler runs.
     */
    public static void show(PopOver popOver, Node owner, Rectangle2D target, Duration fadeIn) {
        Rectangle2D window = windowArea(owner);
        double[] size = sizeOf(popOver, owner);
        Choice c = choose(window, target, size[0], size[1]);
        popOver.setArrowLocation(c.arrow());
        popOver.show(owner, c.x(), c.y(), fadeIn);
        clampInto(popOver, window);
        afterLayout(popOver, window);
    }

    /** Once the popup has been laid out at its real size (its content may still be sizing itself), fits it again. */
    private static void afterLayout(Window popup, Rectangle2D window) {
        Scene scene = popup.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            clampInto(popup, window);
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    /** Moves a showing popup whose frame still crosses the window's edge back inside it (it is then clipped no more). */
    static void clampInto(Window popup, Rectangle2D window) {
        if (!popup.isShowing()) {
            return;
        }
        double x = clamp(popup.getX(), window.getMinX(), window.getMaxX() - popup.getWidth());
        double y = clamp(popup.getY(), window.getMinY(), window.getMaxY() - popup.getHeight());
        if (x != popup.getX()) {
            popup.setX(x);
        }
        if (y != popup.getY()) {
            popup.setY(y);
        }
    }

    /**
     * The popover's size with its content, frame included: measured with the owner's stylesheet and theme
     * when the content is not shown yet, so the choice is made before the popup shows.
     */
    static double[] sizeOf(PopOver popOver, Node owner) {
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
     * {@code content} in a frame that scrolls once it would be wider or taller than {@code owner}'s window
     * allows (less room for the popover's own frame): long notes stay inside the window.
     */
    public static ScrollPane capped(Region content, Node owner) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.getStyleClass().add("popup-scroll");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Rectangle2D window = windowArea(owner);
        double maxW = Math.max(120, window.getWidth() - 2 * MARGIN - FRAME_GUESS);
        double maxH = Math.max(80, window.getHeight() - 2 * MARGIN - FRAME_GUESS - 24);
        scroll.setMaxSize(maxW, maxH);
        scroll.setPrefViewportWidth(Math.min(maxW, content.getPrefWidth() > 0 ? content.getPrefWidth() : maxW));
        content.setMaxWidth(maxW);
        return scroll;
    }

    private static double clamp(double v, double min, double max) {
        return max < min ? min : Math.max(min, Math.min(max, v));
    }
}
