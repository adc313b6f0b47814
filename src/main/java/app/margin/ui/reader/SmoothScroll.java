package app.margin.ui.reader;

import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;

/**
 * Moves the page by a screen over a few frames instead of in one, as browsers do with Page Down: a jump by a whole
 * screen builds every paragraph shown anew in one frame (40–65 ms on the illustrated book, a visible stall), while
 * a tenth of a screen a frame costs what a notch of the wheel costs. Presses that come while the page moves add
 * their distance to what is left. {@link #DURATION_NANOS} is short enough that the page is where the key sends it
 * before the reader's eye gets there; with motion turned off the move is immediate.
 */
final class SmoothScroll {

    /** How long a move lasts: browsers take 150–200 ms for a page. */
    static final long DURATION_NANOS = 160_000_000L;

    private final DoubleConsumer scrollBy;
    private final Runnable ended;
    private final AnimationTimer timer;
    /** The distance of the move under way, and how much of it has been scrolled. */
    private double distance;
    private double done;
    private long startNanos = -1;
    private boolean running;

    /**
     * @param scrollBy moves the page by so many pixels (positive: down)
     * @param ended    runs when a move ends or is stopped
     */
    SmoothScroll(DoubleConsumer scrollBy, Runnable ended) {
        this.scrollBy = scrollBy;
        this.ended = ended;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                step(now);
            }
        };
    }

    /** Moves the page by {@code pixels}, over a few frames when {@code smooth}, else at once. */
    void scrollBy(double pixels, boolean smooth) {
        if (!smooth) {
            stop();
            scrollBy.accept(pixels);
            return;
        }
        // What is left of a move under way goes into the new one, which starts afresh (a held key keeps moving).
        distance = (distance - done) + pixels;
        done = 0;
        startNanos = -1;
        if (!running) {
            running = true;
            timer.start();
        }
    }

    /** Ends a move where it is (a jump, a click or the wheel takes over). */
    void stop() {
        distance = 0;
        done = 0;
        if (running) {
            timer.stop();
            running = false;
            ended.run();
        }
    }

    /** Whether the page is moving. */
    boolean isRunning() {
        return running;
    }

    private void step(long now) {
        if (startNanos < 0) {
            startNanos = now;
        }
        double t = Math.min(1, (now - startNanos + FRAME_NANOS) / (double) DURATION_NANOS);
        double target = distance * ease(t);
        double delta = target - done;
        done = target;
        if (delta != 0) {
            scrollBy.accept(delta);
        }
        if (t >= 1) {
            stop();
        }
    }

    /** A frame at 60 Hz: the first frame of a move already moves the page. */
    private static final long FRAME_NANOS = 16_666_667L;

    /** Fast at first, slowing at the end (quadratic ease-out), so the page answers the key at once. */
    static double ease(double t) {
        return 1 - (1 - t) * (1 - t);
    }
}
