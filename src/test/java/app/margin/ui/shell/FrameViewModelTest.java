package app.margin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The frame's state without a window: distraction-free reading, the panes, the header peeking. */
class FrameViewModelTest {

    private final FrameViewModel frame = new FrameViewModel();

    @Test
    void distractionFreeReadingTakesOutTheHeaderOutlineAndPanelAndEscapeBringsThemBack() {
        frame.setPanelShown(true);

        frame.toggleDistractionFree();

        assertThat(frame.headerShownProperty().get()).isFalse();
        assertThat(frame.outlineVisibleProperty().get()).isFalse();
        assertThat(frame.panelVisibleProperty().get()).isFalse();
        assertThat(frame.isPanelShown()).as("comes back when the mode ends").isTrue();

        assertThat(frame.escape()).isTrue();

        assertThat(frame.isDistractionFree()).isFalse();
        assertThat(frame.headerShownProperty().get()).isTrue();
        assertThat(frame.outlineVisibleProperty().get()).isTrue();
        assertThat(frame.panelVisibleProperty().get()).isTrue();
    }

    @Test
    void escapeOutsideDistractionFreeReadingIsLeftForOthers() {
        assertThat(frame.escape()).isFalse();
        assertThat(frame.isDistractionFree()).isFalse();
    }

    @Test
    void hidingThePanelInDistractionFreeReadingKeepsTheModeAndTheChoice() {
        frame.setPanelShown(true);
        frame.setDistractionFree(true);

        frame.setPanelShown(false);

        assertThat(frame.isDistractionFree()).isTrue();
        frame.setDistractionFree(false);
        assertThat(frame.panelVisibleProperty().get()).as("hidden, as chosen meanwhile").isFalse();
    }

    @Test
    void thePanelCommandInDistractionFreeReadingEndsItWithThePanelShown() {
        frame.setDistractionFree(true);

        frame.togglePanel();

        assertThat(frame.isDistractionFree()).isFalse();
        assertThat(frame.panelVisibleProperty().get()).isTrue();
        frame.togglePanel();
        assertThat(frame.panelVisibleProperty().get()).isFalse();
    }

    @Test
    void thePointerAtTheTopEdgePeeksTheHeaderUntilItGoesWellBelowIt() {
        frame.pointerAt(0, 38);
        assertThat(frame.headerShownProperty().get()).as("shown anyway").isTrue();
        frame.setDistractionFree(true);

        frame.pointerAt(FrameViewModel.PEEK_EDGE, 38);
        assertThat(frame.headerShownProperty().get()).isTrue();
        frame.pointerAt(38 + FrameViewModel.PEEK_MARGIN, 38);
        assertThat(frame.headerShownProperty().get()).as("still near the header").isTrue();
        frame.pointerAt(38 + FrameViewModel.PEEK_MARGIN + 1, 38);
        assertThat(frame.headerShownProperty().get()).isFalse();
    }

    @Test
    void aPeekForTheMenuEndsWithTheMenuAndLeavingTheModeForgetsIt() {
        frame.peekHeader(true);
        frame.setDistractionFree(true);
        assertThat(frame.headerShownProperty().get()).as("no peek kept from before the mode").isFalse();

        frame.peekHeader(true);
        assertThat(frame.headerShownProperty().get()).isTrue();
        frame.peekHeader(false);
        assertThat(frame.headerShownProperty().get()).isFalse();

        frame.peekHeader(true);
        frame.setDistractionFree(false);
        frame.setDistractionFree(true);
        assertThat(frame.headerShownProperty().get()).isFalse();
    }

    @Test
    void dividersTheReaderDragsBecomeTheWantedWidthsWithinTheirRanges() {
        PaneWidths widths = frame.widths();

        widths.remember(1000, new double[] {0.3, 0.9}, false);
        assertThat(widths.outlineWidth()).isEqualTo(300);
        assertThat(widths.panelWidth()).as("the panel is not shown: its width stays").isEqualTo(PaneWidths.DEFAULT_PANEL);

        widths.remember(1000, new double[] {0.9, 0.95}, true);
        assertThat(widths.outlineWidth()).isEqualTo(PaneWidths.OUTLINE_MAX);
        assertThat(widths.panelWidth()).isEqualTo(PaneWidths.PANEL_MIN);
    }

    @Test
    void thePanelFloatsInANarrowWindowAndDocksInAWideOne() {
        frame.setWidth(900);
        assertThat(frame.panelFloatingProperty().get()).as("closed: nothing floats").isFalse();

        frame.setPanelShown(true);
        assertThat(frame.panelFloatingProperty().get()).isTrue();

        frame.setWidth(1300);
        assertThat(frame.panelFloatingProperty().get()).isFalse();
        assertThat(frame.panelVisibleProperty().get()).as("docked").isTrue();
    }

    @Test
    void escapeClosesAFloatingPanelButNotADockedOne() {
        frame.setPanelShown(true);
        frame.setWidth(1300);
        assertThat(frame.escape()).isFalse();
        assertThat(frame.isPanelShown()).isTrue();

        frame.setWidth(900);
        assertThat(frame.escape()).isTrue();

        assertThat(frame.isPanelShown()).isFalse();
        assertThat(frame.panelFloatingProperty().get()).isFalse();
    }
}
