package app.margin.ui.popup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.controlsfx.control.PopOver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A popover where windows cannot be transparent is a plain box; where they can, it keeps its arrow and corners. */
class PopupOpaqueWindowTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void withoutTransparentWindowsAPopoverHasNoArrowCornersOrShadowRoom() throws Exception {
        PopOver plain = WaitForAsyncUtils.asyncFx(() -> new PopOver(new Label("A note"))).get(10, TimeUnit.SECONDS);
        PopOver shaped = WaitForAsyncUtils.asyncFx(() -> new PopOver(new Label("A note"))).get(10, TimeUnit.SECONDS);
        double arrow = shaped.getArrowSize();

        WaitForAsyncUtils.asyncFx(() -> {
            PopupFit.plainWhereOpaque(plain, false);
            PopupFit.plainWhereOpaque(plain, false); // shown again: the same
            PopupFit.plainWhereOpaque(shaped, true);
        }).get(10, TimeUnit.SECONDS);

        assertThat(plain.getArrowSize()).isZero();
        assertThat(plain.getCornerRadius()).isZero();
        assertThat(plain.getStyleClass()).containsOnlyOnce(PopupFit.OPAQUE);
        assertThat(arrow).isPositive();
        assertThat(shaped.getArrowSize()).isEqualTo(arrow);
        assertThat(shaped.getCornerRadius()).isPositive();
        assertThat(shaped.getStyleClass()).doesNotContain(PopupFit.OPAQUE);
    }
}
