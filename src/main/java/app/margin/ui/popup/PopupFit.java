package app.margin.ui.popup;

import app.margin.ui.queue.AfterLayout;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;

/**
 * Puts a popover where it fits in its window without covering what it points at: below it, or above near the
 * bottom edge; centred on it, or reaching right or left near a side edge; beside it when neither above nor below
 * has room; and, as a last resort, moved into the window. Popovers never grow past the window: {@link #capped}
 * makes a scrolling frame for content that could, and that frame is shortened to the room beside its target.
 */
public final class PopupFit {

    /** Space kept between a popup and the window's edge. */
    static final double MARGIN = 6;
    /** Room above or below that is worth a scrolling popup there rather than one beside the target. */
    static final double ROOM_TO_SCROLL = 160;
    /** The narrowest a scrolling popup (a note's editor) is made to fit beside its target, frame included. */
    static final double NARROWEST = 300;
    /** How far a popover's frame reaches past its arrow's tip on a side arrow (measured: half its frame, ~17 px). */
    private static final double SIDE_OVERHANG = 18;

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
        return choose(window, target, width, height, width);
    }

    /**
     * As {@link #choose(Rectangle2D, Rectangle2D, double, double)}, for a popup that can be made as narrow as
     * {@code narrowest} (a scrolling frame): beside the target, it may be narrowed to the room there.
     */
    public static Choice choose(Rectangle2D window, Rectangle2D target, double width, double height,
                                double narrowest) {
        double below = window.getMaxY() - MARGIN - target.getMaxY();
        double above = target.getMinY() - window.getMinY() - MARGIN;
        if (below < height && above < height && Math.max(below, above) < ROOM_TO_SCROLL) {
            Choice beside = beside(window, target, width, Math.min(width, narrowest));
            if (beside != null) {
                return beside;
            }
        }
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

    /**
     * Beside the target, its arrow at the target's first line: on the right if the popup fits there, else on the
     * left, else on the roomier side if it fits there narrowed; null if it fits on neither side.
     */
    private static Choice beside(Rectangle2D window, Rectangle2D target, double width, double narrowest) {
        double y = clamp(target.getMinY() + Math.min(12, target.getHeight() / 2), window.getMinY() + MARGIN,
                window.getMaxY() - MARGIN);
        double right = window.getMaxX() - MARGIN - target.getMaxX();
        double left = target.getMinX() - window.getMinX() - MARGIN;
        Choice onRight = new Choice(PopOver.ArrowLocation.LEFT_TOP, target.getMaxX(), y);
        Choice onLeft = new Choice(PopOver.ArrowLocation.RIGHT_TOP, target.getMinX(), y);
        if (right >= width) {
            return onRight;
        }
        if (left >= width) {
            return onLeft;
        }
        if (Math.max(left, right) >= narrowest) {
            return right >= left ? onRight : onLeft;
        }
        return null;
    }

    /** The width a popup has beside its target on the side {@code c} chose (unbounded above or below it). */
    static double roomAcross(Rectangle2D window, Rectangle2D target, Choice c) {
        return switch (c.arrow()) {
            case LEFT_TOP, LEFT_CENTER, LEFT_BOTTOM -> window.getMaxX() - MARGIN - target.getMaxX();
            case RIGHT_TOP, RIGHT_CENTER, RIGHT_BOTTOM -> target.getMinX() - window.getMinX() - MARGIN;
            default -> Double.MAX_VALUE;
        };
    }

    /** The height a popup has on the side {@code c} chose, frame included. */
    static double room(Rectangle2D window, Rectangle2D target, Choice c) {
        return switch (c.arrow()) {
            case TOP_LEFT, TOP_CENTER, TOP_RIGHT -> window.getMaxY() - MARGIN - target.getMaxY();
            case BOTTOM_LEFT, BOTTOM_CENTER, BOTTOM_RIGHT -> target.getMinY() - window.getMinY() - MARGIN;
            default -> window.getHeight() - 2 * MARGIN;
        };
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
        plainWhereOpaque(popOver,
                javafx.application.Platform.isSupported(javafx.application.ConditionalFeature.TRANSPARENT_WINDOW));
        Rectangle2D window = windowArea(owner);
        double[] size = PopupSize.of(popOver, owner);
        boolean scrolls = popOver.getContentNode() instanceof ScrollPane scroll
                && scroll.getStyleClass().contains("popup-scroll");
        Choice c = choose(window, target, size[0], size[1], scrolls ? NARROWEST : size[0]);
        shorten(popOver, size[1], room(window, target, c));
        narrow(popOver, size[0], roomAcross(window, target, c) - SIDE_OVERHANG);
        popOver.setArrowLocation(c.arrow());
        // Beside its target, the popover's frame reaches past the arrow's tip: the tip goes that much further out.
        double x = switch (c.arrow()) {
            case LEFT_TOP, LEFT_CENTER, LEFT_BOTTOM -> c.x() + SIDE_OVERHANG;
            case RIGHT_TOP, RIGHT_CENTER, RIGHT_BOTTOM -> c.x() - SIDE_OVERHANG;
            default -> c.x();
        };
        popOver.show(owner, x, c.y(), fadeIn);
        clampInto(popOver, window);
        afterLayout(popOver, window, target, c);
    }

    /** The style class of a popover shown where windows cannot be transparent. */
    static final String OPAQUE = "opaque-window";

    /**
     * Where windows cannot be transparent (an X session without a compositing manager, Xvfb), a popup is an opaque
     * rectangle: the room around the popover's rounded frame for its shadow and its arrow was a band of plain colour
     * over the text beside it (a new user's trial, in every popover). There the popover is a plain box instead: no
     * arrow, square corners and no shadow (the stylesheet's {@code .opaque-window} rule).
     */
    static void plainWhereOpaque(PopOver popOver, boolean transparentWindows) {
        if (transparentWindows || popOver.getStyleClass().contains(OPAQUE)) {
            return;
        }
        popOver.getStyleClass().add(OPAQUE);
        popOver.setArrowSize(0);
        popOver.setCornerRadius(0);
    }

    /**
     * A scrolling frame taller than the room on its side is made to fit it, so that moving the popup into the
     * window does not put it over its target.
     */
    private static void shorten(PopOver popOver, double height, double room) {
        if (height > room && popOver.getContentNode() instanceof ScrollPane scroll
                && scroll.getStyleClass().contains("popup-scroll")) {
            double viewport = Math.max(PopupSize.leastViewport(scroll),
                    scroll.getPrefViewportHeight() - (height - room) - 4);
            scroll.setPrefViewportHeight(viewport);
        }
    }

    /**
     * Whether {@code popOver} fits beside {@code target}, or above or below it made as short as it can be (a frame
     * that fits its content to its height, {@link PopupSize#leastViewport}, that far; any other popup as it is).
     */
    public static boolean fitsAround(PopOver popOver, Node owner, Rectangle2D target) {
        Rectangle2D window = windowArea(owner);
        double[] size = PopupSize.of(popOver, owner);
        double least = PopupSize.least(popOver, size[1]);
        if (window.getMaxY() - MARGIN - target.getMaxY() >= least
                || target.getMinY() - window.getMinY() - MARGIN >= least) {
            return true;
        }
        boolean scrolls = popOver.getContentNode() instanceof ScrollPane scroll
                && scroll.getStyleClass().contains("popup-scroll");
        String arrow = choose(window, target, size[0], size[1], scrolls ? NARROWEST : size[0]).arrow().name();
        return arrow.startsWith("LEFT_") || arrow.startsWith("RIGHT_");
    }

    /** A scrolling frame wider than the room beside its target is narrowed to it (its text wraps). */
    private static void narrow(PopOver popOver, double width, double room) {
        if (width > room && popOver.getContentNode() instanceof ScrollPane scroll
                && scroll.getStyleClass().contains("popup-scroll")) {
            double viewport = Math.max(NARROWEST / 2, scroll.getPrefViewportWidth() - (width - room) - 4);
            scroll.setPrefViewportWidth(viewport);
            scroll.setMaxWidth(viewport + 2);
            if (scroll.getContent() instanceof Region inner) {
                inner.setPrefWidth(Math.min(inner.getPrefWidth(), viewport));
            }
        }
    }

    /** Once the popup has been laid out at its real size (its content may still be sizing itself), fits it again. */
    private static void afterLayout(PopOver popup, Rectangle2D window, Rectangle2D target, Choice c) {
        AfterLayout.run(popup.getScene(), () -> {
            clampInto(popup, window);
            offTarget(popup, target, c);
        });
    }

    /**
     * A popup that came out over its target once laid out is put back off it: beside it, moved sideways; above or
     * below it (taller than measured, and moved into the window), made shorter by as much (a scrolling frame).
     */
    private static void offTarget(PopOver popup, Rectangle2D target, Choice c) {
        if (!popup.isShowing()) {
            return;
        }
        String arrow = c.arrow().name();
        if (!(popup.getContentNode() instanceof ScrollPane scroll) || !scroll.getStyleClass().contains("popup-scroll")) {
            return;
        }
        boolean below = arrow.startsWith("TOP_");
        boolean above = arrow.startsWith("BOTTOM_");
        double overlap = below ? target.getMaxY() - popup.getY()
                : above ? popup.getY() + popup.getHeight() - target.getMinY() : 0;
        if (overlap <= 0 || popup.getX() >= target.getMaxX() || popup.getX() + popup.getWidth() <= target.getMinX()) {
            return;
        }
        // Shorter by the overlap, as far as it can be: a popup that cannot shrink enough stays partly over it.
        double before = scroll.getPrefViewportHeight();
        double after = Math.min(before, Math.max(PopupSize.leastViewport(scroll), before - overlap - 2));
        scroll.setPrefViewportHeight(after);
        if (below) {
            popup.setY(popup.getY() + (before - after));
        }
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
        double maxW = Math.max(120, window.getWidth() - 2 * MARGIN - PopupSize.FRAME_GUESS);
        double maxH = Math.max(80, window.getHeight() - 2 * MARGIN - PopupSize.FRAME_GUESS - 24);
        scroll.setMaxSize(maxW, maxH);
        scroll.setPrefViewportWidth(Math.min(maxW, content.getPrefWidth() > 0 ? content.getPrefWidth() : maxW));
        content.setMaxWidth(maxW);
        return scroll;
    }

    private static double clamp(double v, double min, double max) {
        return max < min ? min : Math.max(min, Math.min(max, v));
    }
}
