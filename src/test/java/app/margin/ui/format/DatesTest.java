package app.margin.ui.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One date format: medium date and short time in the reader's locale and zone. */
class DatesTest {

    private static final Dates BERLIN_US = new Dates(Locale.US, ZoneId.of("Europe/Berlin"));
    private static final Instant T = Instant.parse("2026-12-07T00:48:00Z");

    @Test
    void dateAndTimeAreMediumAndShortInTheReadersZone() {
        assertThat(BERLIN_US.dateTime(T)).isEqualTo("Dec 7, 2026, 1:48 AM");
    }

    @Test
    void aComingTimeSaysTodayTomorrowOrTheDate() {
        Instant now = Instant.parse("2026-12-06T22:00:00Z"); // 23:00 on the 6th in Berlin
        assertThat(BERLIN_US.relative(Instant.parse("2026-12-06T22:30:00Z"), now)).isEqualTo("today at 11:30 PM");
        assertThat(BERLIN_US.relative(T, now)).isEqualTo("tomorrow at 1:48 AM");
        assertThat(BERLIN_US.relative(T.plusSeconds(86_400 * 2), now)).isEqualTo("Dec 9, 2026 at 1:48 AM");
    }
}
