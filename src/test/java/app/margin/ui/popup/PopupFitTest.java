package app.margin.ui.popup;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.controlsfx.control.PopOver.ArrowLocation;
import org.junit.jupiter.api.Test;

/** Where a popup goes in its window, as plain geometry. */
class PopupFitTest {

    private static final Rectangle2D WINDOW = new Rectangle2D(100, 100, 800, 600);

    private static Rectangle2D word(double x, double y) {
        return new Rectangle2D(x, y, 40, 20);
    }

    @Test
    void belowAndCentredWhenThereIsRoom() {
        PopupFit.Choice c = PopupFit.choose(WINDOW, word(480, 200), 300, 200);
        assertThat(c.arrow()).isEqualTo(ArrowLocation.TOP_CENTER);
        assertThat(c.x()).isEqualTo(500);
        assertThat(c.y()).isEqualTo(220);
    }

    @Test
    void flipsAboveNearTheBottomEdge() {
        PopupFit.Choice c = PopupFit.choose(WINDOW, word(480, 620), 300, 200);
        assertThat(c.arrow()).isEqualTo(ArrowLocation.BOTTOM_CENTER);
        assertThat(c.y()).as("the tip at the word's top").isEqualTo(620);
    }

    @Test
    void reachesRightNearTheLeftEdgeAndLeftNearTheRightEdge() {
        assertThat(PopupFit.choose(WINDOW, word(110, 200), 300, 200).arrow()).isEqualTo(ArrowLocation.TOP_LEFT);
        assertThat(PopupFit.choose(WINDOW, word(850, 200), 300, 200).arrow()).isEqualTo(ArrowLocation.TOP_RIGHT);
        assertThat(PopupFit.choose(WINDOW, word(850, 620), 300, 200).arrow()).isEqualTo(ArrowLocation.BOTTOM_RIGHT);
    }

    @Test
    void takesTheRoomierSideWhenNeitherFits() {
        assertThat(PopupFit.choose(WINDOW, word(480, 300), 300, 550).arrow()).isEqualTo(ArrowLocation.TOP_CENTER);
        assertThat(PopupFit.choose(WINDOW, word(480, 500), 300, 550).arrow()).isEqualTo(ArrowLocation.BOTTOM_CENTER);
    }

    @Test
    void theTipStaysInsideTheWindowForATargetPartlyOutside() {
        PopupFit.Choice c = PopupFit.choose(WINDOW, new Rectangle2D(60, 200, 20, 20), 300, 200);
        assertThat(c.x()).isGreaterThanOrEqualTo(WINDOW.getMinX());
        assertThat(c.arrow()).isEqualTo(ArrowLocation.TOP_LEFT);
    }

    @Test
    void goesBesideATallPassageWhenNeitherAboveNorBelowHasRoom() {
        Rectangle2D lines = new Rectangle2D(200, 150, 400, 500); // most of the window's height
        PopupFit.Choice right = PopupFit.choose(WINDOW, lines, 250, 200);
        assertThat(right.arrow()).isEqualTo(ArrowLocation.LEFT_TOP);
        assertThat(right.x()).as("the tip at the lines' right edge").isEqualTo(600);
        PopupFit.Choice left = PopupFit.choose(WINDOW, new Rectangle2D(450, 150, 400, 500), 250, 200);
        assertThat(left.arrow()).isEqualTo(ArrowLocation.RIGHT_TOP);
        assertThat(left.x()).isEqualTo(450);
        assertThat(PopupFit.choose(WINDOW, new Rectangle2D(150, 150, 700, 500), 250, 200).arrow())
                .as("no room beside either: the roomier of above and below").isEqualTo(ArrowLocation.TOP_CENTER);
    }
}
