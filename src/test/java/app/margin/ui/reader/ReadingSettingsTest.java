package app.margin.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadingSettingsTest {

    private final ReadingSettings settings = new ReadingSettings();

    @Test
    void fontSizeStepsStayWithinBoundsAndReset() {
        for (int i = 0; i < 40; i++) {
            settings.larger();
        }
        assertThat(settings.fontSizeProperty().get()).isEqualTo(ReadingSettings.MAX_SIZE);
        for (int i = 0; i < 40; i++) {
            settings.smaller();
        }
        assertThat(settings.fontSizeProperty().get()).isEqualTo(ReadingSettings.MIN_SIZE);

        settings.resetSize();

        assertThat(settings.fontSizeProperty().get()).isEqualTo(ReadingSettings.DEFAULT_SIZE);
    }

    @Test
    void themesCycleLightSepiaDark() {
        settings.nextTheme();
        assertThat(settings.themeProperty().get()).isEqualTo(ReadingSettings.Theme.SEPIA);
        settings.nextTheme();
        settings.nextTheme();
        assertThat(settings.themeProperty().get()).isEqualTo(ReadingSettings.Theme.LIGHT);
    }

    @Test
    void savedSettingsComeBack() {
        settings.themeProperty().set(ReadingSettings.Theme.DARK);
        settings.larger();
        settings.spacingProperty().set(ReadingSettings.Spacing.RELAXED);
        settings.columnProperty().set(ReadingSettings.Column.WIDE);

        ReadingSettings again = new ReadingSettings();
        again.apply(settings.toMap());

        assertThat(again.toMap()).isEqualTo(settings.toMap());
        assertThat(again.fontSizeProperty().get()).isEqualTo(20);
    }

    @Test
    void nonsenseInTheSavedFileIsIgnored() {
        settings.apply(Map.of("theme", "neon", "fontSize", "huge", "spacing", "", "column", "WIDE"));

        assertThat(settings.themeProperty().get()).isEqualTo(ReadingSettings.Theme.LIGHT);
        assertThat(settings.fontSizeProperty().get()).isEqualTo(ReadingSettings.DEFAULT_SIZE);
        assertThat(settings.columnProperty().get()).isEqualTo(ReadingSettings.Column.WIDE);
    }

    @Test
    void outOfRangeSavedSizeIsClamped() {
        settings.apply(Map.of("fontSize", "400"));

        assertThat(settings.fontSizeProperty().get()).isEqualTo(ReadingSettings.MAX_SIZE);
    }

    @Test
    void theLastExportFolderIsKeptWithTheSettings() {
        ReadingSettings settings = new ReadingSettings();
        settings.exportFolderProperty().set("/home/reader/Notes");

        ReadingSettings again = new ReadingSettings();
        again.apply(settings.toMap());

        assertThat(again.exportFolderProperty().get()).isEqualTo("/home/reader/Notes");
        assertThat(new ReadingSettings().toMap()).doesNotContainKey("exportFolder");
    }

    @org.junit.jupiter.api.Test
    void smoothScrollingIsOnByDefaultAndTurningItOffIsKept() {
        ReadingSettings settings = new ReadingSettings();
        org.assertj.core.api.Assertions.assertThat(settings.smoothScrollingProperty().get()).isTrue();
        settings.smoothScrollingProperty().set(false);

        ReadingSettings again = new ReadingSettings();
        again.apply(settings.toMap());
        org.assertj.core.api.Assertions.assertThat(again.smoothScrollingProperty().get()).isFalse();
        again.apply(java.util.Map.of("smoothScrolling", "sometimes"));
        org.assertj.core.api.Assertions.assertThat(again.smoothScrollingProperty().get()).as("nonsense ignored")
                .isFalse();
        again.apply(java.util.Map.of("smoothScrolling", " TRUE "));
        org.assertj.core.api.Assertions.assertThat(again.smoothScrollingProperty().get()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void theHourAStudyDayStartsAtIsKeptWithTheSettingsAndBadValuesAreIgnored() {
        ReadingSettings settings = new ReadingSettings();
        org.assertj.core.api.Assertions.assertThat(settings.dayStartsAtProperty().get()).isEqualTo(4);
        settings.dayStartsAtProperty().set(0);

        ReadingSettings again = new ReadingSettings();
        again.apply(settings.toMap());
        org.assertj.core.api.Assertions.assertThat(again.dayStartsAtProperty().get()).isZero();
        again.apply(java.util.Map.of("dayStartsAt", "25"));
        again.apply(java.util.Map.of("dayStartsAt", "noon"));
        org.assertj.core.api.Assertions.assertThat(again.dayStartsAtProperty().get()).isZero();

        // 23:00 to 01:00 the next night is the same study day at 4 am, a new one when days start at midnight.
        java.time.ZoneId zone = java.time.ZoneId.of("Europe/Berlin");
        java.time.Instant last = java.time.ZonedDateTime.of(2026, 12, 7, 23, 0, 0, 0, zone).toInstant();
        java.time.Instant now = last.plus(java.time.Duration.ofHours(2));
        org.assertj.core.api.Assertions.assertThat(new app.margin.model.study.DayBoundary(zone, 4).daysBetween(last, now))
                .isZero();
        org.assertj.core.api.Assertions.assertThat(new app.margin.model.study.DayBoundary(zone,
                again.dayStartsAtProperty().get()).daysBetween(last, now)).isEqualTo(1);
    }
}
