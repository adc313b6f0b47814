package app.margin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaneWidthsTest {

    @Test
    void wantedWidthsFitAWideWindowAsTheyAre() {
        assertThat(PaneWidths.fit(1400, 300, 350)).containsExactly(300, 350);
    }

    @Test
    void aNarrowWindowNarrowsTheSidePanesSoTheReadingColumnKeepsItsMinimum() {
        double[] fit = PaneWidths.fit(900, 300, 350);
        assertThat(900 - fit[0] - fit[1]).isGreaterThanOrEqualTo(PaneWidths.READER_MIN - 0.01);
    }

    @Test
    void theOutlineGivesWayFirstSoTheTextKeepsAReadableMeasureInTheDefaultWindow() {
        double[] fit = PaneWidths.fit(1180, PaneWidths.DEFAULT_OUTLINE, PaneWidths.DEFAULT_PANEL);
        assertThat(fit[1]).as("the panel as wanted").isEqualTo(PaneWidths.DEFAULT_PANEL);
        assertThat(1180 - fit[0] - fit[1]).isGreaterThanOrEqualTo(PaneWidths.READER_COMFORT - 0.01);
    }

    @Test
    void withoutThePanelAWidenedOutlineStaysWhileTheColumnKeepsItsMinimum() {
        assertThat(PaneWidths.fit(900, 360, 0)).containsExactly(360, 0);
        assertThat(PaneWidths.fit(660, 420, 0)[0]).isEqualTo(660 - PaneWidths.READER_MIN);
    }

    @Test
    void thePanelGivesWayOnlyOnceTheOutlineIsAtItsMinimum() {
        double[] fit = PaneWidths.fit(1100, 300, 350);
        assertThat(fit[0]).isEqualTo(PaneWidths.OUTLINE_MIN);
        assertThat(fit[1]).isEqualTo(1100 - PaneWidths.READER_COMFORT - PaneWidths.OUTLINE_MIN);
    }

    @Test
    void widthsAreClampedToSaneRanges() {
        assertThat(PaneWidths.fit(3000, 5, 0)).containsExactly(PaneWidths.OUTLINE_MIN, 0);
        assertThat(PaneWidths.fit(3000, 2000, 2000)).containsExactly(PaneWidths.OUTLINE_MAX, PaneWidths.PANEL_MAX);
        assertThat(PaneWidths.fit(640, 300, 350)).containsExactly(PaneWidths.OUTLINE_MIN, PaneWidths.PANEL_MIN);
    }

    @Test
    void inAWindowTooNarrowForTheMeasureBesideThePanelThePanelFloatsAtItsWidth() {
        PaneWidths.Layout at900 = PaneWidths.layout(900, PaneWidths.DEFAULT_OUTLINE, PaneWidths.DEFAULT_PANEL);
        assertThat(at900.panelFloats()).isTrue();
        assertThat(at900.panel()).as("not squeezed").isEqualTo(PaneWidths.DEFAULT_PANEL);
        assertThat(900 - at900.outline()).as("the page under it keeps the measure")
                .isGreaterThanOrEqualTo(PaneWidths.READER_COMFORT - 0.01);
    }

    @Test
    void thePanelDocksOnceTheOutlineTheMeasureAndThePanelFitSideBySide() {
        double wide = PaneWidths.OUTLINE_MIN + PaneWidths.PANEL_MIN + PaneWidths.READER_COMFORT;
        assertThat(PaneWidths.layout(wide - 1, 280, 340).panelFloats()).isTrue();
        PaneWidths.Layout docked = PaneWidths.layout(wide, 280, 340);
        assertThat(docked.panelFloats()).isFalse();
        assertThat(wide - docked.outline() - docked.panel()).isGreaterThanOrEqualTo(PaneWidths.READER_COMFORT - 0.01);
        assertThat(PaneWidths.layout(1180, 280, 340)).isEqualTo(new PaneWidths.Layout(190, 340, false));
    }

    @Test
    void withoutThePanelNothingFloats() {
        assertThat(PaneWidths.layout(700, 300, 0)).isEqualTo(new PaneWidths.Layout(300, 0, false));
    }

    @Test
    void aFloatingPanelIsNeverWiderThanThePageBesideTheOutline() {
        PaneWidths.Layout tiny = PaneWidths.layout(500, 280, 600);
        assertThat(tiny.outline()).isEqualTo(PaneWidths.OUTLINE_MIN);
        assertThat(tiny.panel()).isEqualTo(500 - PaneWidths.OUTLINE_MIN);
    }
}
