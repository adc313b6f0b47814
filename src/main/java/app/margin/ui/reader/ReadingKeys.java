package app.margin.ui.reader;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The keys and the wheel that move the reading pane: Page Down, Page Up and Space glide a screen (see
 * {@link SmoothScroll}; off in Reading Settings), the arrows move a step, Home and End go to the ends, a notch of the
 * wheel moves {@value #WHEEL_LINES} lines. Anything else that moves the page — a click, the wheel, another key, a
 * jump — ends a glide where it is.
 */
final class ReadingKeys {

    /** What an arrow key moves, and what Page Down leaves of the last screen at the top, twice. */
    static final double LINE_SCROLL = 48;
    /** Lines a notch of the mouse wheel moves, as GTK's text views do. */
    static final int WHEEL_LINES = 3;

    private final ReadingArea area;
    private final ReadingSettings settings;
    private final LineMeasurer lines;
    private final ScrollAnchor anchor;
    private final SmoothScroll glide;

    /** @param glideEnded runs when a glide ends or is stopped (where the page is gets reported then) */
    ReadingKeys(ReadingArea area, ReadingSettings settings, LineMeasurer lines, ScrollAnchor anchor,
                Runnable glideEnded) {
        this.area = area;
        this.settings = settings;
        this.lines = lines;
        this.anchor = anchor;
        this.glide = new SmoothScroll(area::scrollYBy, glideEnded);
    }

    void install() {
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::handleKey);
        area.addEventFilter(ScrollEvent.SCROLL, this::handleWheel);
        // A click or a drag takes the page where it is.
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> stop());
    }

    /** Ends a glide where the page is. */
    void stop() {
        glide.stop();
    }

    /** Whether Page Down, Page Up or Space is still moving the page. */
    boolean isGliding() {
        return glide.isRunning();
    }

    private void handleKey(KeyEvent e) {
        double page = Math.max(LINE_SCROLL, area.getViewportHeight() - 2 * LINE_SCROLL);
        KeyCode code = e.getCode();
        boolean plain = !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
        if (code == KeyCode.PAGE_DOWN || (code == KeyCode.SPACE && plain && !e.isShiftDown())) {
            glide.scrollBy(page, settings.smoothScrollingProperty().get());
            e.consume();
            return;
        }
        if (code == KeyCode.PAGE_UP || (code == KeyCode.SPACE && plain && e.isShiftDown())) {
            glide.scrollBy(-page, settings.smoothScrollingProperty().get());
            e.consume();
            return;
        }
        stop();
        if (code == KeyCode.DOWN && plain && !e.isShiftDown()) {
            area.scrollYBy(LINE_SCROLL);
        } else if (code == KeyCode.UP && plain && !e.isShiftDown()) {
            area.scrollYBy(-LINE_SCROLL);
        } else if (code == KeyCode.HOME && !e.isShiftDown()) {
            area.moveTo(0);
            area.showParagraphAtTop(0);
        } else if (code == KeyCode.END && !e.isShiftDown()) {
            anchor.showEnd();
        } else {
            return;
        }
        e.consume();
    }

    /**
     * A notch of the wheel moves {@value #WHEEL_LINES} lines of the text as it is set now; the scroll pane's own
     * step was the toolkit's 40 px, a line and a third at the default size. A touchpad's smaller steps move as far
     * in proportion.
     */
    private void handleWheel(ScrollEvent e) {
        if (e.getDeltaY() == 0 || e.isControlDown() || e.isShortcutDown()) {
            return;
        }
        double multiplier = e.getMultiplierY() > 0 ? e.getMultiplierY() : 40;
        double notches = e.getDeltaY() / multiplier;
        stop();
        area.scrollYBy(-notches * WHEEL_LINES * lines.drawnLineHeight());
        e.consume();
    }
}
